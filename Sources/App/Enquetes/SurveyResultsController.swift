import CTGCore
import Fluent
import Vapor

/// `/{territoire}/gestion/enquetes/{id}/resultats`: per question, a server-made bar chart and
/// its table, or the free answers listed (escaped by Leaf like any text); and the raw answers
/// as CSV for French Excel (one line per response, one column per question).
enum SurveyResultsController {
    struct Bar: Encodable { var label: String; var count: Int; var percent: String }
    struct Question: Encodable {
        var number: Int; var prompt: String; var kind: String; var respondentsText: String
        var chart: String?; var bars: [Bar]; var texts: [String]; var mean: String?
    }
    struct Page: Encodable {
        var layout: Layout; var title: String; var audience: String; var state: String; var dates: String
        var responsesText: String; var questions: [Question]; var csvHref: String; var publicHref: String; var editHref: String?
    }

    /// The survey, its questions and, per response, its answers by question.
    struct Loaded {
        var survey: Survey
        var questions: [SurveyQuestion]
        var responses: [(id: Int, day: String, answers: [Int: [String]])]
    }

    static func load(_ req: Request) async throws -> (TerritoryScope, Loaded) {
        let scope = try await req.territoryScope()
        let survey = try await req.survey(in: scope)
        let id = try survey.requireID()
        let questions = try await SurveyQuestionRow.of(surveyID: id, on: req.db).map(\.question)
        let responses = try await SurveyResponse.query(on: req.db).filter(\.$survey.$id == id).sort(\.$id).all()
        let responseIDs = responses.compactMap(\.id)
        var byResponse: [Int: [Int: [String]]] = [:]
        // In chunks: a bound list has a ceiling on both engines.
        for chunk in stride(from: 0, to: responseIDs.count, by: 500).map({ Array(responseIDs[$0..<min($0 + 500, responseIDs.count)]) }) {
            for answer in try await SurveyAnswer.query(on: req.db).filter(\.$response.$id ~~ chunk).sort(\.$id).all() {
                byResponse[answer.$response.id, default: [:]][answer.$question.id, default: []].append(answer.value)
            }
        }
        return (scope, Loaded(survey: survey, questions: questions,
                              responses: responses.map { ($0.id ?? 0, $0.submittedOn, byResponse[$0.id ?? 0] ?? [:]) }))
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (scope, loaded) = try await load(req)
        let survey = loaded.survey
        let id = try survey.requireID()
        let questions = loaded.questions.enumerated().map { index, q -> Question in
            let result = SurveyQuestionResult.tally(q, answers: loaded.responses.map { $0.answers[q.id] ?? [] })
            return Question(number: index + 1, prompt: q.prompt, kind: q.kind.label, respondentsText: FrenchCount.phrase(result.respondents, "répondant"),
                            chart: result.bars.isEmpty || result.respondents == 0 ? nil : SurveyBarChart.svg(result, idPrefix: "q\(q.id)"),
                            bars: result.bars.map { Bar(label: $0.label, count: $0.count, percent: PilotageFormat.percent($0.percent)) },
                            texts: result.texts, mean: result.mean.map { PilotageFormat.number($0, maxFractionDigits: 1) })
        }
        let user = try req.requireUser()
        return try await req.view.render("enquete-resultats", Page(
            layout: req.layout(title: "Résultats : \(survey.title)"), title: survey.title, audience: survey.audience,
            state: survey.window.state(on: req.civilToday).label,
            dates: "du \(survey.window.opensOn.french) au \(survey.window.closesOn.french)", responsesText: FrenchCount.phrase(loaded.responses.count, "réponse"),
            questions: questions, csvHref: scope.path(.survey(.csv(id: id))), publicHref: scope.path(.survey(.survey(id: id))),
            editHref: user.role == .coordinateur ? scope.path(.survey(.edit(id: id))) : nil))
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let (_, loaded) = try await load(req)
        let header = ["Réponse", "Jour"] + loaded.questions.enumerated().map { "Q\($0 + 1) \($1.prompt)" }
        let rows = loaded.responses.enumerated().map { index, response in
            [String(index + 1), CivilDate(response.day)?.french ?? response.day]
                + loaded.questions.map { (response.answers[$0.id] ?? []).joined(separator: " | ") }
        }
        let data = try CSVExport.render(header: header, rows: rows)
        return ExportController.download(data, filename: "enquete-\(loaded.survey.id ?? 0)-reponses.csv", type: "text/csv; charset=utf-8")
    }
}
