import CTGCore
import Foundation

/// What a council text read by `SeanceReader` puts in the register, in the register's
/// terms, before it is compared with what is already there.
struct RegisterDraft: Sendable {
    struct Line: Equatable, Sendable {
        var name: String
        var status: SeanceAttendance.Status
        var other: String?
    }

    struct Item: Sendable {
        var number: String
        var subject: String
        /// Nil when the text does not say how it was voted: the deliberation stays a projet.
        var vote: VoteTally?
    }

    var date: CivilDate
    var time: String?
    var convokedOn: String?
    var president: String?
    var secretary: String?
    /// Nil when the text does not state it; a new séance then counts its list.
    var membersInOffice: Int?
    var declaredPresent: Int?
    var declaredRepresented: Int?
    var declaredVoters: Int?
    var lines: [Line]
    var suppleants: [ParsedDeliberation.Substitute]
    var items: [Item]
    /// What the text has and the register cannot take (a deliberation without number).
    var left: [String]
    var actesId: String?

    init(_ seance: ParsedSeance, actesId: String? = nil) throws(AppError) {
        guard let date = seance.date.flatMap({ CivilDate($0) }) else {
            throw .invalidInput("Ce texte est une délibération, mais sa date de séance est illisible : "
                + "le registre ne peut pas l'enregistrer. Rien n'a été écrit.")
        }
        self.date = date
        time = seance.time
        convokedOn = seance.convokedOn
        president = seance.president
        secretary = seance.secretary
        // Counts computed from the lists are not what the register says: kept out, as in the check.
        let stated = { (field: String, value: Int?) in seance.counts.computedFromLists.contains(field) ? nil : value }
        membersInOffice = seance.counts.membersInOffice
        declaredPresent = stated("présents", seance.counts.present)
        declaredRepresented = stated("pouvoirs", seance.counts.represented)
        declaredVoters = stated("votants", seance.counts.voters)
        lines = seance.attendance.map { entry in
            switch entry.status {
            case .present: Line(name: entry.member, status: .present)
            case .excused: Line(name: entry.member, status: .excused)
            case .absent: Line(name: entry.member, status: .absent)
            case .proxyGiven(let holder): Line(name: entry.member, status: .proxy, other: holder)
            case .replacedBySubstitute(let substitute): Line(name: entry.member, status: .substitute, other: substitute)
            }
        }
        suppleants = seance.substitutes
        var items: [Item] = []
        var left: [String] = []
        for item in seance.deliberations {
            guard let number = item.number else {
                left.append("Délibération sans numéro (« \(item.subject ?? "objet non trouvé") ») : non enregistrée "
                    + "au registre, qui exige un numéro ; saisissez-la à la main.")
                continue
            }
            if items.contains(where: { $0.number == number }) {
                left.append("Délibération n° \(number) présente deux fois dans le texte : seule la première est enregistrée.")
                continue
            }
            items.append(Item(number: number, subject: item.subject ?? "", vote: Self.tally(item, in: seance)))
        }
        self.items = items
        self.left = left
        // An ACTES identifier belongs to one deliberation: kept only when the text has just one of each.
        self.actesId = items.count == 1 ? actesId : nil
    }

    /// The vote as the register records it; "à l'unanimité" is every votant voting pour.
    private static func tally(_ item: ParsedSeance.Item, in seance: ParsedSeance) -> VoteTally? {
        guard let vote = item.vote else { return nil }
        if case .success(let facts) = seance.facts(for: item) { return facts.vote }
        guard vote.inFavour != nil || vote.against != nil || vote.abstentions != nil else { return nil }
        return VoteTally(pour: vote.inFavour ?? 0, contre: vote.against ?? 0, abstentions: vote.abstentions ?? 0,
                         nePrendPasPart: vote.notVoting.count)
    }
}

extension VoteTally {
    /// "30 pour, 2 contre, 3 abstentions", for the journal and the import's refusals.
    var frenchSummary: String {
        var parts = ["\(pour) pour", "\(contre) contre", "\(abstentions) abstention\(abstentions > 1 ? "s" : "")"]
        if nePrendPasPart > 0 { parts.append("\(nePrendPasPart) ne prenant pas part") }
        return parts.joined(separator: ", ")
    }
}
