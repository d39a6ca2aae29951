import CTGCore
import Fluent
import Vapor

/// A yearly judgement of a "résultat attendu": atteint, partiellement, non atteint, non évalué.
/// Entries are kept; the latest for a year is the one shown and reported.
final class ExpectedResultAssessment: Model, @unchecked Sendable {
    static let schema = "expected_result_assessments"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "expected_result_id") var expectedResult: ExpectedResult
    @Field(key: "year") var year: Int
    /// Raw value of `CTGCore.ExpectedResultStatus`.
    @Field(key: "status") var statusRaw: String
    @OptionalField(key: "comment") var comment: String?
    /// ISO date of the judgement.
    @Field(key: "recorded_on") var recordedOn: String
    @OptionalField(key: "author_id") var authorID: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(expectedResultID: Int, year: Int, status: ExpectedResultStatus, comment: String?, recordedOn: String, authorID: Int?) {
        self.$expectedResult.id = expectedResultID
        self.year = year
        self.statusRaw = status.rawValue
        self.comment = comment
        self.recordedOn = recordedOn
        self.authorID = authorID
    }

    var status: ExpectedResultStatus { ExpectedResultStatus(rawValue: statusRaw) ?? .non_evalue }

    var assessment: PlanSnapshot.Assessment { .init(year: year, status: status, comment: comment) }
}
