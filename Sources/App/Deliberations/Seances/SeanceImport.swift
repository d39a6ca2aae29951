import CTGCore
import Fluent

/// Builds the council and the séance from an imported register page, so an imported
/// deliberation is judged like one entered by hand. Called by the importer inside its
/// transaction; importing the same document again rewrites the same rows.
enum SeanceImport {
    static func sync(_ parsed: ParsedDeliberation, deliberation: Deliberation, territoryID: Int,
                     on db: any Database) async throws {
        guard let date = parsed.sessionDate.flatMap({ CivilDate($0) }) else { return }
        let entries = ParsedSession.attendance(parsed)
        guard !entries.isEmpty else { return }
        let members = try await syncCouncil(members: entries.map(\.member), substitutes: parsed.substitutes,
                                            territoryID: territoryID, on: db)

        // One séance per day and hour: a council may sit twice the same day.
        let seance = try await Seance.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$sessionDate == date.description).filter(\.$sessionTime == parsed.sessionTime).first()
            ?? Seance(territoryID: territoryID, sessionDate: date.description,
                      membersInOffice: parsed.membersInOffice ?? entries.count)
        seance.sessionTime = parsed.sessionTime
        seance.place = parsed.place
        seance.convokedOn = parsed.convokedOn
        seance.president = parsed.president
        seance.secretary = parsed.secretary
        seance.membersInOffice = parsed.membersInOffice ?? entries.count
        seance.declaredPresent = parsed.present
        seance.declaredVoters = parsed.voters
        try await seance.save(on: db)
        let seanceID = try seance.requireID()
        try await SeanceAttendance.query(on: db).filter(\.$seance.$id == seanceID).delete()
        for (position, entry) in entries.enumerated() {
            let (status, other): (SeanceAttendance.Status, String?) = switch entry.status {
            case .present: (.present, nil)
            case .excused: (.excused, nil)
            case .absent: (.absent, nil)
            case .proxyGiven(let holder): (.proxy, holder)
            case .replacedBySubstitute(let substitute): (.substitute, substitute)
            }
            try await SeanceAttendance(seanceID: seanceID, memberID: members[CouncilEntry.key(entry.member)],
                                       memberName: entry.member, status: status, otherName: other,
                                       position: position).create(on: db)
        }
        try await seance.$attendances.load(on: db)
        // The register prints "à l'unanimité" without figures: every votant voted pour.
        if parsed.unanimous, deliberation.votePour == nil {
            let tally = SessionTally(facts: SessionFacts(seance: seance, vote: VoteTally(pour: 0)))
            deliberation.record(vote: VoteTally(pour: tally.voters))
        }
        deliberation.agendaPosition = deliberation.agendaPosition ?? 0
        deliberation.copy(seance)
        // Keep the figures as printed: the verdict compares them with the list, and the JSON
        // export must give back the document it came from.
        deliberation.presentCount = parsed.present ?? deliberation.presentCount
        deliberation.votersCount = parsed.voters ?? deliberation.votersCount
        deliberation.unanimous = parsed.unanimous
        try await deliberation.save(on: db)
    }

    /// Titulaires named on the register and the suppléants who sat; existing members are kept
    /// as entered (commune, mandate), matched by name. Returns member ids by folded name.
    static func syncCouncil(members names: [String], substitutes: [ParsedDeliberation.Substitute], territoryID: Int,
                            on db: any Database) async throws -> [String: Int] {
        var byKey: [String: CouncilMember] = [:]
        for member in try await CouncilMember.query(on: db).filter(\.$territory.$id == territoryID).all() {
            byKey[CouncilEntry.key(member.name)] = member
        }
        for name in names where byKey[CouncilEntry.key(name)] == nil {
            let member = CouncilMember(territoryID: territoryID, name: name, commune: nil, role: .titulaire)
            try await member.create(on: db)
            byKey[CouncilEntry.key(name)] = member
        }
        for pair in substitutes where byKey[CouncilEntry.key(pair.substitute)] == nil {
            let member = CouncilMember(territoryID: territoryID, name: pair.substitute, commune: nil, role: .suppleant,
                                       titulaireID: byKey[CouncilEntry.key(pair.member)]?.id)
            try await member.create(on: db)
            byKey[CouncilEntry.key(pair.substitute)] = member
        }
        return byKey.compactMapValues(\.id)
    }
}
