import CTGCore
import Fluent
import Vapor

/// « Retirer » a survey question (issue 13): a confirmation page first, then the removal of a
/// question nobody has answered yet (answers are people's words: once given, the question stays).
/// The journal keeps the row, so « Restaurer » puts the question back.
extension SurveyEditor {
    @Sendable static func confirmQuestionRemoval(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let (survey, row) = try await question(req, scope: scope)
        let id = try survey.requireID()
        return try await ConfirmPage.render(req, title: "Retirer une question",
                                            question: "Retirer la question « \(row.prompt) » de l'enquête « \(survey.title) » ?",
                                            action: scope.path(.survey(.questionRemoval(id: id, questionID: row.id ?? 0))),
                                            cancel: scope.path(.survey(.edit(id: id))))
    }

    @Sendable static func removeQuestion(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try await req.territoryScope()
        let (survey, row) = try await question(req, scope: scope)
        let id = try survey.requireID()
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.path, redirectType: .normal) }
        let questionID = try row.requireID()
        try await req.db.writeTransaction { tx in
            // Counted inside the transaction: an answer arriving meanwhile keeps the question.
            let answered = try await SurveyAnswer.query(on: tx).filter(\.$question.$id == questionID).count()
            guard answered == 0 else {
                throw AppError.conflict("Cette question a déjà \(FrenchCount.phrase(answered, "réponse")) : elle ne peut plus être retirée. Fermez l'enquête ou créez-en une nouvelle.")
            }
            guard try await SurveyQuestionRow.query(on: tx).filter(\.$id == questionID).count() == 1 else {
                throw AppError.notFound("Cette question a déjà été retirée.")
            }
            try await SurveyQuestionRow.query(on: tx).filter(\.$id == questionID).delete()
            let audit = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .survey, entityID: id,
                                               field: "question", before: ([row.prompt, SurveyQuestionKind(rawValue: row.kind)?.label ?? row.kind]
                                                                           + row.question.choices).joined(separator: " | "),
                                               summary: "Enquête « \(survey.title) » : question retirée")
            try await DeletedRow.keep(row, kind: .surveyQuestion, deletion: audit, on: tx)
        }
        req.flash("Question retirée. Elle reste dans le journal, d'où un coordinateur peut la remettre.")
        return req.redirect(to: scope.path(.survey(.edit(id: id))), redirectType: .normal)
    }

    /// « Restaurer » in the journal: the question comes back at its place, if its survey still exists.
    static func restoreQuestion(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let old = try kept.decoded(SurveyQuestionRow.self)
        guard let survey = try await Survey.find(old.$survey.id, on: db), survey.$territory.id == kept.$territory.id else {
            throw AppError.conflict("Cette enquête a été supprimée depuis : sa question ne peut pas être remise.")
        }
        let row = SurveyQuestionRow()
        row.$survey.id = old.$survey.id
        (row.position, row.prompt, row.kind, row.choicesText, row.required) = (old.position, old.prompt, old.kind, old.choicesText, old.required)
        try await row.create(on: db)
        try await Audit.record(on: db, user: user, territoryID: kept.$territory.id, entity: .survey, entityID: survey.id,
                               field: "question", after: row.prompt,
                               summary: "Enquête « \(survey.title) » : question remise depuis le journal")
    }

    /// The survey and the question named in the address, which must be one of its questions.
    private static func question(_ req: Request, scope: TerritoryScope) async throws -> (Survey, SurveyQuestionRow) {
        let survey = try await req.survey(in: scope)
        guard let questionID = req.parameters.get("questionID", as: Int.self),
              let row = try await SurveyQuestionRow.query(on: req.db).filter(\.$id == questionID)
                .filter(\.$survey.$id == survey.requireID()).first() else {
            throw AppError.notFound("Cette question n'existe pas dans cette enquête.")
        }
        return (survey, row)
    }
}
