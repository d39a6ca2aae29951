import CTGCore
import Vapor

/// Transmission, publication and open-data fields of a deliberation.
struct FollowUpForm: Content {
    var receivedOn: String?
    var publishedOn: String?
    var publicationMode: String?
    var matiereCode: String?
    var matiereNom: String?
}

/// The coordinateur's forms on the deliberation page, with the values to show and
/// the messages of a refused entry.
struct DeliberationEditForms: Encodable {
    var voteAction: String
    var followUpAction: String
    var hasSeance: Bool
    var vote: AgendaItemForm
    var secretBallot: Bool
    var presidentVotes: [RegisterOption]
    var voteErrors: [String]
    var followUp: FollowUpForm
    var modes: [RegisterOption]
    var followUpErrors: [String]

    init(_ entry: RegisterEntry, scope: TerritoryScope, vote: AgendaItemForm? = nil, voteErrors: [String] = [],
         followUp: FollowUpForm? = nil, followUpErrors: [String] = []) {
        let row = entry.deliberation
        voteAction = scope.path(.deliberationVote(number: row.number))
        followUpAction = scope.path(.deliberationFollowUp(number: row.number))
        hasSeance = entry.seance != nil
        let stored = row.voteTally
        self.vote = vote ?? AgendaItemForm(
            pour: stored.map { String($0.pour) }, contre: stored.map { String($0.contre) },
            abstentions: stored.map { String($0.abstentions) }, nePrendPasPart: stored.map { String($0.nePrendPasPart) },
            presidentVote: stored?.presidentVote?.rawValue, secretBallot: stored?.secretBallot == true ? "1" : nil)
        secretBallot = self.vote.secretBallot != nil
        presidentVotes = RegisterOption.presidentVotes(selected: self.vote.presidentVote ?? "")
        self.voteErrors = voteErrors
        self.followUp = followUp ?? FollowUpForm(receivedOn: row.receivedOn, publishedOn: row.publishedOn,
                                                 publicationMode: row.publicationMode,
                                                 matiereCode: row.matiereCode, matiereNom: row.matiereNom)
        let mode = self.followUp.publicationMode ?? ""
        modes = [RegisterOption(value: "", label: "Non précisé", selected: mode.isEmpty)]
            + PublicationMode.allCases.map { RegisterOption(value: $0.rawValue, label: $0.label, selected: $0.rawValue == mode) }
        self.followUpErrors = followUpErrors
    }
}
