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

/// The fiche's n-th expected result, opened by someone who may edit the fiche: the checks
/// shared by a new assessment and the correction of one (readers and other référents get 403).
struct ExpectedResultVisit {
    var user: User
    var action: PlanAction
    var code: String
    var position: Int
    var result: ExpectedResult
    var resultID: Int
    var years: [Int]
    var ref: TerritoryRef

    static func load(_ req: Request) async throws -> ExpectedResultVisit {
        let user = try req.requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        let code = req.parameters.get("code") ?? ""
        let conventionID = try await req.userConventionID()
        let action = try await req.requireEdit(actionCode: code, conventionID: conventionID)
        let actionID = try action.requireID()
        guard let position = req.parameters.get("position", as: Int.self),
              let result = try await ExpectedResult.query(on: req.db).filter(\.$action.$id == actionID)
                .filter(\.$position == position - 1).first(), let resultID = result.id else {
            throw AppError.notFound("Ce résultat attendu n'existe pas dans la fiche « \(code) ».")
        }
        let years = try await Convention.find(action.$convention.id, on: req.db)?.years ?? []
        return ExpectedResultVisit(user: user, action: action, code: code, position: position, result: result,
                                   resultID: resultID, years: years, ref: try await req.territoryScope().ref)
    }

    var ficheHref: String { ref.path(.fiche(code: code)) + "#resultats-attendus" }

    /// The journal's field for this result and year.
    func auditField(_ year: Int) -> String { "Résultat attendu n° \(position) — \(year)" }
}

/// `POST /plan/fiches/{code}/resultats-attendus/{n}`: the year's judgement of the fiche's n-th expected result.
enum ExpectedResultController {
    @Sendable static func assess(req: Request) async throws -> Response {
        let visit = try await ExpectedResultVisit.load(req)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode([String: String].self)
        var check = FormCheck()
        guard let input = AssessmentInput.read(form, years: visit.years, check: &check) else {
            return try await FicheIndicatorsSection.refuse(req, code: visit.code, errors: check.errors)
        }
        let previous = try await ExpectedResultAssessment.query(on: req.db).filter(\.$expectedResult.$id == visit.resultID)
            .filter(\.$year == input.year).sort(\.$id, .descending).first()
        let entry = ExpectedResultAssessment(expectedResultID: visit.resultID, year: input.year, status: input.status,
                                             comment: input.comment, recordedOn: req.pilotageToday.description, authorID: visit.user.id)
        return try await FormSubmissions.once(req) { tx in
            try await entry.create(on: tx)
            try await Audit.record(on: tx, user: visit.user, action: visit.action, entity: .expectedResult, entityID: visit.resultID,
                                   field: visit.auditField(input.year), before: previous.map(describe), after: describe(entry))
            return visit.ficheHref
        }
    }

    static func describe(_ entry: ExpectedResultAssessment) -> String {
        entry.status.label + (entry.comment.map { " (\($0))" } ?? "")
    }
}
