import CTGCore
import Fluent
import Vapor

/// `/bilan/{year}` and its print version and exports, for every signed-in role
/// (the CAF lecteur reads and exports). Built at once on the server: the page
/// says so rather than showing a progress bar it would not need.
enum BilanController {
    @Sendable static func index(req: Request) async throws -> Response {
        let convention = try await req.requireTerritory(conventionID: try await req.userConventionID())
        let year = min(max(req.pilotageToday.year, convention.startYear), convention.endYear)
        return req.redirect(to: try await links(req, year: year, convention: convention).screen, redirectType: .normal)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (source, year) = try await load(req)
        let document = BilanDocument.build(source: source, year: year, today: req.pilotageToday)
        let page = BilanScreenPage(layout: req.layout(title: "Bilan annuel \(year)"), document: document,
                                   links: try await links(req, year: year, convention: source.convention))
        return try await req.view.render("bilan", page)
    }

    @Sendable static func printable(req: Request) async throws -> View {
        let (source, year) = try await load(req)
        let document = BilanDocument.build(source: source, year: year, today: req.pilotageToday)
        let page = BilanPrintPage(document: document, stylesheet: SiteURL.stylesheet.path, inlineCSS: nil,
                                  screenLinks: try await links(req, year: year, convention: source.convention))
        return try await req.view.render("bilan-document", page)
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let (source, year) = try await load(req)
        return ExportController.download(try BilanExport.csv(source: source, year: year),
                                         filename: "bilan-\(year).csv", type: "text/csv; charset=utf-8")
    }

    /// The PDF made on the server, so that its table of contents carries exact page numbers.
    @Sendable static func pdf(req: Request) async throws -> Response {
        let (source, year) = try await load(req)
        let document = BilanDocument.build(source: source, year: year, today: req.pilotageToday)
        let output = BilanPDF.render(document, source: source)
        let response = ExportController.download(Data(output.pdf), filename: BilanPDF.filename(document), type: "application/pdf")
        response.headers.replaceOrAdd(name: .contentDisposition, value: BilanPDF.contentDisposition(document))
        return response
    }

    @Sendable static func json(req: Request) async throws -> Response {
        let (source, year) = try await load(req)
        return ExportController.download(try BilanExport.json(source: source, year: year), filename: "bilan-\(year).json",
                                         type: "application/json; charset=utf-8")
    }

    /// The user's convention (checked against their territory) and a year it covers; French 400/404 otherwise.
    static func load(_ req: Request) async throws -> (BilanSource, Int) {
        let convention = try await req.requireTerritory(conventionID: try await req.userConventionID())
        let year = try BilanSource.year(req.parameters.get("year"), convention: convention)
        let source = try await BilanSource.load(conventionID: try convention.requireID(), currentYear: req.pilotageToday.year,
                                                sources: req.application.computedSources, on: req.db)
        return (source, year)
    }

    /// The territory reference keeps `?convention=` on every link when the page was opened with it.
    static func links(_ req: Request, year: Int, convention: Convention) async throws -> BilanLinks {
        let scope = try await req.territoryScope()
        return BilanLinks(screen: scope.path(.bilan(year: year)), print: scope.path(.bilanPrint(year: year)),
                          csv: scope.path(.bilanCSV(year: year)), pdf: scope.path(.bilanPDF(year: year)), printStylesheet: scope.path(.printStylesheet), json: scope.path(.bilanJSON(year: year)),
                          years: convention.years.map {
                              FormOption(value: scope.path(.bilan(year: $0)), label: String($0), selected: $0 == year)
                          })
    }
}

/// Context of `bilan.leaf`: the site layout around the document, with the year links and exports.
struct BilanScreenPage: Encodable {
    var layout: Layout
    var document: BilanDocument
    var links: BilanLinks
}

enum BilanRoutes {
    static func register(on app: Application) {
        let signedIn = app.signedIn()
        signedIn.get(.bilanIndex, use: BilanController.index)
        signedIn.get(.bilan(year: 0), use: BilanController.show)
        signedIn.get(.bilanPrint(year: 0), use: BilanController.printable)
        signedIn.get(.bilanCSV(year: 0), use: BilanController.csv)
        signedIn.get(.bilanJSON(year: 0), use: BilanController.json)
        signedIn.get(.bilanPDF(year: 0), use: BilanController.pdf)
        app.get(.printStylesheet, use: PrintStylesheet.show)
    }
}
