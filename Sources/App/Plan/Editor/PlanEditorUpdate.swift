import Fluent
import Vapor

/// Changes to rows already in the plan, imported or typed: the same forms, the same
/// journal. A field's old and new values go in the journal entry.
extension PlanEditor {
    static func renameAxe(_ id: Int, title: String, in scope: Scope, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            let axe = try await PlanEditorRows.axe(id, in: scope, on: tx)
            let before = axe.title
            guard before != title else { return }
            axe.title = title
            try await axe.save(on: tx)
            try await journal(scope, .axe, id, code: nil, "Axe \(axe.number) — Intitulé : « \(before ?? "") » → « \(title) »",
                              field: "Intitulé", before: before, after: title, on: tx)
        }
    }

    static func renameObjectif(_ id: Int, title: String, in scope: Scope, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            let objectif = try await PlanEditorRows.objectif(id, in: scope, on: tx)
            let before = objectif.title
            guard before != title else { return }
            objectif.title = title
            try await objectif.save(on: tx)
            let axe = try await objectif.$axe.get(on: tx)
            try await journal(scope, .objectif, id, code: nil,
                              "Objectif \(axe.number)-\(objectif.number) — Intitulé : « \(before) » → « \(title) »",
                              field: "Intitulé", before: before, after: title, on: tx)
        }
    }

    static func updateFiche(_ id: Int, fields: FicheFields, in scope: Scope, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            let action = try await PlanEditorRows.action(id, in: scope, on: tx)
            let before = try await FicheFields.read(action, on: tx)
            try await fields.apply(to: action, territoryID: scope.territoryID, on: tx)
            for change in before.changes(to: fields) {
                try await journal(scope, .action, id, code: action.code,
                                  "Fiche-action \(action.code) — modification : \(change.field)",
                                  field: change.field, before: change.before, after: change.after, on: tx)
            }
        }
    }

    static func updateSousAction(_ id: Int, fields: SousActionFields, in scope: Scope, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            let sousAction = try await PlanEditorRows.sousAction(id, in: scope, on: tx)
            let before = try await SousActionFields.read(sousAction, on: tx)
            try await fields.apply(to: sousAction, territoryID: scope.territoryID, on: tx)
            let code = try await sousAction.$action.get(on: tx).code
            for change in before.changes(to: fields) {
                try await journal(scope, .sousAction, id, code: code,
                                  "Sous-action \(sousAction.code ?? "sans code") — modification : \(change.field)",
                                  field: change.field, before: change.before, after: change.after, on: tx)
            }
        }
    }

    /// « Traité »: the warning leaves the plan's pages; the journal keeps who, when and the comment.
    static func resolveWarning(_ id: Int, comment: String? = nil, in scope: Scope, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            guard let warning = try await ImportWarning.find(id, on: tx), warning.$convention.id == scope.conventionID else {
                throw AppError.notFound("Cet avertissement n'existe pas dans ce plan.")
            }
            guard warning.resolvedAt == nil else { return }
            warning.resolvedAt = Date()
            warning.resolvedBy = scope.user.email
            warning.resolutionComment = comment
            try await warning.save(on: tx)
            let said = comment.map { " — commentaire : « \($0) »" } ?? ""
            try await journal(scope, .importWarning, id, code: warning.actionCode,
                              "Avertissement d'import traité : « \(warning.message) »\(said)", on: tx)
        }
    }
}

/// One field whose value changed, for the journal.
struct FieldChange: Equatable {
    var field: String
    var before: String?
    var after: String?

    static func compare(_ field: String, _ before: String?, _ after: String?) -> FieldChange? {
        (before ?? "") == (after ?? "") ? nil : FieldChange(field: field, before: before, after: after)
    }
}

extension FicheFields {
    static func read(_ action: PlanAction, on db: any Database) async throws -> FicheFields {
        let id = try action.requireID()
        let organisations = try await ActionOrganisation.query(on: db).filter(\.$action.$id == id).sort(\.$position).all()
        return FicheFields(title: action.title, diagnostic: action.diagnostic, audience: action.audience,
                           leads: organisations.filter { $0.role == .lead }.map(\.label),
                           partners: organisations.filter { $0.role == .partner }.map(\.label),
                           indicators: try await Indicator.query(on: db).filter(\.$action.$id == id).sort(\.$position).all(\.$label),
                           results: try await ExpectedResult.query(on: db).filter(\.$action.$id == id).sort(\.$position).all(\.$text))
    }

    func changes(to new: FicheFields) -> [FieldChange] {
        let lines = { (list: [String]) in list.isEmpty ? nil : list.joined(separator: "\n") }
        return [
            FieldChange.compare("Intitulé", title, new.title),
            FieldChange.compare("Diagnostic", diagnostic, new.diagnostic),
            FieldChange.compare("Public ciblé", audience, new.audience),
            FieldChange.compare("Responsables", lines(leads), lines(new.leads)),
            FieldChange.compare("Partenaires", lines(partners), lines(new.partners)),
            FieldChange.compare("Indicateurs d'évaluation", lines(indicators), lines(new.indicators)),
            FieldChange.compare("Résultats attendus", lines(results), lines(new.results)),
        ].compactMap { $0 }
    }
}

extension SousActionFields {
    static func read(_ sousAction: SousAction, on db: any Database) async throws -> SousActionFields {
        let funders = try await SousActionFunder.query(on: db).filter(\.$sousAction.$id == sousAction.requireID())
            .sort(\.$position).all(\.$label)
        return SousActionFields(title: sousAction.title, years: sousAction.years, staff: sousAction.staff, funders: funders)
    }

    func changes(to new: SousActionFields) -> [FieldChange] {
        let years = { (list: [Int]) in list.isEmpty ? nil : list.map(String.init).joined(separator: ", ") }
        return [
            FieldChange.compare("Intitulé", title, new.title),
            FieldChange.compare("Années", years(self.years), years(new.years)),
            FieldChange.compare("Personnel", staff, new.staff),
            FieldChange.compare("Financeurs", funders.isEmpty ? nil : funders.joined(separator: "\n"),
                                new.funders.isEmpty ? nil : new.funders.joined(separator: "\n")),
        ].compactMap { $0 }
    }
}
