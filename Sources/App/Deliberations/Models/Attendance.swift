import Fluent
import Vapor

/// One line of the attendance record: who was present, gave a proxy, was
/// replaced by a suppléant, or excused.
final class Attendance: Model, @unchecked Sendable {
    static let schema = "attendances"

    enum Kind: String, Codable, Sendable {
        case present
        case proxy
        case substitute
        case excused
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "deliberation_id") var deliberation: Deliberation
    @Field(key: "member") var member: String
    @Field(key: "kind") var kind: Kind
    /// The proxy holder, or the suppléant who sat.
    @OptionalField(key: "other") var other: String?
    @Field(key: "position") var position: Int

    init() {}

    init(deliberationID: Int, member: String, kind: Kind, other: String? = nil, position: Int) {
        self.$deliberation.id = deliberationID
        self.member = member
        self.kind = kind
        self.other = other
        self.position = position
    }
}
