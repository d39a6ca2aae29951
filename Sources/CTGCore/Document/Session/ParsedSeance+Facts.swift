/// A deliberation of a read séance, as the legality engine takes it. The lists are
/// the reference, as on the register: a suppléant sits for the member he replaces,
/// and a member who gave a proxy is not also counted as excused or absent.
extension ParsedSeance {
    public enum FactsError: Error, Equatable, Sendable {
        case noVote
        case noAttendance
    }

    /// One line per titulaire, in register order: présents, procurations, remplacés, excusés, absents.
    public var attendance: [AttendanceEntry] {
        let substitutesSitting = Set(substitutes.map(\.substitute))
        // A member who gave a proxy or sent a suppléant is listed among the excusés too: one line each.
        let accounted = Set(proxies.map(\.from) + substitutes.map(\.member))
        var attendance = present.filter { !substitutesSitting.contains($0) }
            .map { AttendanceEntry(member: $0, status: .present) }
        attendance += proxies.map { AttendanceEntry(member: $0.from, status: .proxyGiven(to: $0.to)) }
        attendance += substitutes.map { AttendanceEntry(member: $0.member, status: .replacedBySubstitute($0.substitute)) }
        attendance += excused.filter { !accounted.contains($0) }.map { AttendanceEntry(member: $0, status: .excused) }
        attendance += absent.filter { !accounted.contains($0) }.map { AttendanceEntry(member: $0, status: .absent) }
        return attendance
    }

    public func facts(for item: Item) -> Result<SessionFacts, FactsError> {
        guard let vote = item.vote else { return .failure(.noVote) }
        let attendance = self.attendance
        guard !attendance.isEmpty else { return .failure(.noAttendance) }

        let voters = present.count + proxies.count
        let tally: VoteTally
        if vote.inFavour != nil || vote.against != nil || vote.abstentions != nil {
            tally = VoteTally(pour: vote.inFavour ?? 0, contre: vote.against ?? 0, abstentions: vote.abstentions ?? 0,
                              nePrendPasPart: vote.notVoting.count)
        } else {
            // "À l'unanimité" with no figures: every votant who took part voted pour.
            tally = VoteTally(pour: max(0, voters - vote.notVoting.count), nePrendPasPart: vote.notVoting.count)
        }
        let stated = { (field: String, value: Int?) in counts.computedFromLists.contains(field) ? nil : value }
        return .success(SessionFacts(
            membersInOffice: counts.membersInOffice ?? attendance.count, attendance: attendance, vote: tally,
            convocationDate: convokedOn.flatMap { CivilDate($0) },
            declaredPresent: stated("présents", counts.present), declaredRepresented: stated("pouvoirs", counts.represented),
            declaredVoters: stated("votants", counts.voters)))
    }
}
