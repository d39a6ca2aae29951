import CTGCore
import Vapor

/// The council of the coordinateur's territory, its forms and the register settings.
struct CouncilPage: Encodable {
    struct MemberRow: Encodable {
        var name: String
        var commune: String?
        var role: String
        var link: String?
        var mandate: String
        var removeAction: String
    }
    struct Column: Encodable { var name: String; var help: String }

    var layout: Layout
    var territory: String
    var siren: String
    var titulaires: Int
    var inOfficeToday: Int
    var members: [MemberRow]
    var titulaireOptions: [RegisterOption]
    var roles: [RegisterOption]
    var member: CouncilController.MemberForm
    var memberErrors: [String]
    var memberAction: String
    var columns: [Column]
    var csv: String
    var importErrors: [String]
    var importAction: String
    var settings: CouncilController.SettingsForm
    var ownTaxation: Bool
    var settingsErrors: [String]
    var settingsAction: String
    var seancesHref: String

    static func build(req: Request, member: CouncilController.MemberForm? = nil, memberErrors: [String] = [],
                      csv: String? = nil, importErrors: [String] = [],
                      settings: CouncilController.SettingsForm? = nil, settingsErrors: [String] = []) async throws -> CouncilPage {
        let scope = try await req.territoryScope()
        let territory = try await DeliberationsAdmin.territory(for: req)
        let roster = try await CouncilRoster.load(territoryID: territory.requireID(), on: req.db)
        let stored = try await RegisterSettings.forTerritory(territory, on: req.db)
        let rows = roster.titulaires.flatMap { titulaire in
            [row(titulaire, link: roster.suppleant(of: titulaire).map { "Suppléant : \($0.name)" }, scope: scope)]
                + roster.suppleants.filter { $0.$titulaire.id == titulaire.id }.map { row($0, link: "Supplée \(titulaire.name)", scope: scope) }
        } + roster.suppleants.filter { $0.$titulaire.id == nil }.map { row($0, link: "Titulaire non désigné", scope: scope) }
        let settingsForm = settings ?? CouncilController.SettingsForm(
            officialName: stored.officialName, siret: stored.siret, prefId: stored.prefID,
            ownTaxation: stored.ownTaxation ? "1" : nil)
        let form = member ?? CouncilController.MemberForm()
        return CouncilPage(
            layout: req.layout(title: "Composition du conseil"), territory: territory.name, siren: territory.siren,
            titulaires: roster.titulaires.count, inOfficeToday: roster.titulaires(inOfficeOn: .todayInParis).count,
            members: rows,
            titulaireOptions: [RegisterOption(value: "", label: "—", selected: (form.titulaire ?? "").isEmpty)]
                + roster.titulaires.map { RegisterOption(value: String($0.id ?? 0), label: $0.name, selected: form.titulaire == String($0.id ?? 0)) },
            roles: CouncilMember.Role.allCases.map {
                RegisterOption(value: $0.rawValue, label: $0.label, selected: (form.role ?? "titulaire") == $0.rawValue)
            },
            member: form, memberErrors: memberErrors, memberAction: scope.path(.councilMembers),
            columns: CouncilCSV.columns.map { Column(name: $0.name, help: $0.help) }, csv: csv ?? "",
            importErrors: importErrors, importAction: scope.path(.councilImport),
            settings: settingsForm, ownTaxation: settingsForm.ownTaxation != nil, settingsErrors: settingsErrors,
            settingsAction: scope.path(.registerSettings), seancesHref: scope.path(.seances))
    }

    private static func row(_ member: CouncilMember, link: String?, scope: TerritoryScope) -> MemberRow {
        let start = member.mandateStart.flatMap({ CivilDate($0) })?.french
        let end = member.mandateEnd.flatMap({ CivilDate($0) })?.french
        let mandate = switch (start, end) {
        case let (s?, e?): "du \(s) au \(e)"
        case let (s?, nil): "depuis le \(s)"
        case let (nil, e?): "jusqu'au \(e)"
        case (nil, nil): "dates non renseignées"
        }
        return MemberRow(name: member.name, commune: member.commune, role: member.role.label, link: link,
                         mandate: mandate, removeAction: scope.path(.councilMemberRemoval(id: member.id ?? 0)))
    }
}
