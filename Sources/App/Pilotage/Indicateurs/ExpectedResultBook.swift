import CTGCore
import Fluent
import Vapor

/// An expected result with its yearly assessments, in entry order.
struct LoadedExpectedResult: Sendable {
    var result: ExpectedResult
    var assessments: [ExpectedResultAssessment]

    var snapshot: PlanSnapshot.ExpectedResult {
        PlanSnapshot.ExpectedResult(text: result.text, assessments: assessments.map(\.assessment))
    }
}

enum ExpectedResultBook {
    /// Every expected result of a convention (or of one fiche), grouped by action id, in document order.
    static func load(conventionID: Int, actionID: Int? = nil, on db: any Database) async throws -> [Int: [LoadedExpectedResult]] {
        var query = ExpectedResult.query(on: db)
            .join(PlanAction.self, on: \ExpectedResult.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID)
            .sort(\.$position)
        if let actionID { query = query.filter(\.$action.$id == actionID) }
        let results = try await query.all()
        let assessments = try await ExpectedResultAssessment.query(on: db)
            .filter(\.$expectedResult.$id ~~ results.compactMap(\.id)).sort(\.$id).all()
        let byResult = Dictionary(grouping: assessments, by: { $0.$expectedResult.id })
        let loaded = results.map { LoadedExpectedResult(result: $0, assessments: byResult[$0.id ?? 0] ?? []) }
        return Dictionary(grouping: loaded, by: { $0.result.$action.id })
    }
}

/// `POST /plan/fiches/{code}/resultats-attendus/{n}`: the year's judgement of the fiche's n-th expected result.
enum ExpectedResultController {
    @Sendable static func assess(req: Request) async throws -> Response {
        let user = try req.requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        let code = req.parameters.get("code") ?? ""
        let conventionID = try await req.userConventionID()
        let action = try await req.requireEdit(actionCode: code, conventionID: conventionID)
        let back = try await req.territoryScope().path(.fiche(code: code)) + "#resultats-attendus"
        let actionID = try action.requireID()
        guard let position = req.parameters.get("position", as: Int.self),
              let result = try await ExpectedResult.query(on: req.db).filter(\.$action.$id == actionID)
                .filter(\.$position == position - 1).first(), let resultID = result.id else {
            throw AppError.notFound("Ce résultat attendu n'existe pas dans la fiche « \(code) ».")
        }
        let years = try await Convention.find(action.$convention.id, on: req.db)?.years ?? []
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode([String: String].self)
        var check = FormCheck()
        guard let input = AssessmentInput.read(form, years: years, check: &check) else {
            return try await FicheIndicatorsSection.refuse(req, code: code, errors: check.errors)
        }
        let previous = try await ExpectedResultAssessment.query(on: req.db).filter(\.$expectedResult.$id == resultID)
            .filter(\.$year == input.year).sort(\.$id, .descending).first()
        let entry = ExpectedResultAssessment(expectedResultID: resultID, year: input.year, status: input.status,
                                             comment: input.comment, recordedOn: req.pilotageToday.description, authorID: user.id)
        return try await FormSubmissions.once(req) { tx in
            try await entry.create(on: tx)
            try await Audit.record(on: tx, user: user, action: action, entity: .expectedResult, entityID: resultID,
                                   field: "Résultat attendu n° \(position) — \(input.year)",
                                   before: previous.map(describe), after: describe(entry))
            return back
        }
    }

    static func describe(_ entry: ExpectedResultAssessment) -> String {
        entry.status.label + (entry.comment.map { " (\($0))" } ?? "")
    }
}
