import CTGCore
import Fluent
import Vapor

/// `/{territoire}/enquetes`: the open surveys, and the anonymous answering page of each. The
/// form carries the anonymous CSRF token and a `#formToken()`, so a double click stores one
/// response; a survey that is closed, not yet open or unpublished refuses in French and
/// nothing is stored.
enum SurveyAnswerController {
    struct Item: Encodable { var title: String; var href: String; var audience: String; var closes: String; var isDemo: Bool }
    struct ListPage: Encodable { var layout: Layout; var items: [Item] }

    @Sendable static func list(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let today = req.civilToday.description
        let surveys = try await Survey.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$published == true).filter(\.$opensOn <= today).filter(\.$closesOn >= today)
            .sort(\.$closesOn).limit(100).all()
        return try await req.view.render("enquetes", ListPage(
            layout: req.layout(title: "Enquêtes en cours"),
            items: surveys.map { Item(title: $0.title, href: scope.path(.survey(.survey(id: $0.id ?? 0))), audience: $0.audience,
                                      closes: CivilDate($0.closesOn)?.french ?? $0.closesOn, isDemo: $0.isDemo) }))
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await SurveyForm.render(req, posted: [:], errors: [])
    }

    @Sendable static func thanks(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let survey = try await req.survey(in: scope)
        return try await req.view.render("enquete-merci", SurveyForm.Thanks(
            layout: req.layout(title: "Merci pour votre réponse"), title: survey.title, listHref: scope.path(.survey(.list))))
    }

    @Sendable static func answer(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let survey = try await req.survey(in: scope)
        let surveyID = try survey.requireID()
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let posted = SurveyForm.postedAnswers(req)
        let today = req.civilToday
        if let refusal = survey.window.refusal(on: today) {
            return try await SurveyForm.render(req, posted: posted, errors: [refusal]).encodeResponse(status: .conflict, for: req)
        }
        let questions = try await SurveyQuestionRow.of(surveyID: surveyID, on: req.db).map(\.question)
        let answers: SurveyAnswerSet
        switch SurveyAnswerSet.validate(posted, against: questions) {
        case .failure(let refusal):
            return try await SurveyForm.render(req, posted: posted, errors: refusal.reasons).encodeResponse(status: .unprocessableEntity, for: req)
        case .success(let valid): answers = valid
        }
        let thanks = scope.path(.survey(.thanks(id: surveyID)))
        do {
            return try await FormSubmissions.once(req) { tx in
                try await store(answers, surveyID: surveyID, territoryID: scope.territoryID, today: today, on: tx)
                return thanks
            }
        } catch let error as AppError {
            return try await SurveyForm.render(req, posted: posted, errors: [error.reason]).encodeResponse(status: error.status, for: req)
        }
    }

    /// One response and its answers, in the caller's transaction. The window is read again
    /// there: a survey closed by the coordinateur a moment ago takes nothing more.
    static func store(_ answers: SurveyAnswerSet, surveyID: Int, territoryID: Int, today: CivilDate, on tx: any Database) async throws {
        guard let survey = try await Survey.query(on: tx).filter(\.$id == surveyID).filter(\.$territory.$id == territoryID).first() else {
            throw AppError.notFound("Cette enquête n'existe plus.")
        }
        if let refusal = survey.window.refusal(on: today) { throw AppError.conflict(refusal) }
        let response = SurveyResponse()
        response.$survey.id = surveyID
        response.$territory.id = territoryID
        response.submittedOn = today.description
        try await response.create(on: tx)
        let responseID = try response.requireID()
        let rows = answers.values.sorted { $0.key < $1.key }.flatMap { questionID, values in
            values.map { value -> SurveyAnswer in
                let row = SurveyAnswer()
                row.$response.id = responseID; row.$question.id = questionID; row.value = value
                return row
            }
        }
        try await rows.create(on: tx)
        // A journal line without the answers: they may be personal, and the results page shows them.
        _ = try await Audit.record(on: tx, user: nil, territoryID: territoryID, entity: .survey, entityID: surveyID,
                                   summary: "Enquête « \(survey.title) » : une réponse reçue", anonymousAuthor: Audit.publicVisitorAuthor)
    }
}
