import Fluent
import Vapor

/// The audit log's API: every change of the application calls `record`, in the
/// same transaction as the change so neither exists without the other:
///
///     try await req.db.writeTransaction { tx in
///         try await status.save(on: tx)
///         try await Audit.record(on: tx, user: req.currentUser, territoryID: t, conventionID: c,
///                                entity: .sousAction, entityID: id, actionCode: "1-2-3",
///                                field: "Statut 2023", before: "à venir", after: "en cours")
///     }
enum Audit {
    /// Shown as the author of changes made with the `ctg` command.
    static let commandLineAuthor = "ligne de commande"
    /// Shown as the author of public writes (a survey answer, a registration, a ballot): no
    /// account, no personal data, and not the command line either.
    static let publicVisitorAuthor = "visiteur du site public"

    @discardableResult
    static func record(on db: any Database, user: User?, territoryID: Int, conventionID: Int? = nil,
                       entity: AuditEntity, entityID: Int?, actionCode: String? = nil,
                       field: String? = nil, before: String? = nil, after: String? = nil,
                       summary: String? = nil, at date: Date = Date(),
                       anonymousAuthor: String = commandLineAuthor) async throws -> AuditEntry {
        let entry = AuditEntry()
        entry.createdAt = date
        entry.$user.id = user?.id
        entry.userEmail = user?.email ?? anonymousAuthor
        entry.$territory.id = territoryID
        entry.$convention.id = conventionID
        entry.entity = entity
        entry.entityID = entityID
        entry.actionCode = actionCode
        entry.field = field
        entry.before = before
        entry.after = after
        entry.summary = summary ?? describe(entity: entity, actionCode: actionCode, field: field, before: before, after: after)
        try await entry.create(on: db)
        // French search (issue 13 §3): the plan's index follows every write, in its transaction.
        try await PlanSearchIndex.refresh(after: entry, on: db)
        return entry
    }

    /// The same, for a change under a fiche: territory, convention and code come from the action.
    @discardableResult
    static func record(on db: any Database, user: User?, action: PlanAction, entity: AuditEntity, entityID: Int?,
                       field: String? = nil, before: String? = nil, after: String? = nil,
                       summary: String? = nil) async throws -> AuditEntry {
        guard let territoryID = try await AccessPolicy.territoryID(ofConvention: action.$convention.id, on: db) else {
            throw AppError.notFound("La convention de la fiche « \(action.code) » n'existe plus.")
        }
        return try await record(on: db, user: user, territoryID: territoryID, conventionID: action.$convention.id,
                                entity: entity, entityID: entityID, actionCode: action.code,
                                field: field, before: before, after: after, summary: summary)
    }

    /// A fiche's "Historique": its changes, newest first.
    static func history(actionCode: String, conventionID: Int, on db: any Database) async throws -> [AuditEntry] {
        try await AuditEntry.query(on: db)
            .filter(\.$convention.$id == conventionID).filter(\.$actionCode == actionCode)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending)
            .all()
    }

    /// A French sentence for the journal: "Fiche-action 1-2-3 — Statut 2023 : « à venir » → « en cours »".
    static func describe(entity: AuditEntity, actionCode: String?, field: String?,
                         before: String?, after: String?) -> String {
        let subject = [entity.label, actionCode].compactMap { $0 }.joined(separator: " ")
        let quoted = { (value: String?) in value.map { "« \($0) »" } ?? "(vide)" }
        let change: String
        switch (before, after) {
        case (nil, nil): change = "modifié"
        case (nil, let after?): change = "\(quoted(after)) ajouté"
        case (let before?, nil): change = "\(quoted(before)) retiré"
        case (let before, let after): change = "\(quoted(before)) → \(quoted(after))"
        }
        return field.map { "\(subject) — \($0) : \(change)" } ?? "\(subject) : \(change)"
    }
}
