import CTGCore
import Vapor

struct RegisterOption: Encodable {
    var value: String
    var label: String
    var selected: Bool

    /// The president's casting vote, which decides a tie (CGCT L2121-20).
    static func presidentVotes(selected: String) -> [RegisterOption] {
        let choices: [(PresidentVote, String)] = [(.pour, "Pour"), (.contre, "Contre"), (.abstention, "Abstention")]
        return [RegisterOption(value: "", label: "—", selected: selected.isEmpty)]
            + choices.map { RegisterOption(value: $0.0.rawValue, label: $0.1, selected: $0.0.rawValue == selected) }
    }
}

/// The séance form: header fields, one attendance row per titulaire, the first agenda item.
/// Rebuilt from the posted values when the entry is refused, so nothing typed is lost.
struct SeanceFormPage: Encodable {
    struct Row: Encodable {
        var index: Int
        var memberID: Int
        var name: String
        var commune: String?
        var suppleant: String?
        var statuses: [RegisterOption]
        var holders: [RegisterOption]
    }

    var layout: Layout
    var action: String
    var councilHref: String
    var errors: [String]
    var form: SeanceForm
    var item: AgendaItemForm
    var secondConvocation: Bool
    var secretBallot: Bool
    var rows: [Row]
    var memberNames: [String]
    var presidentVotes: [RegisterOption]
    /// Set on the correction page only: the stored roll call the form starts from, the séance, its title.
    var basis: String? = nil
    var seanceHref: String? = nil
    var heading: String? = nil

    static func build(req: Request, roster: CouncilRoster, form: SeanceForm = SeanceForm(),
                      item: AgendaItemForm = AgendaItemForm(), errors: [String] = []) async throws -> SeanceFormPage {
        let scope = try await req.territoryScope()
        let posted = Dictionary((form.rows ?? []).compactMap { row in row.member.map { ($0, row) } },
                                uniquingKeysWith: { first, _ in first })
        let holders = roster.members.filter { $0.role == .titulaire || $0.$titulaire.id != nil }
        let rows = roster.titulaires.filter { isCurrent($0, form: form) }.enumerated().map { index, member in
            let id = member.id ?? 0
            let row = posted[String(id)]
            let status = row?.status ?? SeanceAttendance.Status.present.rawValue
            return Row(index: index, memberID: id, name: member.name, commune: member.commune,
                       suppleant: roster.suppleant(of: member)?.name,
                       statuses: SeanceAttendance.Status.allCases.map {
                           RegisterOption(value: $0.rawValue, label: $0.label, selected: $0.rawValue == status)
                       },
                       holders: [RegisterOption(value: "", label: "—", selected: (row?.holder ?? "").isEmpty)]
                           + holders.filter { $0.id != member.id }.map {
                               RegisterOption(value: String($0.id ?? 0), label: $0.name, selected: row?.holder == String($0.id ?? 0))
                           })
        }
        let president = item.presidentVote ?? ""
        return SeanceFormPage(
            layout: req.layout(title: "Nouvelle séance"), action: scope.path(.seances),
            councilHref: scope.path(.council), errors: errors, form: form, item: item,
            secondConvocation: form.secondConvocation != nil, secretBallot: item.secretBallot != nil,
            rows: rows, memberNames: roster.members.map(\.name),
            presidentVotes: RegisterOption.presidentVotes(selected: president))
    }

    /// Titulaires in office on the séance date typed so far, or today when none is typed yet.
    private static func isCurrent(_ member: CouncilMember, form: SeanceForm) -> Bool {
        let day = form.date.flatMap(RegisterFormFields.parseDate) ?? CivilDate.todayInParis
        return member.inOffice(on: day)
    }
}

extension CivilDate {
    /// Today in France, where the councils sit.
    static var todayInParis: CivilDate { todayInParis(Date()) }

    static func todayInParis(_ now: Date) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CivilDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
    }
}
