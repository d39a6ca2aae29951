import CTGCore
import Fluent
import Vapor

/// `/{territoire}/gestion/ccj`: the coordinateur records the règlement's versions and creates
/// elections; each election is then prepared on its own page (`CCJElectionAdmin`).
enum CCJAdminController {
    struct Option: Encodable { var value: String; var label: String; var selected: Bool }

    struct Page: Encodable {
        var layout: Layout
        var publicHref: String
        var rulesAction: String
        var electionAction: String
        var versions: [CCJController.RuleVersion]
        var elections: [CCJController.ElectionItem]
        var tieRules: [Option]
        var errors: [String]
        var election: CCJForms.ElectionForm
        var rule: CCJForms.RuleForm
    }

    static func register(on routes: any RoutesBuilder) {
        routes.get(.ccj(.admin), use: show)
        routes.post(.ccj(.rules), use: addRule)
        routes.post(.ccj(.newElection), use: addElection)
        CCJElectionAdmin.register(on: routes)
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await page(req, errors: [], election: .init(tieRule: CCJTieRule.youngest.rawValue), rule: .init())
    }

    static func page(_ req: Request, errors: [String], election: CCJForms.ElectionForm, rule: CCJForms.RuleForm) async throws -> View {
        let scope = try await req.territoryScope()
        let rules = try await CCJRule.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$version, .descending).all()
        let elections = try await CCJElection.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$opensOn, .descending).range(0..<100).all()
        let today = req.ccjToday
        return try await req.view.render("ccj-admin", Page(
            layout: req.layout(title: "Conseil des jeunes : gestion"), publicHref: scope.path(.ccj(.home)),
            rulesAction: scope.path(.ccj(.rules)), electionAction: scope.path(.ccj(.newElection)),
            versions: rules.map { .init(version: $0.version, adoptedOn: CivilDate($0.adoptedOn)?.french ?? $0.adoptedOn, body: $0.body) },
            elections: elections.map { e in
                var item = CCJController.item(e, scope: scope, today: today)
                item.href = scope.path(.ccj(.electionAdmin(id: e.id ?? 0)))
                return item
            },
            tieRules: CCJTieRule.allCases.map { Option(value: $0.rawValue, label: "Égalité départagée \($0.label)", selected: $0.rawValue == election.tieRule) },
            errors: errors, election: election, rule: rule))
    }

    @Sendable static func addRule(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try await req.territoryScope()
        let form = try req.content.decode(CCJForms.RuleForm.self)
        var errors: [String] = []
        let adopted = CCJForms.day(form.adoptedOn, label: "Date d'adoption", errors: &errors)
        let body = CCJForms.text(form.body, label: "Texte du règlement", limit: CCJForms.bodyLimit, errors: &errors)
        guard errors.isEmpty, let adopted else {
            return try await page(req, errors: errors, election: .init(tieRule: CCJTieRule.youngest.rawValue), rule: form)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        let territoryID = scope.territoryID
        return try await FormSubmissions.once(req) { tx in
            // The next number is read under the write lock, so two saves cannot take the same one.
            let last = try await CCJRule.query(on: tx).filter(\.$territory.$id == territoryID).max(\.$version) ?? 0
            let rule = CCJRule()
            rule.$territory.id = territoryID
            rule.version = last + 1; rule.adoptedOn = adopted.description; rule.body = body
            try await rule.create(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .ccj, entityID: rule.id,
                                   summary: "Règlement du conseil des jeunes : version \(rule.version) adoptée le \(adopted.french)")
            return scope.path(.ccj(.admin))
        }
    }

    @Sendable static func addElection(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try await req.territoryScope()
        let form = try req.content.decode(CCJForms.ElectionForm.self)
        let valid: CCJForms.Election
        switch CCJForms.election(form) {
        case .failure(let errors):
            return try await page(req, errors: errors.messages, election: form, rule: .init())
                .encodeResponse(status: .unprocessableEntity, for: req)
        case .success(let election): valid = election
        }
        let territoryID = scope.territoryID
        return try await FormSubmissions.once(req) { tx in
            let election = CCJElection()
            election.$territory.id = territoryID
            election.title = valid.title; election.collegeKind = valid.kind
            election.opensOn = valid.window.opens.description; election.closesOn = valid.window.closes.description
            election.tieRule = valid.rule.rawValue; election.actionCode = valid.actionCode
            try await election.create(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .ccj, entityID: election.id,
                                   summary: "Conseil des jeunes : élection « \(valid.title) » créée (vote du \(valid.window.opens.french) au \(valid.window.closes.french))")
            return scope.path(.ccj(.electionAdmin(id: try election.requireID())))
        }
    }
}
