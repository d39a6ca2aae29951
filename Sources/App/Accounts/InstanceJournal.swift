import Fluent
import Vapor

/// One line of the journal of what belongs to no territory (migration 642): instance admin
/// and CAF accounts. Never updated nor deleted by the application.
final class InstanceJournalEntry: Model, @unchecked Sendable {
    static let schema = "instance_journal"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "created_at") var createdAt: Date
    /// The author's e-mail, or `Audit.commandLineAuthor`.
    @Field(key: "author") var author: String
    @OptionalParent(key: "subject_user_id") var subject: User?
    @Field(key: "summary") var summary: String

    init() {}
}

/// Where a change to an account is journaled: the account's territory journal when it has
/// one, else the instance journal. Callers use this so no account change goes unrecorded.
enum AccountJournal {
    static func record(on db: any Database, author: User?, subject: User, field: String,
                       before: String? = nil, after: String? = nil, summary: String) async throws {
        if let territoryID = subject.$territory.id {
            try await Audit.record(on: db, user: author, territoryID: territoryID, entity: .user,
                                   entityID: subject.id, field: field, before: before, after: after, summary: summary)
            return
        }
        let entry = InstanceJournalEntry()
        entry.createdAt = Date()
        entry.author = author?.email ?? Audit.commandLineAuthor
        entry.$subject.id = subject.id
        entry.summary = summary
        try await entry.create(on: db)
    }

    /// The latest lines of the instance journal, for the admin's page.
    static func latest(_ limit: Int, on db: any Database) async throws -> [InstanceJournalEntry] {
        try await InstanceJournalEntry.query(on: db).sort(\.$createdAt, .descending).sort(\.$id, .descending)
            .limit(limit).all()
    }
}
