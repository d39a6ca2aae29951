import CTGCore
import Fluent
import Vapor

/// The answering page's context: each question with its inputs, refilled after a refusal.
enum SurveyForm {
    struct Option: Encodable { var value: String; var inputID: String; var checked: Bool }
    struct Field: Encodable {
        var number: Int
        var prompt: String
        var name: String
        var inputID: String
        var kind: String
        var required: Bool
        var options: [Option]
        var text: String
    }

    struct Page: Encodable {
        var layout: Layout
        var title: String
        var introduction: String
        var audience: String
        var isDemo: Bool
        var open: Bool
        var closedReason: String?
        var closes: String
        var action: String
        var fields: [Field]
        var errors: [String]
        var listHref: String
    }

    struct Thanks: Encodable { var layout: Layout; var title: String; var listHref: String }

    /// Form fields are `answer[<question id>]`, once per ticked box; other fields are ignored.
    static func postedAnswers(_ req: Request) -> [Int: [String]] {
        var posted: [Int: [String]] = [:]
        for (name, value) in FieldLimitMiddleware.urlEncodedFields(req.body.string ?? "") {
            guard name.hasPrefix("answer["), name.hasSuffix("]"), let id = Int(name.dropFirst(7).dropLast()) else { continue }
            posted[id, default: []].append(value)
        }
        return posted
    }

    static func render(_ req: Request, posted: [Int: [String]], errors: [String]) async throws -> View {
        let scope = try await req.territoryScope()
        let survey = try await req.survey(in: scope)
        let id = try survey.requireID()
        let refusal = survey.window.refusal(on: req.civilToday)
        // An unpublished survey is not shown to the public at all.
        if !survey.published { throw AppError.notFound("Cette enquête n'existe pas sur ce territoire.") }
        let questions = refusal == nil ? try await SurveyQuestionRow.of(surveyID: id, on: req.db).map(\.question) : []
        return try await req.view.render("enquete", Page(
            layout: req.layout(title: survey.title), title: survey.title, introduction: survey.introduction,
            audience: survey.audience, isDemo: survey.isDemo, open: refusal == nil, closedReason: refusal,
            closes: CivilDate(survey.closesOn)?.french ?? survey.closesOn, action: scope.path(.survey(.survey(id: id))),
            fields: questions.enumerated().map { field($1, number: $0 + 1, posted: posted[$1.id] ?? []) },
            errors: errors, listHref: scope.path(.survey(.list))))
    }

    static func field(_ q: SurveyQuestion, number: Int, posted: [String]) -> Field {
        let values = q.kind == .scale ? SurveyQuestion.scalePoints : q.offeredChoices
        return Field(number: number, prompt: q.prompt, name: "answer[\(q.id)]", inputID: "q\(q.id)", kind: q.kind.rawValue,
                     required: q.required,
                     options: values.enumerated().map { Option(value: $1, inputID: "q\(q.id)-\($0)", checked: posted.contains($1)) },
                     text: q.kind.isText ? posted.joined(separator: "\n") : "")
    }
}
