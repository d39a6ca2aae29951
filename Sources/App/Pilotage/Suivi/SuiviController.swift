import CTGCore
import Fluent
import Vapor

/// `/suivi`: every sous-action with its status, filterable by axe, organisation,
/// status, year and financeur; `/suivi.csv`: the same filtered rows for a spreadsheet.
struct SuiviPage: Encodable {
    struct Option: Encodable {
        var value: String
        var label: String
        var selected: Bool
    }

    var layout: Layout
    var conventionTitle: String
    /// Set only when the page shows an older convention: the filter form then keeps it.
    var conventionID: Int?
    /// "situation au 3 mars 2024", or the final one once the convention has ended.
    var asOf: String
    var axes: [Option]
    var organisations: [Option]
    var statuses: [Option]
    var years: [Option]
    var financeurs: [Option]
    var rows: [SuiviRow]
    var total: Int
    var summary: String
    var formAction: String
    var csvHref: String
    var resetHref: String
    var ganttHref: String
    var financeursHref: String
    var weightsHref: String?
    /// The year an in-place status change is recorded for: this year, or the last one once ended.
    var statusYear: Int = 0
    /// The coordinateur's form for the planned years of every sous-action at once.
    var calendarHref: String? = nil
    var notice: String? = nil
}

enum SuiviController {
    static func register(on app: Application) {
        let readers = app.signedIn()
        readers.get(.suivi, use: show)
        readers.get(.suiviCSV, use: csv)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (filter, tree, all, followUp) = try await load(req)
        let parsed = try filter.parse()
        let scope = try await req.territoryScope()
        let rows = try await SuiviInPlace.withStatusForms(all.filter(parsed.matches), req: req, tree: tree, scope: scope)
        let option = { (value: String, label: String, current: String?) in
            SuiviPage.Option(value: value, label: label, selected: value == (current ?? ""))
        }
        let any = { (label: String) in SuiviPage.Option(value: "", label: label, selected: false) }
        let organisations = Set(all.flatMap(\.organisations)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        let financeurs = Set(all.flatMap(\.financeurs)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        let page = SuiviPage(
            layout: Layout(title: "Suivi des sous-actions", scope: scope), conventionTitle: tree.convention.title,
            conventionID: scope.ref.convention,
            asOf: try req.life(of: tree.convention).situation(on: followUp.today.frenchDescription),
            axes: [any("Tous les axes")] + tree.axes.map { option(String($0.number), "Axe \($0.number)" + ($0.title.map { " — \($0)" } ?? ""), parsed.axe.map(String.init)) },
            organisations: [any("Toutes")] + organisations.map { option($0, $0, parsed.organisation) },
            statuses: [any("Tous les statuts")] + SubActionStatus.allCases.map { option($0.rawValue, $0.label, parsed.status?.rawValue) },
            years: [any("Toutes les années")] + tree.convention.years.map { option(String($0), String($0), parsed.year.map(String.init)) },
            financeurs: [any("Tous")] + financeurs.map { option($0, $0, parsed.financeur) },
            rows: rows, total: all.count,
            summary: rows.count == all.count ? "\(all.count) sous-actions."
                : "\(FrenchFormat.plural(rows.count, "sous-action affichée", "sous-actions affichées")) sur \(all.count).",
            formAction: TerritoryRef(slug: scope.ref.slug).path(.suivi),
            csvHref: TerritoryRef(slug: scope.ref.slug).path(.suiviCSV) + filter.withConvention(scope.ref.convention).queryString,
            resetHref: scope.path(.suivi), ganttHref: scope.path(.gantt), financeursHref: scope.path(.financeurs),
            weightsHref: req.currentUser?.role == .coordinateur ? scope.path(.suiviWeights) : nil)
        var shown = page
        shown.statusYear = try req.life(of: tree.convention).referenceYear
        shown.calendarHref = shown.weightsHref == nil ? nil : scope.path(.calendarBulk)
        shown.notice = req.query[String.self, at: "enregistre"] == "statut" ? "Statut enregistré." : nil
        return try await req.view.render("suivi", shown)
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let (filter, _, all, followUp) = try await load(req)
        let parsed = try filter.parse()
        let data = try CSVExport.render(header: SuiviTable.csvHeader, rows: all.filter(parsed.matches).map(SuiviTable.csvRow))
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition,
                                      value: "attachment; filename=\"suivi-sous-actions-\(followUp.today).csv\"")
        return response
    }

    /// Filters, plan, every row and the follow-up, for the signed-in user's territory only.
    private static func load(_ req: Request) async throws -> (SuiviFilter, PlanTree, [SuiviRow], PlanFollowUp) {
        let filter = try req.query.decode(SuiviFilter.self)
        let conventionID = try await req.userConventionID()
        let (tree, followUp) = try await PlanFollowUp.load(conventionID: conventionID, on: req.db, today: req.pilotageToday)
        let names = try await SuiviTable.organisationNames(territoryID: try tree.territory.requireID(), on: req.db)
        return (filter, tree, SuiviTable.rows(tree: tree, followUp: followUp, organisationNames: names), followUp)
    }
}

extension SuiviFilter {
    func withConvention(_ id: Int?) -> SuiviFilter {
        var copy = self
        copy.convention = id
        return copy
    }
}
