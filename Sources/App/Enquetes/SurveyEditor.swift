import CTGCore
import Fluent
import Vapor

/// The builder of one survey: its settings, then its questions in order.
enum SurveyEditor {
    struct QuestionForm: Content { var prompt: String?; var kind: String?; var choices: String?; var required: String? }
    struct ChangeForm: Content { var action: String? }

    struct Question: Encodable {
        var number: Int; var prompt: String; var kind: String; var choices: [String]; var required: Bool
        var action: String; var removeHref: String; var answers: Int; var answersText: String; var isFirst: Bool; var isLast: Bool
    }
    struct Page: Encodable {
        var layout: Layout
        var title: String
        var form: [String: String]
        var published: Bool
        var settingsAction: String
        var questionsAction: String
        var questions: [Question]
        var kinds: [AdminUsersPage.Option]
        var publicHref: String
        var resultsHref: String
        var listHref: String
        var errors: [String]
        var notice: String?
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await page(req, errors: [], notice: req.query[String.self, at: "fait"].map { _ in "Modification enregistrée." })
    }

    static func page(_ req: Request, errors: [String], notice: String? = nil) async throws -> View {
        let scope = try await req.territoryScope()
        let survey = try await req.survey(in: scope)
        let id = try survey.requireID()
        let rows = try await SurveyQuestionRow.of(surveyID: id, on: req.db)
        let counts = try await answerCounts(rows.compactMap(\.id), on: req.db)
        let form = ["title": survey.title, "description": survey.introduction, "audience": survey.audience,
                    "code": survey.actionCode ?? "", "opensOn": survey.opensOn, "closesOn": survey.closesOn]
        return try await req.view.render("enquete-edition", Page(
            layout: req.layout(title: "Enquête : \(survey.title)"), title: survey.title, form: form, published: survey.published,
            settingsAction: scope.path(.survey(.edit(id: id))), questionsAction: scope.path(.survey(.questions(id: id))),
            questions: rows.enumerated().map { index, row in
                let q = row.question
                return Question(number: index + 1, prompt: q.prompt, kind: q.kind.label, choices: q.choices, required: q.required,
                                action: scope.path(.survey(.question(id: id, questionID: q.id))),
                                removeHref: scope.path(.survey(.questionRemoval(id: id, questionID: q.id))), answers: counts[q.id] ?? 0, answersText: FrenchCount.phrase(counts[q.id] ?? 0, "réponse"),
                                isFirst: index == 0, isLast: index == rows.count - 1)
            },
            kinds: SurveyQuestionKind.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: false) },
            publicHref: scope.path(.survey(.survey(id: id))), resultsHref: scope.path(.survey(.results(id: id))),
            listHref: scope.path(.survey(.manage)), errors: errors, notice: notice))
    }

    static func answerCounts(_ questionIDs: [Int], on db: any Database) async throws -> [Int: Int] {
        guard !questionIDs.isEmpty else { return [:] }
        // Respondents, not rows: a multiple-choice answer has one row per ticked box.
        let rows = try await SurveyAnswer.query(on: db).filter(\.$question.$id ~~ questionIDs)
            .field(\.$question.$id).field(\.$response.$id).all()
        let pairs = Set(rows.map { [$0.$question.id, $0.$response.id] })
        return pairs.reduce(into: [:]) { $0[$1[0], default: 0] += 1 }
    }

    private static func refuse(_ req: Request, _ reasons: [String]) async throws -> Response {
        try await page(req, errors: reasons).encodeResponse(status: .unprocessableEntity, for: req)
    }

    private static func done(_ req: Request, _ scope: TerritoryScope, _ id: Int) -> Response {
        req.redirect(to: scope.url(.survey(.edit(id: id))).path(query: [("fait", "1")]), redirectType: .normal)
    }

    @Sendable static func saveSettings(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try await req.territoryScope()
        let id = try await req.survey(in: scope).requireID()
        let settings: SurveySettings
        switch SurveySettings.read(try req.content.decode(SurveyBuilderController.SettingsForm.self)) {
        case .success(let valid): settings = valid
        case .failure(let refusal): return try await refuse(req, refusal.reasons)
        }
        try await req.db.writeTransaction { tx in
            guard let survey = try await Survey.find(id, on: tx) else { throw AppError.notFound("Cette enquête n'existe plus.") }
            let before = SurveySettings.summary(of: survey)
            settings.apply(to: survey)
            try await survey.save(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .survey, entityID: id,
                                       field: "parametres", before: before, after: SurveySettings.summary(of: survey),
                                       summary: "Enquête « \(survey.title) » : paramètres enregistrés")
        }
        return done(req, scope, id)
    }

    @Sendable static func addQuestion(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try await req.territoryScope()
        let survey = try await req.survey(in: scope)
        let id = try survey.requireID()
        let form = try req.content.decode(QuestionForm.self)
        let communes = try await territoryCommunes(scope.territoryID, on: req.db)
        let draft: SurveyQuestionDraft
        switch SurveyQuestionDraft.read(prompt: form.prompt, kind: form.kind, choicesText: form.choices,
                                        required: form.required == "oui", communes: communes) {
        case .success(let valid): draft = valid
        case .failure(let refusal): return try await refuse(req, refusal.reasons)
        }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        return try await FormSubmissions.once(req) { tx in
            let last = try await SurveyQuestionRow.query(on: tx).filter(\.$survey.$id == id).sort(\.$position, .descending).first()
            let row = SurveyQuestionRow()
            row.$survey.id = id
            row.position = (last?.position ?? 0) + 1
            row.prompt = draft.prompt; row.kind = draft.kind.rawValue
            row.choicesText = draft.choices.joined(separator: "\n"); row.required = draft.required
            try await row.create(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .survey, entityID: id,
                                       field: "question", after: draft.prompt,
                                       summary: "Enquête « \(survey.title) » : question ajoutée (\(draft.kind.label))")
            return scope.url(.survey(.edit(id: id))).path(query: [("fait", "1")])
        }
    }

    /// The territory's communes, for a commune question typed without its list.
    static func territoryCommunes(_ territoryID: Int, on db: any Database) async throws -> [String] {
        let organisations = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$kind == OrganisationKind.commune.rawValue).all(\.$name)
        return CommuneNames.list(organisations: organisations,
                                 structureCommunes: try await StructureDirectory.communes(territoryID: territoryID, on: db))
    }
}
