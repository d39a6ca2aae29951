import Fluent
import Vapor

/// A deliberation of the council as recorded in the register.
/// Dates are ISO "YYYY-MM-DD" strings: portable, sortable, time-zone free.
final class Deliberation: Model, @unchecked Sendable {
    static let schema = "deliberations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @OptionalParent(key: "convention_id") var convention: Convention?
    @Field(key: "number") var number: String
    @OptionalField(key: "actes_id") var actesID: String?
    @Field(key: "subject") var subject: String
    @OptionalField(key: "session_date") var sessionDate: String?
    @OptionalField(key: "session_time") var sessionTime: String?
    @OptionalField(key: "convoked_on") var convokedOn: String?
    @OptionalField(key: "place") var place: String?
    @OptionalField(key: "president") var president: String?
    @OptionalField(key: "secretary") var secretary: String?
    @OptionalField(key: "members_in_office") var membersInOffice: Int?
    @OptionalField(key: "present_count") var presentCount: Int?
    @OptionalField(key: "voters_count") var votersCount: Int?
    @Field(key: "unanimous") var unanimous: Bool
    @OptionalField(key: "received_on") var receivedOn: String?
    @OptionalField(key: "published_on") var publishedOn: String?
    @OptionalField(key: "body") var body: String?
    // Register fields (migration 204): the séance, the vote, publicity and ACTES subject.
    @OptionalField(key: "seance_id") var seanceID: Int?
    @OptionalField(key: "agenda_position") var agendaPosition: Int?
    @OptionalField(key: "vote_pour") var votePour: Int?
    @OptionalField(key: "vote_contre") var voteContre: Int?
    @OptionalField(key: "vote_abstentions") var voteAbstentions: Int?
    @OptionalField(key: "vote_ne_prend_pas_part") var voteNePrendPasPart: Int?
    @OptionalField(key: "president_vote") var presidentVote: String?
    @OptionalField(key: "secret_ballot") var secretBallot: Bool?
    /// Raw value of `PublicationMode`.
    @OptionalField(key: "publication_mode") var publicationMode: String?
    /// Level-2 code of the ACTES subject nomenclature ("8.2") and its name, for open data.
    @OptionalField(key: "matiere_code") var matiereCode: String?
    @OptionalField(key: "matiere_nom") var matiereNom: String?
    // Cancellation (migration 720, `Cancellable`): recorded by mistake, kept but withdrawn.
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @OptionalField(key: "cancel_reason") var cancelReason: String?
    @OptionalField(key: "cancelled_by") var cancelledBy: String?
    @OptionalField(key: "cancel_entry_id") var cancelEntryID: Int?
    @Children(for: \.$deliberation) var attendances: [Attendance]

    init() {}

    init(territoryID: Int, number: String, subject: String) {
        self.$territory.id = territoryID
        self.number = number
        self.subject = subject
        self.unanimous = false
    }
}
