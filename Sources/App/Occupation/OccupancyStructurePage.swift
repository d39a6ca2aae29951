import CTGCore
import Vapor

/// The page of one structure's occupancy: figures for everyone who reads the territory,
/// the three forms for its managers.
enum OccupancyStructurePage {
    /// What a refused form sends back: the values typed and the French messages.
    struct FormState {
        var agrementText: String?
        var agrementErrors: [String] = []
        var csv: String?
        var importErrors: [String] = []
        var hours: OccupancyStructureController.HoursForm?
        var hoursErrors: [String] = []
    }

    struct Column: Encodable { var name: String; var help: String }

    struct Page: Encodable {
        var layout: Layout
        var name: String
        var kind: String
        var commune: String
        var isDemo: Bool
        var homeHref: String
        var year: Int
        var years: [OccupancyController.YearLink]
        var total: OccupancyRow
        var tables: [OccupancyTable]
        var heatmap: String
        var chart: String
        var canEdit: Bool
        var hasAgrement: Bool
        var agrementText: String
        var agrementAction: String
        var agrementErrors: [String]
        var importAction: String
        var importErrors: [String]
        var csv: String
        var columns: [Column]
        var hoursAction: String
        var hoursErrors: [String]
        var hoursMonth: String
        var hoursRealised: String
        var hoursBilled: String
    }

    static func render(_ req: Request, _ structure: Structure, _ state: FormState = FormState()) async throws -> View {
        let scope = try await req.territoryScope()
        let id = try structure.requireID()
        let year = try? req.query.get(Int.self, at: "annee")
        let report = try await OccupancyReport.load(territoryID: scope.territoryID, year: year, structureID: id, on: req.db)
        let agrement = try await OccupancyAccess.agrement(structureIDs: [id], on: req.db)[id] ?? Agrement(slots: [])
        let here = scope.path(.occupancy(.structure(id: id)))
        return try await req.view.render("occupation-structure", Page(
            layout: req.layout(title: "Occupation de « \(structure.name) »"),
            name: structure.name, kind: structure.structureKind.label, commune: structure.commune, isDemo: structure.isDemo,
            homeHref: scope.path(.occupancy(.home)), year: report.year,
            years: report.years.map { .init(year: $0, href: here + "?annee=\($0)", current: $0 == report.year) },
            total: OccupancyRow(label: "Année \(report.year)", report.rates.year(report.year, structure: id)),
            tables: OccupancyTable.both(report, structure: id, subject: "de la structure"),
            heatmap: OccupancyHeatmap.svg(rates: report.heatmap(structure: id), year: report.year,
                                          title: "Taux d'occupation de « \(structure.name) » par jour et par mois, \(report.year)"),
            chart: OccupancyLineChart.svg(rates: report.monthly(structure: id), year: report.year,
                                          threshold: OccupancyController.defaultThreshold,
                                          title: "Taux d'occupation mensuel de « \(structure.name) » en \(report.year)"),
            canEdit: OccupancyAccess.canEdit(req.currentUser, structure), hasAgrement: !agrement.slots.isEmpty,
            agrementText: state.agrementText ?? AgrementText.write(agrement),
            agrementAction: scope.path(.occupancy(.agrement(structureID: id))), agrementErrors: state.agrementErrors,
            importAction: scope.path(.occupancy(.attendance(structureID: id))), importErrors: state.importErrors,
            csv: state.csv ?? "", columns: AttendanceSheet.columns.map { Column(name: $0.name, help: $0.help) },
            hoursAction: scope.path(.occupancy(.hours(structureID: id))), hoursErrors: state.hoursErrors,
            hoursMonth: state.hours?.month ?? "", hoursRealised: state.hours?.realised ?? "",
            hoursBilled: state.hours?.billed ?? ""))
    }
}
