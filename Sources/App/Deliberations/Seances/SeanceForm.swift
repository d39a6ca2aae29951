import CTGCore
import Vapor

/// What the séance form posts. One row per titulaire in office:
/// `rows[0][member]=12&rows[0][status]=proxy&rows[0][holder]=7`.
struct SeanceForm: Content {
    struct Row: Content {
        var member: String?
        var status: String?
        var holder: String?
    }

    var date: String?
    var time: String?
    var place: String?
    var convokedOn: String?
    var president: String?
    var secretary: String?
    var secondConvocation: String?
    var declaredPresent: String?
    var declaredRepresented: String?
    var declaredVoters: String?
    var rows: [Row]?
}

/// A séance read from the form, its attendance resolved against the council.
struct SeanceDraft {
    struct Line {
        var memberID: Int?
        var name: String
        var status: SeanceAttendance.Status
        var other: String?
    }

    var date: CivilDate
    var time: String?
    var place: String?
    var convokedOn: CivilDate?
    var president: String?
    var secretary: String?
    var secondConvocation: Bool
    var declaredPresent: Int?
    var declaredRepresented: Int?
    var declaredVoters: Int?
    var membersInOffice: Int
    var lines: [Line]

    func facts(vote: VoteTally) -> SessionFacts {
        SessionFacts(membersInOffice: membersInOffice,
                     attendance: lines.map { AttendanceEntry(member: $0.name, status: SeanceAttendance.legalStatus($0.status, other: $0.other)) },
                     vote: vote, convocationDate: convokedOn, secondConvocation: secondConvocation,
                     declaredPresent: declaredPresent, declaredRepresented: declaredRepresented, declaredVoters: declaredVoters)
    }

    /// The engine's refusals. Without a vote the vote checks are left out: the agenda
    /// item is still a projet, and its vote is checked when it is recorded.
    func issues(vote: VoteTally?) -> [String] {
        if let vote {
            return SessionValidation.validate(facts: facts(vote: vote), sessionDate: date)
        }
        return SessionValidation.issues(facts: facts(vote: VoteTally(pour: 0)), sessionDate: date,
                                        ruleSet: RuleBook.ruleSet(on: date))
            .filter { $0.kind != .vote }.map(\.message)
    }
}

extension RegisterFormFields {
    /// Reads the form; nil when the date is missing or wrong (nothing else can be judged then).
    mutating func seance(_ form: SeanceForm, roster: CouncilRoster) -> SeanceDraft? {
        let day = date(form.date, "Date de la séance", required: true)
        let draft = SeanceDraft(
            date: day ?? CivilDate(dayNumber: 0), time: time(form.time, "Heure"), place: text(form.place),
            convokedOn: date(form.convokedOn, "Date de convocation"), president: text(form.president),
            secretary: text(form.secretary), secondConvocation: text(form.secondConvocation) != nil,
            declaredPresent: count(form.declaredPresent, "Présents"),
            declaredRepresented: count(form.declaredRepresented, "Représentés"),
            declaredVoters: count(form.declaredVoters, "Votants"),
            membersInOffice: day.map { roster.titulaires(inOfficeOn: $0).count } ?? 0,
            lines: (form.rows ?? []).compactMap { attendanceLine($0, roster: roster) })
        return day == nil ? nil : draft
    }

    private mutating func attendanceLine(_ row: SeanceForm.Row, roster: CouncilRoster) -> SeanceDraft.Line? {
        guard let id = text(row.member).flatMap(Int.init), let member = roster.member(id: id),
              member.role == .titulaire else {
            fail("Une ligne de la liste d'émargement désigne un conseiller inconnu (« \(row.member ?? "") »).")
            return nil
        }
        guard let status = text(row.status).flatMap(SeanceAttendance.Status.init(rawValue:)) else {
            fail("Choisissez la présence de \(member.name).")
            return nil
        }
        switch status {
        case .proxy:
            // An unknown or missing holder is left blank: the engine names the defect.
            let holder = text(row.holder).flatMap(Int.init).flatMap(roster.member(id:))
            return .init(memberID: id, name: member.name, status: status, other: holder?.name ?? "")
        case .substitute:
            guard let suppleant = roster.suppleant(of: member) else {
                fail("\(member.name) n'a pas de suppléant désigné : enregistrez-le dans la composition du conseil.")
                return nil
            }
            return .init(memberID: id, name: member.name, status: status, other: suppleant.name)
        default:
            return .init(memberID: id, name: member.name, status: status, other: nil)
        }
    }
}
