import CTGCore
import Fluent
import Vapor

extension SurveyEditor {
    /// « Monter », « Descendre » swap a question with its neighbour. « Retirer » is asked first on its
    /// own page (`SurveyQuestionRemoval`): a bare `retirer` from an older page is sent there.
    @Sendable static func changeQuestion(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try await req.territoryScope()
        let survey = try await req.survey(in: scope)
        let id = try survey.requireID()
        guard let questionID = req.parameters.get("questionID", as: Int.self) else {
            throw AppError.notFound("Cette question n'existe pas.")
        }
        let action = try req.content.decode(ChangeForm.self).action ?? ""
        if action == "retirer" {
            return req.redirect(to: scope.path(.survey(.questionRemoval(id: id, questionID: questionID))), redirectType: .normal)
        }
        guard ["monter", "descendre"].contains(action) else {
            return try await page(req, errors: ["Action inconnue : choisissez « Monter » ou « Descendre »."])
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        try await req.db.writeTransaction { tx in
            let rows = try await SurveyQuestionRow.of(surveyID: id, on: tx)
            guard let index = rows.firstIndex(where: { $0.id == questionID }) else {
                throw AppError.notFound("Cette question n'existe pas dans cette enquête.")
            }
            let row = rows[index]
            let other = action == "monter" ? index - 1 : index + 1
            guard rows.indices.contains(other) else { return }
            let neighbour = rows[other]
            // Positions are renumbered 1…n first, so two equal positions never stay ambiguous.
            for (n, r) in rows.enumerated() where r.position != n + 1 { r.position = n + 1; try await r.save(on: tx) }
            (row.position, neighbour.position) = (neighbour.position, row.position)
            try await row.save(on: tx)
            try await neighbour.save(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .survey, entityID: id,
                                       field: "ordre", after: "« \(row.prompt) » en position \(row.position)",
                                       summary: "Enquête « \(survey.title) » : ordre des questions modifié")
        }
        return req.redirect(to: scope.url(.survey(.edit(id: id))).path(query: [("fait", "1")]), redirectType: .normal)
    }
}
