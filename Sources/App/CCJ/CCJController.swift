import CTGCore
import Fluent
import Vapor

/// `/{territoire}/ccj`: the youth council's règlement in force and its elections;
/// `/{territoire}/ccj/elections/{id}`: one election, its candidates, and after the close its
/// results and turnout. Not in the page cache: what they show changes with the day (a vote
/// opens, results appear) without any write.
enum CCJController {
    struct RuleVersion: Encodable { var version: Int; var adoptedOn: String; var body: String }
    struct ElectionItem: Encodable { var title: String; var href: String; var dates: String; var state: String }

    struct Home: Encodable {
        var layout: Layout
        var inForce: RuleVersion?
        var older: [RuleVersion]
        var elections: [ElectionItem]
        var renewal: String?
        var adminHref: String?
    }

    static func register(on app: Application) {
        app.get(.ccj(.home), use: home)
        app.get(.ccj(.election(id: 0)), use: CCJElectionPage.show)
        app.get(.ccj(.vote(electionID: 0)), use: CCJVoteController.show)
        app.post(.ccj(.vote(electionID: 0)), use: CCJVoteController.submit)
        CCJAdminController.register(on: app.signedIn(.coordinateur))
        CCJIndicators.provide(on: app)
    }

    @Sendable static func home(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let today = req.ccjToday
        let rules = try await CCJRule.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$adoptedOn, .descending).sort(\.$version, .descending).all()
        // In force: the latest adopted by today; a version adopted for a later day waits.
        let adopted = rules.filter { $0.adoptedOn <= today.description }
        let elections = try await CCJElection.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$opensOn, .descending).range(0..<50).all()
        let lastClosed = elections.first { $0.window?.state(on: today) == .closed }
        let version = { (rule: CCJRule) in
            RuleVersion(version: rule.version, adoptedOn: CivilDate(rule.adoptedOn)?.french ?? rule.adoptedOn, body: rule.body)
        }
        return try await req.view.render("ccj", Home(
            layout: req.layout(title: "Conseil communautaire de jeunes"),
            inForce: adopted.first.map(version), older: rules.filter { $0.id != adopted.first?.id }.map(version),
            elections: elections.map { item($0, scope: scope, today: today) },
            renewal: lastClosed.flatMap { $0.window }.map { renewalSentence(closes: $0.closes, today: today) },
            adminHref: req.currentUser?.role == .coordinateur ? scope.path(.ccj(.admin)) : nil))
    }

    static func item(_ election: CCJElection, scope: TerritoryScope, today: CivilDate) -> ElectionItem {
        let window = election.window
        let state: String
        switch window?.state(on: today) {
        case .open: state = "vote ouvert"
        case .notYet: state = "à venir"
        case .closed, nil: state = "résultats publiés"
        }
        return ElectionItem(title: election.title, href: scope.path(.ccj(.election(id: election.id ?? 0))),
                            dates: election.span, state: state)
    }

    /// "Renouvellement de l'instance le 20/03/2028 (dans 45 jours)": the council elected at the
    /// close sits two years.
    static func renewalSentence(closes: CivilDate, today: CivilDate) -> String {
        let date = CCJMandate.renewal(after: closes).french
        switch CCJMandate.state(start: closes, today: today) {
        case .running: return "Mandat de deux ans : renouvellement de l'instance le \(date)."
        case .dueSoon(let days):
            return "Renouvellement de l'instance à préparer : le mandat de deux ans s'achève le \(date) (\(FrenchFormat.plural(days, "jour restant", "jours restants")))."
        case .overdue: return "Le mandat de deux ans est échu depuis le \(date) : l'instance doit être renouvelée."
        }
    }
}
