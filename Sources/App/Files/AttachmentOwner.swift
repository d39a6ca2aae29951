import CTGCore
import Fluent
import Vapor

/// The row a file is attached to, as named in an address: `/{territoire}/pieces-jointes/{kind}/{id}`.
struct AttachmentOwner: Equatable, Sendable, Codable {
    var kind: AttachmentOwnerKind
    var id: Int
}

/// The owner found in the territory of the address, with what its page needs. A row of another
/// territory is "not found", never "forbidden".
struct ResolvedOwner {
    var owner: AttachmentOwner
    /// "Délibération n° 2024-03 : Convention territoriale globale".
    var title: String
    /// The owner's own page, where the list links back.
    var backHref: String
    /// The fiche whose référents may attach (fiche, sous-action, measurement); nil for the register.
    var action: PlanAction?

    /// Coordinateur of the territory, or for the plan's rows the référents responsible for the fiche.
    func canEdit(_ user: User?, scope: TerritoryScope, on db: any Database) async throws -> Bool {
        guard let user, user.isActive, !user.role.isReadOnly, user.territoryID == scope.territoryID else { return false }
        if let action { return try await AccessPolicy.canEdit(user, action: action, on: db) }
        return user.role == .coordinateur
    }

    static func find(_ owner: AttachmentOwner, in scope: TerritoryScope, on db: any Database) async throws -> ResolvedOwner {
        let missing = AppError.notFound("Cette page de pièces jointes n'existe pas dans ce territoire.")
        switch owner.kind {
        case .deliberation:
            guard let row = try await Deliberation.query(on: db).filter(\.$id == owner.id)
                .filter(\.$territory.$id == scope.territoryID).first() else { throw missing }
            return ResolvedOwner(owner: owner, title: "Délibération n° \(row.number) : \(row.subject)",
                                 backHref: scope.path(.deliberation(number: row.number)))
        case .seance:
            guard let row = try await Seance.query(on: db).filter(\.$id == owner.id)
                .filter(\.$territory.$id == scope.territoryID).first() else { throw missing }
            return ResolvedOwner(owner: owner, title: "Séance du \(FrenchFormat.date(row.sessionDate) ?? row.sessionDate)",
                                 backHref: scope.path(.seance(id: owner.id)))
        case .fiche:
            let action = try await action(owner.id, in: scope, on: db, missing: missing)
            return ResolvedOwner(owner: owner, title: "Fiche-action \(action.code) : \(action.title)",
                                 backHref: scope.ref(for: action.$convention.id).path(.fiche(code: action.code)), action: action)
        case .sousAction:
            guard let row = try await SousAction.find(owner.id, on: db) else { throw missing }
            let action = try await action(row.$action.id, in: scope, on: db, missing: missing)
            return ResolvedOwner(owner: owner, title: "Sous-action \(row.displayCode) de la fiche \(action.code) : \(row.title)",
                                 backHref: scope.ref(for: action.$convention.id).path(.fiche(code: action.code)), action: action)
        case .measurement:
            guard let row = try await MeasurementEntry.find(owner.id, on: db),
                  let indicator = try await Indicator.find(row.$indicator.id, on: db) else { throw missing }
            let action = try await action(indicator.$action.id, in: scope, on: db, missing: missing)
            return ResolvedOwner(owner: owner, title: "Mesure « \(row.periodLabel) » de l'indicateur « \(indicator.label) » (fiche \(action.code))",
                                 backHref: scope.ref(for: action.$convention.id).path(.indicator(id: indicator.id ?? 0)), action: action)
        }
    }

    /// The fiche, when its convention belongs to the scope's territory.
    private static func action(_ id: Int, in scope: TerritoryScope, on db: any Database, missing: AppError) async throws -> PlanAction {
        guard let action = try await PlanAction.find(id, on: db),
              try await AccessPolicy.territoryID(ofConvention: action.$convention.id, on: db) == scope.territoryID else { throw missing }
        return action
    }
}
