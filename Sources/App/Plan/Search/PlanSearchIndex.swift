import CTGCore
import Fluent
import SQLKit
import Vapor

/// One searchable row: a fiche (no sous-action) or one of its sous-actions.
final class PlanSearchRow: Model, @unchecked Sendable {
    static let schema = "plan_search_rows"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "convention_id") var conventionID: Int
    @Field(key: "action_id") var actionID: Int
    @OptionalField(key: "sous_action_id") var sousActionID: Int?
    /// `FrenchSearchText.keys` of the row's texts, space-separated.
    @Field(key: "body") var body: String

    init() {}

    init(conventionID: Int, actionID: Int, sousActionID: Int?, texts: [String?]) {
        self.conventionID = conventionID
        self.actionID = actionID
        self.sousActionID = sousActionID
        self.body = texts.compactMap { $0 }.flatMap(FrenchSearchText.keys).joined(separator: " ")
    }
}

/// Keeps the search rows in step with the plan. `Audit.record` calls `refresh` in the write's own
/// transaction, so every plan write (editor, import, restore, copy) re-indexes what it touched:
/// the fiche named by the journal entry, or the whole convention when none is named.
enum PlanSearchIndex {
    /// Journal entries that never change a plan's text.
    static let unrelated: Set<AuditEntity> = [.seance, .deliberation, .councilMember, .registerSettings, .avenant,
                                              .importWarning, .user, .territory]

    static func refresh(after entry: AuditEntry, on db: any Database) async throws {
        guard let conventionID = entry.$convention.id, !unrelated.contains(entry.entity) else { return }
        if let code = entry.actionCode,
           let action = try await PlanAction.query(on: db).filter(\.$convention.$id == conventionID).filter(\.$code == code).first() {
            try await rebuild(conventionID: conventionID, actionID: try action.requireID(), on: db)
        } else {
            try await rebuild(conventionID: conventionID, actionID: nil, on: db)
        }
    }

    /// Rewrites the rows of one fiche, or of every fiche of the convention.
    static func rebuild(conventionID: Int, actionID: Int?, on db: any Database) async throws {
        var stale = PlanSearchRow.query(on: db).filter(\.$conventionID == conventionID)
        var query = PlanAction.query(on: db).filter(\.$convention.$id == conventionID)
        if let actionID {
            stale = stale.filter(\.$actionID == actionID)
            query = query.filter(\.$id == actionID)
        }
        try await stale.delete()
        let actions = try await query.with(\.$sousActions) { $0.with(\.$funders) }
            .with(\.$organisations).with(\.$indicators).with(\.$expectedResults).all()
        var rows: [PlanSearchRow] = []
        for action in actions {
            let id = try action.requireID()
            rows.append(PlanSearchRow(conventionID: conventionID, actionID: id, sousActionID: nil,
                                      texts: [action.code, action.title, action.outlineTitle, action.diagnostic, action.audience]
                                          + action.organisations.map(\.label) + action.indicators.map(\.label)
                                          + action.expectedResults.map(\.text)))
            for sub in action.sousActions {
                rows.append(PlanSearchRow(conventionID: conventionID, actionID: id, sousActionID: try sub.requireID(),
                                          texts: [sub.code, sub.title, sub.outlineTitle, sub.staff] + sub.funders.map(\.label)))
            }
        }
        if !rows.isEmpty { try await rows.create(on: db) }
    }

    /// The rows whose words contain every key, best first (the engine's own ranking).
    static func matches(conventionID: Int, keys: [String], limit: Int, on db: any Database) async throws -> [(actionID: Int, sousActionID: Int?)] {
        guard let sql = db as? any SQLDatabase, !keys.isEmpty else { return [] }
        struct Hit: Decodable { var action_id: Int; var sous_action_id: Int? }
        let hits: [Hit]
        if sql.dialect.name == "sqlite" {
            // Keys are letters and digits only; quoted, each is a plain FTS5 term, all of them required.
            let match = keys.map { "\"\($0)\"" }.joined(separator: " ")
            hits = try await sql.raw("""
                SELECT r.action_id, r.sous_action_id FROM plan_search_fts f JOIN plan_search_rows r ON r.id = f.rowid
                WHERE plan_search_fts MATCH \(bind: match) AND r.convention_id = \(bind: conventionID)
                ORDER BY f.rank LIMIT \(bind: limit)
                """).all(decoding: Hit.self)
        } else {
            let text = keys.joined(separator: " ")
            hits = try await sql.raw("""
                SELECT action_id, sous_action_id FROM plan_search_rows
                WHERE convention_id = \(bind: conventionID)
                AND to_tsvector('french', body) @@ plainto_tsquery('french', \(bind: text))
                ORDER BY ts_rank(to_tsvector('french', body), plainto_tsquery('french', \(bind: text))) DESC, id
                LIMIT \(bind: limit)
                """).all(decoding: Hit.self)
        }
        return hits.map { ($0.action_id, $0.sous_action_id) }
    }

    /// A database migrated from before the index, or a plan written without a journal entry:
    /// built once, in a write transaction, when a search finds the convention not indexed.
    static func ensureBuilt(conventionID: Int, on db: any Database) async throws {
        guard try await PlanSearchRow.query(on: db).filter(\.$conventionID == conventionID).count() == 0,
              try await PlanAction.query(on: db).filter(\.$convention.$id == conventionID).count() > 0 else { return }
        try await db.writeTransaction { tx in
            guard try await PlanSearchRow.query(on: tx).filter(\.$conventionID == conventionID).count() == 0 else { return }
            try await rebuild(conventionID: conventionID, actionID: nil, on: tx)
        }
    }
}
