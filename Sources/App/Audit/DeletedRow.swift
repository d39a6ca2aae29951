import Fluent
import SQLKit
import Vapor

/// A deleted row kept as JSON with the journal entry of its deletion, so that
/// « Restaurer » in the journal can bring it back (see `JournalRestore`).
final class DeletedRow: Model, @unchecked Sendable {
    static let schema = "deleted_rows"

    /// What the payload holds; the journal offers « Restaurer » for these kinds only.
    enum Kind: String, Codable, Sendable {
        case measurement
        /// A measurement as it was before an edit (issue 13): « Restaurer » puts it back.
        case measurementEdit = "measurement_edit"
        case councilMember = "council_member"
        /// A subtree of the plan deleted in the editor (`PlanEditorTrash`).
        case planRows = "plan_rows"
        case organisationMerge = "organisation_merge"
        /// A structure's document withdrawn from the guichet (issue 10).
        case structureDocument = "structure_document"
        /// A file attached to an act, a séance, a fiche… withdrawn (issue 13, `AttachmentFiles`).
        case attachment
        /// A sous-action's budget line (issue 13, `BudgetLineRestore`).
        case budgetLine = "budget_line"
        /// A séance's roll call as it was before a correction (issue 13, `SeanceAttendanceRestore`).
        case seanceAttendance = "seance_attendance"
        /// A séance or deliberation cancelled by mistake (issue 13, `CancellationRecorder`): « Restaurer » reinstates it.
        case cancellation
        /// An expected result's assessment as it was before a correction (issue 13, `AssessmentEdit`).
        case assessmentEdit = "assessment_edit"
        /// An unanswered survey question removed from the builder (issue 13, `SurveyQuestionRemoval`).
        case surveyQuestion = "survey_question"
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "audit_entry_id") var auditEntry: AuditEntry
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "kind") var kind: Kind
    @Field(key: "payload") var payload: String
    @OptionalField(key: "restored_at") var restoredAt: Date?

    init() {}

    /// Keeps `row` with the deletion's journal entry, in the deletion's transaction.
    static func keep<Row: Encodable>(_ row: Row, kind: Kind, deletion entry: AuditEntry, on db: any Database) async throws {
        let kept = DeletedRow()
        kept.$auditEntry.id = try entry.requireID()
        kept.$territory.id = entry.$territory.id
        kept.kind = kind
        kept.payload = String(decoding: try JSONEncoder().encode(row), as: UTF8.self)
        try await kept.create(on: db)
    }

    func decoded<Row: Decodable>(_ type: Row.Type) throws -> Row {
        try JSONDecoder().decode(type, from: Data(payload.utf8))
    }

    /// Marks the row restored, unless another request did it first: the conditional update
    /// is the lock, so two clicks on « Restaurer » cannot bring the row back twice.
    func claimForRestoration(on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let claimed = try await sql.update(Self.schema).set("restored_at", to: Date())
            .where("id", .equal, try requireID()).where("restored_at", .is, SQLLiteral.null)
            .returning("id").all()
        return !claimed.isEmpty
    }
}
