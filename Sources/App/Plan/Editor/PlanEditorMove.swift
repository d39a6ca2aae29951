import CTGCore
import Fluent
import SQLKit
import Vapor

/// « Monter » / « Descendre »: a row swaps places with its neighbour under the same
/// parent, and both subtrees take their new codes ("1-2-x" ↔ "1-3-x"). Codes are keys
/// elsewhere too: fiche addresses (derived, nothing stored), the fiche's import warnings
/// and the journal's link from an entry to its fiche (`action_code`); those follow the
/// fiche, so its Historique stays its own. Statuses hang off sous-action ids: untouched.
enum PlanEditorMove {
    enum Kind: String, Sendable {
        case axe, objectif, fiche, sousAction = "sous-action"
    }

    static func move(_ kind: Kind, id: Int, _ direction: PlanNumbering.Direction, in scope: PlanEditor.Scope,
                     on db: any Database) async throws {
        try await db.writeTransaction { tx in
            switch kind {
            case .axe: try await moveAxe(id, direction, scope, tx)
            case .objectif: try await moveObjectif(id, direction, scope, tx)
            case .fiche: try await moveFiche(id, direction, scope, tx)
            case .sousAction: try await moveSousAction(id, direction, scope, tx)
            }
        }
    }

    static let atEnd = AppError.invalidInput("Cet élément est déjà au bout de la liste : il ne peut pas aller plus loin.")

    private static func moveAxe(_ id: Int, _ direction: PlanNumbering.Direction, _ scope: PlanEditor.Scope, _ tx: any Database) async throws {
        let axe = try await PlanEditorRows.axe(id, in: scope, on: tx)
        let siblings = try await Axe.query(on: tx).filter(\.$convention.$id == scope.conventionID).sort(\.$number).all()
        let (a, b) = try await swapNumbers(axe, siblings, direction, on: tx)
        try await renumberCodes(.axe(a), .axe(b), scope: scope, on: tx)
        try await PlanEditor.journal(scope, .axe, id, code: nil, "Axe \(a) déplacé : il devient l'axe \(b) (l'axe \(b) devient \(a)).", on: tx)
    }

    private static func moveObjectif(_ id: Int, _ direction: PlanNumbering.Direction, _ scope: PlanEditor.Scope, _ tx: any Database) async throws {
        let objectif = try await PlanEditorRows.objectif(id, in: scope, on: tx)
        let axe = try await objectif.$axe.get(on: tx)
        let siblings = try await Objectif.query(on: tx).filter(\.$axe.$id == axe.requireID()).sort(\.$number).all()
        let (a, b) = try await swapNumbers(objectif, siblings, direction, on: tx)
        let (from, to) = (PlanCode.objectif(axe: axe.number, a), PlanCode.objectif(axe: axe.number, b))
        try await renumberCodes(from, to, scope: scope, on: tx)
        try await PlanEditor.journal(scope, .objectif, id, code: nil,
                                     "Objectif \(from) déplacé : il devient l'objectif \(to) (l'objectif \(to) devient \(from)).", on: tx)
    }

    /// Swaps `row`'s number with its neighbour's, through -1 since (parent, number) is unique;
    /// returns the old and the new number of `row`.
    private static func swapNumbers<Row: NumberedPlanRow>(_ row: Row, _ siblings: [Row], _ direction: PlanNumbering.Direction,
                                                          on tx: any Database) async throws -> (Int, Int) {
        guard let id = row.id, let otherID = PlanNumbering.neighbour(of: id, in: siblings.compactMap(\.id), direction: direction),
              let other = siblings.first(where: { $0.id == otherID }) else { throw atEnd }
        let (a, b) = (row.number, other.number)
        row.number = -1
        try await row.save(on: tx)
        other.number = a
        try await other.save(on: tx)
        row.number = b
        try await row.save(on: tx)
        return (a, b)
    }

    private static func moveFiche(_ id: Int, _ direction: PlanNumbering.Direction, _ scope: PlanEditor.Scope, _ tx: any Database) async throws {
        let action = try await PlanEditorRows.action(id, in: scope, on: tx)
        let siblings = try await PlanAction.query(on: tx).filter(\.$objectif.$id == action.$objectif.id).all()
            .sorted { $0.code.localizedStandardCompare($1.code) == .orderedAscending }
        guard let otherID = PlanNumbering.neighbour(of: id, in: siblings.compactMap(\.id), direction: direction),
              let other = siblings.first(where: { $0.id == otherID }) else { throw atEnd }
        guard let from = PlanCode(action.code), let to = PlanCode(other.code) else {
            throw AppError.invalidInput("Les codes « \(action.code) » et « \(other.code) » ne suivent pas la forme 1-2-3 : "
                + "corrigez-les avant de déplacer ces fiches.")
        }
        try await renumberCodes(from, to, scope: scope, on: tx)
        try await PlanEditor.journal(scope, .action, id, code: to.description,
                                     "Fiche-action \(from) déplacée : elle devient \(to) (\(to) devient \(from)).", on: tx)
    }

    private static func moveSousAction(_ id: Int, _ direction: PlanNumbering.Direction, _ scope: PlanEditor.Scope, _ tx: any Database) async throws {
        let sousAction = try await PlanEditorRows.sousAction(id, in: scope, on: tx)
        let action = try await sousAction.$action.get(on: tx)
        let siblings = try await SousAction.query(on: tx).filter(\.$action.$id == action.requireID()).sort(\.$position).all()
        guard let otherID = PlanNumbering.neighbour(of: id, in: siblings.compactMap(\.id), direction: direction),
              let other = siblings.first(where: { $0.id == otherID }) else { throw atEnd }
        // The place and its code go together: the n-th row of the table is always "…-n-th letter".
        let (position, code) = (sousAction.position, sousAction.code)
        let (otherPosition, otherCode) = (other.position, other.code)
        sousAction.position = -1
        sousAction.code = nil
        try await sousAction.save(on: tx)
        other.position = position
        other.code = code
        try await other.save(on: tx)
        sousAction.position = otherPosition
        sousAction.code = otherCode
        try await sousAction.save(on: tx)
        try await PlanEditor.journal(scope, .sousAction, id, code: action.code,
                                     "Sous-action \(code ?? "sans code") déplacée : elle devient \(otherCode ?? "sans code").", on: tx)
    }
}

/// Axes and objectifs: numbered rows, unique per parent.
protocol NumberedPlanRow: Model where IDValue == Int {
    var number: Int { get set }
}

extension Axe: NumberedPlanRow {}
extension Objectif: NumberedPlanRow {}
