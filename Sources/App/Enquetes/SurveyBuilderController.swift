import CTGCore
import Fluent
import SQLKit
import Vapor

/// `/{territoire}/gestion/enquetes`: the coordinateur's surveys, and the builder of each
/// (settings and publishing dates; questions added, moved, removed while unanswered).
enum SurveyBuilderController {
    struct SettingsForm: Content {
        var title: String?; var description: String?; var audience: String?; var code: String?
        var opensOn: String?; var closesOn: String?; var published: String?
    }

    struct Row: Encodable {
        var title: String; var state: String; var dates: String; var responses: Int
        var editHref: String; var resultsHref: String; var isDemo: Bool
    }
    struct ListPage: Encodable { var layout: Layout; var rows: [Row]; var action: String; var errors: [String]; var form: [String: String] }

    static func register(on app: Application) {
        let coordinateur = app.signedIn(.coordinateur)
        coordinateur.get(.survey(.manage), use: list)
        coordinateur.post(.survey(.manage), use: create)
        coordinateur.get(.survey(.edit(id: 0)), use: SurveyEditor.show)
        coordinateur.post(.survey(.edit(id: 0)), use: SurveyEditor.saveSettings)
        coordinateur.post(.survey(.questions(id: 0)), use: SurveyEditor.addQuestion)
        coordinateur.post(.survey(.question(id: 0, questionID: 0)), use: SurveyEditor.changeQuestion)
        coordinateur.get(.survey(.questionRemoval(id: 0, questionID: 0)), use: SurveyEditor.confirmQuestionRemoval)
        coordinateur.post(.survey(.questionRemoval(id: 0, questionID: 0)), use: SurveyEditor.removeQuestion)
        let readers = app.signedIn()
        readers.get(.survey(.results(id: 0)), use: SurveyResultsController.show)
        readers.get(.survey(.csv(id: 0)), use: SurveyResultsController.csv)
        app.get(.survey(.list), use: SurveyAnswerController.list)
        app.get(.survey(.survey(id: 0)), use: SurveyAnswerController.show)
        app.post(.survey(.survey(id: 0)), use: SurveyAnswerController.answer)
        app.get(.survey(.thanks(id: 0)), use: SurveyAnswerController.thanks)
    }

    /// Responses per survey of a territory, in one grouped query on the indexed territory column.
    static func responseCounts(territoryID: Int, on db: any Database) async throws -> [Int: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Count: Decodable { var survey_id: Int; var n: Int }
        let rows = try await sql.raw("""
            SELECT survey_id, COUNT(*) AS n FROM survey_responses WHERE territory_id = \(bind: territoryID) GROUP BY survey_id
            """).all(decoding: Count.self)
        return Dictionary(rows.map { ($0.survey_id, $0.n) }, uniquingKeysWith: +)
    }

    @Sendable static func list(req: Request) async throws -> View { try await page(req, errors: [], form: [:]) }

    static func page(_ req: Request, errors: [String], form: [String: String]) async throws -> View {
        let scope = try await req.territoryScope()
        let surveys = try await Survey.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$opensOn, .descending).sort(\.$id, .descending).limit(500).all()
        let counts = try await responseCounts(territoryID: scope.territoryID, on: req.db)
        let today = req.civilToday
        return try await req.view.render("enquetes-gestion", ListPage(
            layout: req.layout(title: "Enquêtes et diagnostics"),
            rows: surveys.map { s in
                let id = s.id ?? 0
                return Row(title: s.title, state: s.window.state(on: today).label,
                           dates: "du \(s.window.opensOn.french) au \(s.window.closesOn.french)", responses: counts[id] ?? 0,
                           editHref: scope.path(.survey(.edit(id: id))), resultsHref: scope.path(.survey(.results(id: id))),
                           isDemo: s.isDemo)
            },
            action: scope.path(.survey(.manage)), errors: errors, form: form))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try await req.territoryScope()
        let form = try req.content.decode(SettingsForm.self)
        let settings: SurveySettings
        switch SurveySettings.read(form) {
        case .success(let valid): settings = valid
        case .failure(let refusal):
            let typed = ["title": form.title, "audience": form.audience, "opensOn": form.opensOn, "closesOn": form.closesOn].mapValues { $0 ?? "" }
            return try await page(req, errors: refusal.reasons, form: typed).encodeResponse(status: .unprocessableEntity, for: req)
        }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        return try await FormSubmissions.once(req) { tx in
            let survey = Survey()
            survey.$territory.id = scope.territoryID
            settings.apply(to: survey)
            survey.published = false
            survey.isDemo = false
            survey.createdAt = Date()
            try await survey.create(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .survey, entityID: survey.id,
                                       field: "enquete", after: settings.title, summary: "Enquête « \(settings.title) » créée (brouillon)")
            return scope.path(.survey(.edit(id: try survey.requireID())))
        }
    }
}
