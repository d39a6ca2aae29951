import CTGCore
import Fluent
import Vapor

/// One dated animation of a territory (an atelier des parents, a sortie, a PSC1 session…).
/// A recurring series is stored as one row per occurrence sharing a `seriesID`, so that each
/// date has its own capacity, registrations and attendance.
final class Animation: Model, @unchecked Sendable {
    static let schema = "animations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    /// The organiser, whose référents may edit it.
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "structure_id") var structure: Structure?
    /// The first occurrence's id for every occurrence of a series; nil for a single date.
    @OptionalField(key: "series_id") var seriesID: Int?
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @Field(key: "place") var place: String
    @Field(key: "commune") var commune: String
    /// An `AnimationAudience` raw value.
    @Field(key: "audience") var audience: String
    @Field(key: "theme") var theme: String
    @Field(key: "capacity") var capacity: Int
    /// Whether the form asks for the children's ages (ateliers parents-enfants).
    @Field(key: "asks_children_ages") var asksChildrenAges: Bool
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var audienceValue: AnimationAudience { AnimationAudience(rawValue: audience) ?? .everyone }
    var isCancelled: Bool { cancelledAt != nil }
}

/// A sous-action of the plan an animation serves, by its code ("3-1-1-A"), which is what
/// the fiches and the indicators name; the code stays meaningful across plan re-imports.
final class AnimationSubAction: Model, @unchecked Sendable {
    static let schema = "animation_sub_actions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "animation_id") var animation: Animation
    @Field(key: "territory_id") var territoryID: Int
    @Field(key: "code") var code: String

    init() {}

    init(animationID: Int, territoryID: Int, code: String) {
        self.$animation.id = animationID
        self.territoryID = territoryID
        self.code = code
    }
}

/// People who came without registering, counted by commune when attendance is taken.
final class AnimationWalkIn: Model, @unchecked Sendable {
    static let schema = "animation_walk_ins"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "animation_id") var animation: Animation
    @Field(key: "commune") var commune: String
    @Field(key: "people") var count: Int

    init() {}

    init(animationID: Int, commune: String, count: Int) {
        self.$animation.id = animationID
        self.commune = commune
        self.count = count
    }
}

/// A message to send to a registrant (promotion from the waitlist, cancellation). No mail
/// server exists yet: the organiser sees these rows and tells people by the channel they gave.
final class AnimationMessage: Model, @unchecked Sendable {
    static let schema = "animation_messages"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "animation_id") var animation: Animation
    @Parent(key: "registration_id") var registration: AnimationRegistration
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(animationID: Int, registrationID: Int, subject: String, body: String) {
        self.$animation.id = animationID
        self.$registration.id = registrationID
        self.subject = subject
        self.body = body
        self.createdAt = Date()
    }
}
