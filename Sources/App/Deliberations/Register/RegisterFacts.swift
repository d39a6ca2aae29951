import CTGCore
import Foundation

/// Turns what the register stores into the legal engine's `SessionFacts`.
/// The engine judges; this file only translates.
extension Deliberation {
    /// The recorded vote, or nil while the deliberation is a projet.
    var voteTally: VoteTally? {
        guard let pour = votePour else { return nil }
        return VoteTally(pour: pour, contre: voteContre ?? 0, abstentions: voteAbstentions ?? 0,
                         nePrendPasPart: voteNePrendPasPart ?? 0,
                         presidentVote: presidentVote.flatMap(PresidentVote.init(rawValue:)),
                         secretBallot: secretBallot ?? false)
    }

    func record(vote: VoteTally?) {
        votePour = vote?.pour
        voteContre = vote?.contre
        voteAbstentions = vote?.abstentions
        voteNePrendPasPart = vote?.nePrendPasPart
        presidentVote = vote?.presidentVote?.rawValue
        secretBallot = vote?.secretBallot
    }
}

extension SessionFacts {
    /// A séance's attendance (loaded) with one deliberation's vote.
    init(seance: Seance, vote: VoteTally) {
        self.init(membersInOffice: seance.membersInOffice,
                  attendance: seance.orderedAttendances.map(\.entry), vote: vote,
                  convocationDate: seance.convokedOn.flatMap({ CivilDate($0) }),
                  secondConvocation: seance.secondConvocation,
                  declaredPresent: seance.declaredPresent, declaredRepresented: seance.declaredRepresented,
                  declaredVoters: seance.declaredVoters)
    }
}

/// A deliberation read from a document (`DocumentParser`), as the engine sees it.
struct ParsedSession: Sendable {
    let facts: SessionFacts
    let sessionDate: CivilDate

    /// The register prints the attendance list and "à l'unanimité" but no vote detail:
    /// a unanimous vote is every votant voting pour; anything else cannot be rebuilt.
    init(_ parsed: ParsedDeliberation, sessionDate override: CivilDate? = nil) throws(AppError) {
        guard let date = override ?? parsed.sessionDate.flatMap({ CivilDate($0) }) else {
            throw .invalidInput("La délibération n° \(parsed.number) n'indique pas de date de séance lisible ; "
                + "précisez-la avec --session-date AAAA-MM-JJ.")
        }
        let attendance = Self.attendance(parsed)
        guard !attendance.isEmpty else {
            throw .invalidInput("La délibération n° \(parsed.number) ne contient pas de liste de présence.")
        }
        guard parsed.unanimous else {
            throw .invalidInput("La délibération n° \(parsed.number) ne détaille pas le vote : "
                + "seul un vote à l'unanimité peut être reconstitué depuis le document.")
        }
        let voters = attendance.filter {
            if case .excused = $0.status { return false }
            if case .absent = $0.status { return false }
            return true
        }.count
        facts = SessionFacts(membersInOffice: parsed.membersInOffice ?? attendance.count, attendance: attendance,
                             vote: VoteTally(pour: voters), convocationDate: parsed.convokedOn.flatMap({ CivilDate($0) }),
                             declaredPresent: parsed.present, declaredVoters: parsed.voters)
        sessionDate = date
    }

    /// Register order: présents, procurations, remplacés, excusés.
    static func attendance(_ parsed: ParsedDeliberation) -> [AttendanceEntry] {
        parsed.presentMembers.map { AttendanceEntry(member: $0, status: .present) }
            + parsed.proxies.map { AttendanceEntry(member: $0.from, status: .proxyGiven(to: $0.to)) }
            + parsed.substitutes.map { AttendanceEntry(member: $0.member, status: .replacedBySubstitute($0.substitute)) }
            + parsed.excused.map { AttendanceEntry(member: $0, status: .excused) }
    }
}
