import CTGCore
import Fluent
import Vapor

/// The three outputs of a bilan, shared by the pages and `ctg bilan`.
enum BilanFormat: String, CaseIterable, Sendable {
    case html, csv, json, pdf
}

enum BilanExport {
    /// The bilan of `year` for a convention (the latest when nil), in `format`.
    /// - Parameter progress: receives French progress lines ("Bilan 2023 : axe 2/4…").
    static func render(_ format: BilanFormat, year rawYear: String, conventionID: Int?, territory: String? = nil,
                       app: Application, progress: (String) -> Void = { _ in }) async throws -> Data {
        let id = try await ConventionChoice.resolve(territory: territory, convention: conventionID, on: app.db)
        guard let convention = try await Convention.find(id, on: app.db) else {
            throw AppError.notFound("Aucune convention n° \(id).")
        }
        let year = try BilanSource.year(rawYear, convention: convention)
        let today = app.pilotageClock.today()
        progress("Bilan \(year) : chargement du plan, des statuts et des indicateurs…")
        let source = try await BilanSource.load(conventionID: id, currentYear: today.year,
                                                sources: app.computedSources, on: app.db)
        let data: Data
        switch format {
        case .json:
            data = try json(source: source, year: year)
        case .csv:
            data = try csv(source: source, year: year)
        case .pdf:
            let document = BilanDocument.build(source: source, year: year, today: today) { progress("Bilan \(year) : \($0)…") }
            data = Data(BilanPDF.render(document, source: source).pdf)
        case .html:
            let document = BilanDocument.build(source: source, year: year, today: today) { progress("Bilan \(year) : \($0)…") }
            let page = BilanPrintPage(document: document, stylesheet: nil, inlineCSS: stylesheet(app), screenLinks: nil)
            let view = try await app.view.render("bilan-document", page).get()
            data = Data(view.data.readableBytesView)
        }
        progress("Bilan \(year) : terminé (\(data.count) octets).")
        return data
    }

    static func json(source: BilanSource, year: Int) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let report = BilanBuilder.report(plan: source.snapshot, year: year)
        return try encoder.encode(BilanJSON(report: report, budget: .init(BilanBudget.parts(source.budget, year: year))))
    }

    static func csv(source: BilanSource, year: Int) throws -> Data {
        let report = BilanBuilder.report(plan: source.snapshot, year: year)
        let previous = source.years.contains(year - 1) ? BilanBuilder.report(plan: source.snapshot, year: year - 1) : nil
        return try BilanCSV.render(report: report, previous: previous, budget: BilanBudget.parts(source.budget, year: year))
    }

    /// The site's stylesheet, inlined so a saved HTML file prints the same away from the server.
    static func stylesheet(_ app: Application) -> String? {
        let path = app.directory.publicDirectory + "css/ctg.css"
        return (try? String(contentsOfFile: path, encoding: .utf8)).map { $0.replacingOccurrences(of: "</", with: "<\\/") }
    }
}

/// Context of `bilan-document.leaf`, the print layout: no navigation, the document only.
struct BilanPrintPage: Encodable {
    var document: BilanDocument
    /// Link to the stylesheet when served; nil when inlined.
    var stylesheet: String?
    var inlineCSS: String?
    /// Back to the screen version, on the served print page only (hidden when printing).
    var screenLinks: BilanLinks?
    /// CTG, territory and date in the margins of every printed page, inlined in the saved file
    /// (the served page links `PrintStylesheet`: the site's CSP refuses inline styles).
    var printPageRule: String?

    init(document: BilanDocument, stylesheet: String?, inlineCSS: String?, screenLinks: BilanLinks?) {
        self.document = document
        self.stylesheet = stylesheet
        self.inlineCSS = inlineCSS
        self.screenLinks = screenLinks
        printPageRule = PrintPageRule.css(territory: document.cover.territory, date: document.cover.preparedOn)
    }
}

/// Links of a bilan page: other years, print version and exports.
struct BilanLinks: Encodable {
    var screen: String
    var print: String
    var csv: String
    var pdf: String
    var printStylesheet: String
    var json: String
    var years: [FormOption]
}
