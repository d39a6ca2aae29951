import Foundation

/// How one member in office (a titulaire) took part in the séance.
public enum AttendanceStatus: Hashable, Sendable, Codable {
    case present
    /// Absent excusé: announced, but neither represented nor replaced.
    case excused
    case absent
    /// Absent who gave a written proxy to a present colleague (CGCT L2121-20).
    case proxyGiven(to: String)
    /// Absent whose suppléant sits with a vote (CGCT L5211-6: communes with a single titulaire).
    case replacedBySubstitute(String)
}

public struct AttendanceEntry: Hashable, Sendable, Codable {
    public var member: String
    public var status: AttendanceStatus

    public init(member: String, status: AttendanceStatus) {
        self.member = member
        self.status = status
    }
}

/// What the president did in a tie, which decides it unless the ballot was secret (L2121-20).
public enum PresidentVote: String, Hashable, Sendable, Codable {
    case pour, contre, abstention, nePrendPasPart
}

/// Votes cast on one deliberation.
public struct VoteTally: Hashable, Sendable, Codable {
    public var pour: Int
    public var contre: Int
    public var abstentions: Int
    public var nePrendPasPart: Int
    public var presidentVote: PresidentVote?
    public var secretBallot: Bool

    public init(pour: Int, contre: Int = 0, abstentions: Int = 0, nePrendPasPart: Int = 0,
                presidentVote: PresidentVote? = nil, secretBallot: Bool = false) {
        self.pour = pour
        self.contre = contre
        self.abstentions = abstentions
        self.nePrendPasPart = nePrendPasPart
        self.presidentVote = presidentVote
        self.secretBallot = secretBallot
    }

    public var total: Int { pour + contre + abstentions + nePrendPasPart }
}

/// Everything the secretary records for a séance and the deliberation being checked.
/// The counts printed on the register (présents, votants…) are optional: when given they
/// must agree with the attendance list, which stays the reference.
public struct SessionFacts: Hashable, Sendable, Codable {
    public var membersInOffice: Int
    public var attendance: [AttendanceEntry]
    public var vote: VoteTally
    public var convocationDate: CivilDate?
    /// Reconvened after a first convocation failed for lack of quorum (L2121-17, al. 2).
    public var secondConvocation: Bool
    public var declaredPresent: Int?
    public var declaredRepresented: Int?
    public var declaredVoters: Int?

    public init(membersInOffice: Int, attendance: [AttendanceEntry], vote: VoteTally,
                convocationDate: CivilDate? = nil, secondConvocation: Bool = false,
                declaredPresent: Int? = nil, declaredRepresented: Int? = nil, declaredVoters: Int? = nil) {
        self.membersInOffice = membersInOffice
        self.attendance = attendance
        self.vote = vote
        self.convocationDate = convocationDate
        self.secondConvocation = secondConvocation
        self.declaredPresent = declaredPresent
        self.declaredRepresented = declaredRepresented
        self.declaredVoters = declaredVoters
    }
}

/// Names are typed by hand on registers ("Laurent DUMAS", "Laurent Dumas"): compare them
/// without case, accents or repeated spaces.
enum MemberName {
    static func key(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    }
}
