import Fluent
import Vapor

/// A registration to one animation. Confirmed places never exceed the animation's capacity:
/// the status is decided by the INSERT itself (`RegistrationDesk`). The cancellation token is
/// only stored as its SHA-256, so a leaked database does not let anyone cancel.
final class AnimationRegistration: Model, @unchecked Sendable {
    static let schema = "animation_registrations"

    enum Status: String, Codable, Sendable {
        case confirmed, waitlisted, cancelled
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "animation_id") var animation: Animation
    @Field(key: "territory_id") var territoryID: Int
    /// Emptied by the retention purge; counts, places and commune stay for the indicators.
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @Field(key: "places") var places: Int
    @Field(key: "commune") var commune: String
    @Field(key: "children_ages") var childrenAges: String
    @Field(key: "status") var status: String
    @Field(key: "token_hash") var tokenHash: String
    /// Nil until attendance is taken; then whether they came.
    @OptionalField(key: "attended") var attended: Bool?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "purged_at") var purgedAt: Date?

    init() {}

    var statusValue: Status { Status(rawValue: status) ?? .cancelled }
}
