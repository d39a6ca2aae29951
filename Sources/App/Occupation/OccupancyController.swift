import CTGCore
import Vapor

/// `/{territoire}/occupation`: the taux d'occupation of the territory's crèches (fiche 1-1-1),
/// with the heatmap, one chart per structure and the structures under the alert threshold.
enum OccupancyController {
    static let defaultThreshold = 75.0

    struct Query: Content {
        var annee: Int?
        var seuil: String?
    }

    struct StructureRow: Encodable {
        var name: String
        var href: String
        var kind: String
        var isDemo: Bool
        var realisedRate: String
        var billedRate: String
        var below: Bool
        var measured: Bool
        var chart: String
    }

    struct YearLink: Encodable { var year: Int; var href: String; var current: Bool }
    typealias Option = AdminUsersPage.Option

    struct Page: Encodable {
        var layout: Layout
        var year: Int
        var years: [YearLink]
        var threshold: String
        var thresholdInput: String
        var thresholdError: String?
        var action: String
        var territory: OccupancyRow
        var tables: [OccupancyTable]
        var heatmap: String
        var structures: [StructureRow]
        var alerts: [StructureRow]
    }

    static func register(on app: Application) {
        // Registered with the routes, before the first request: fiche 1-1-1's indicator reads it.
        app.computedSources.provide("occupancy.rate", with: OccupancyRateProvider())
        let signedIn = app.signedIn()
        signedIn.get(.occupancy(.home), use: show)
        OccupancyStructureController.register(on: signedIn)
    }

    /// The threshold of `?seuil=`, in points: a number from 1 to 100, "75" or "72,5".
    static func threshold(_ raw: String?) -> (value: Double, error: String?) {
        guard let raw, !raw.trimmingCharacters(in: .whitespaces).isEmpty else { return (defaultThreshold, nil) }
        let cleaned = raw.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "")
            .trimmingCharacters(in: .whitespaces)
        guard let value = Double(cleaned), value >= 1, value <= 100 else {
            return (defaultThreshold, "Le seuil « \(raw) » doit être un pourcentage entre 1 et 100 : le seuil de 75 % est appliqué.")
        }
        return (value, nil)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let query = try req.query.decode(Query.self)
        let (limit, limitError) = threshold(query.seuil)
        let report = try await OccupancyReport.load(territoryID: scope.territoryID, year: query.annee, on: req.db)
        let home = scope.path(.occupancy(.home))
        let rows = report.structures.map { structure -> StructureRow in
            let id = structure.id ?? 0
            let total = report.rates.year(report.year, structure: id)
            return StructureRow(
                name: structure.name, href: scope.path(.occupancy(.structure(id: id))), kind: structure.structureKind.label,
                isDemo: structure.isDemo, realisedRate: total.realisedRate.map { PilotageFormat.percent($0) } ?? "non mesuré",
                billedRate: total.billedRate.map { PilotageFormat.percent($0) } ?? "—",
                below: (total.realisedRate ?? 100) < limit, measured: total.realisedRate != nil,
                chart: OccupancyLineChart.svg(rates: report.monthly(structure: id), year: report.year, threshold: limit,
                                              title: "Taux d'occupation mensuel de « \(structure.name) » en \(report.year)",
                                              idPrefix: "chart-\(id)"))
        }
        return try await req.view.render("occupation", Page(
            layout: req.layout(title: "Taux d'occupation des structures petite enfance"),
            year: report.year,
            years: report.years.map { YearLink(year: $0, href: home + "?annee=\($0)", current: $0 == report.year) },
            threshold: PilotageFormat.percent(limit), thresholdInput: PilotageFormat.number(limit),
            thresholdError: limitError, action: home,
            territory: OccupancyRow(label: "Territoire, \(report.year)", report.rates.year(report.year)),
            tables: OccupancyTable.both(report, subject: "du territoire"),
            heatmap: OccupancyHeatmap.svg(rates: report.heatmap(), year: report.year,
                                          title: "Taux d'occupation du territoire par jour et par mois, \(report.year)"),
            structures: rows, alerts: rows.filter(\.below)))
    }
}
