import CTGCore
import Fluent
import Vapor

/// `POST /plan/import`: a coordinateur sends the plan back as an XLSX or CSV file.
/// The page answers with every problem of the file (nothing written) or with the
/// changes made; a refusal of the guard offers "Remplacer malgré tout".
enum PlanSheetController {
    struct UploadForm: Content {
        var file: File?
        var replace: String?
        var dryRun: String?
    }

    struct ResultPage: Encodable {
        var layout: Layout
        var conventionTitle: String
        var planHref: String
        var importAction: String
        var errors: [String]
        var report: [String]
        /// Set when the guard refused: the form comes back with "Remplacer malgré tout".
        var offerReplace: Bool
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let scope = try await req.territoryScope()
        // Another territory's back office does not exist for this coordinateur: the same 404 as its other forms.
        guard DeliberationsAdmin.canEdit(req, territoryID: scope.territory.id) else { throw AppError.notFound(AccessDenied.notFound) }
        let conventionID = try scope.requireConventionID()
        var page = ResultPage(layout: req.layout(title: "Import du plan d'actions"), conventionTitle: scope.convention?.title ?? "",
                              planHref: scope.path(.plan), importAction: scope.path(.planImport),
                              errors: [], report: [], offerReplace: false)
        let form = try req.content.decode(UploadForm.self)
        guard let file = form.file, file.data.readableBytes > 0 || !file.filename.isEmpty else {
            page.errors = ["Choisissez le fichier du plan (XLSX ou CSV) avant d'importer."]
            return try await refuse(req, page)
        }
        // The name the browser sent goes into the journal: a name's length, no more.
        let filename = String(file.filename.prefix(FieldLimits.name))
        do {
            let table = try PlanSheetFile.table(Data(buffer: file.data), filename: filename)
            let outcome = try await PlanSheetImport(conventionID: conventionID, sourceName: filename, user: user,
                                                    replace: form.replace != nil, dryRun: form.dryRun != nil)
                .run(table, on: req.db)
            page.report = PlanSheetReport.lines(outcome)
            return try await req.view.render("plan-import", page).encodeResponse(for: req)
        } catch let refused as PlanSheetProblems {
            page.errors = refused.lines
        } catch AppError.invalidInput(let message) {
            page.errors = [message]
        } catch AppError.conflict(let message) {
            page.errors = [message]
            page.offerReplace = true
        }
        return try await refuse(req, page)
    }

    /// The page again with its French messages: nothing was written.
    private static func refuse(_ req: Request, _ page: ResultPage) async throws -> Response {
        let response = try await req.view.render("plan-import", page).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }
}
