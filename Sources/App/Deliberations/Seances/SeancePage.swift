import CTGCore
import Fluent
import Vapor

/// One séance: its facts, attendance, counts, and the deliberations on its agenda.
struct SeancePage: Encodable {
    struct AgendaRow: Encodable {
        var number: String
        var subject: String
        var href: String
        var outcome: String
        var badge: String?
        /// « Annulée — motif », for the coordinateur only (the public agenda leaves it out).
        var cancelled: String?
    }

    var layout: Layout
    var date: String
    var time: String?
    var place: String?
    var convokedOn: String?
    var president: String?
    var secretary: String?
    var secondConvocation: Bool
    var counts: SeanceCounts
    var attendance: AttendanceLists
    var agenda: [AgendaRow]
    var canEdit: Bool
    /// The correction and agenda forms: a coordinateur's, on a séance that is not cancelled.
    var editable: Bool
    var action: String
    var correctHref: String
    var errors: [String]
    var item: AgendaItemForm
    var secretBallot: Bool
    var presidentVotes: [RegisterOption]
    /// The procès-verbal and other files (issue 13, « Fichiers »).
    var files: AttachmentLinks
    var cancellation: CancellationView?

    static func build(req: Request, seance: Seance, territory: Territory, item: AgendaItemForm = AgendaItemForm(),
                      errors: [String] = []) async throws -> SeancePage {
        let scope = try await req.territoryScope()
        let settings = try await RegisterSettings.forTerritory(territory, on: req.db)
        let canEdit = DeliberationsAdmin.canEdit(req, territoryID: territory.id)
        let query = Deliberation.query(on: req.db).filter(\.$seanceID == (try seance.requireID()))
        if !canEdit { query.filter(\.$cancelledAt == nil) }
        let rows = try await query.sort(\.$agendaPosition).sort(\.$number).all()
        let agenda = rows.map { row in
            let check = RegisterEntry(deliberation: row, seance: seance, settings: settings).check()
            return AgendaRow(number: row.number, subject: row.subject, href: scope.path(.deliberation(number: row.number)),
                             outcome: check.map { VerdictView.outcome($0) } ?? "Projet (vote non enregistré)",
                             badge: check.map { $0.valid ? "ok" : "ko" }, cancelled: row.cancellationNote())
        }
        let date = FrenchFormat.date(seance.sessionDate) ?? seance.sessionDate
        let files = try await AttachmentLinks.load(.init(kind: .seance, id: try seance.requireID()), scope: scope, req: req)
        return SeancePage(
            layout: canEdit ? req.layout(title: "Séance du \(date)") : Layout(title: "Séance du \(date)", scope: try await req.territoryScope()),
            date: date, time: FrenchFormat.time(seance.sessionTime), place: seance.place,
            convokedOn: FrenchFormat.date(seance.convokedOn), president: seance.president, secretary: seance.secretary,
            secondConvocation: seance.secondConvocation, counts: SeanceCounts(seance),
            attendance: AttendanceLists(seance), agenda: agenda, canEdit: canEdit,
            editable: canEdit && !seance.isCancelled,
            action: scope.path(.seanceAgenda(id: seance.id ?? 0)),
            correctHref: scope.path(.seanceAttendance(id: seance.id ?? 0)), errors: errors, item: item,
            secretBallot: item.secretBallot != nil,
            presidentVotes: RegisterOption.presidentVotes(selected: item.presidentVote ?? ""),
            files: files,
            cancellation: CancellationView.seance(seance, scope: scope, canEdit: canEdit))
    }
}

/// The counts printed on a register, from the attendance list.
struct SeanceCounts: Encodable {
    var membersInOffice: Int
    var present: Int
    var sittingSubstitutes: Int
    var represented: Int
    var voters: Int
    var excused: Int
    var absent: Int

    init(_ seance: Seance) {
        let tally = SessionTally(facts: SessionFacts(seance: seance, vote: VoteTally(pour: 0)))
        membersInOffice = seance.membersInOffice
        present = tally.present
        sittingSubstitutes = tally.sittingSubstitutes
        represented = tally.represented
        voters = tally.voters
        excused = tally.excused
        absent = tally.absent
    }
}

/// The attendance in the register's order and wording.
struct AttendanceLists: Encodable {
    struct Pair: Encodable { var member: String; var other: String }
    var present: [String] = []
    var proxies: [Pair] = []
    var substitutes: [Pair] = []
    var excused: [String] = []
    var absent: [String] = []

    init(_ seance: Seance) {
        for line in seance.orderedAttendances {
            switch line.status {
            case .present: present.append(line.memberName)
            case .proxy: proxies.append(Pair(member: line.memberName, other: line.otherName ?? ""))
            case .substitute: substitutes.append(Pair(member: line.memberName, other: line.otherName ?? ""))
            case .excused: excused.append(line.memberName)
            case .absent: absent.append(line.memberName)
            }
        }
    }

    /// The lists of a deliberation imported without a séance (the register transcription).
    init(parsed: ParsedDeliberation) {
        present = parsed.presentMembers
        proxies = parsed.proxies.map { Pair(member: $0.from, other: $0.to) }
        substitutes = parsed.substitutes.map { Pair(member: $0.member, other: $0.substitute) }
        excused = parsed.excused
    }
}
