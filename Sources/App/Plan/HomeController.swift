import Fluent
import Vapor

/// The convention at a glance.
struct HomePage: Encodable {
    struct AxeSummary: Encodable {
        var number: Int
        var title: String
        var hasTitle: Bool
        var objectives: Int
        var actions: Int
        var subActions: Int
        var href: String
        /// Follow-up (Pilotage/Suivi): set by `applyProgress`.
        var progress: ProgressBar? = nil
    }

    struct DeliberationLink: Encodable {
        var number: String
        var subject: String
        var date: String?
        var href: String
    }

    var layout: Layout
    var title: String
    var territory: String
    var siren: String
    var departement: String
    var caf: String
    var period: String
    var signatories: [String]
    var deliberation: DeliberationLink?
    var axes: [AxeSummary]
    var totals: AxeSummary
    /// One instance hosts every CTG of a CAF: the other conventions, one click away.
    var otherConventions: [Layout.Link] = []
}

enum HomeController {
    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        guard let conventionID = scope.convention?.id else {
            return try await req.view.render("territory-empty", TerritoryEmptyPage(
                layout: Layout(title: scope.territory.name, scope: scope), territory: scope.territory.name))
        }
        let tree = try await PlanTree.load(conventionID: conventionID, on: req.db)
        var home = try await page(tree, scope: scope, on: req.db)
        home.otherConventions = try await otherConventions(of: scope, on: req.db)
        // Progress bars of the follow-up (Pilotage/Suivi).
        try await home.applyProgress(req, tree: tree)
        return try await req.view.render("home", home)
    }

    /// The territory's other conventions (an earlier or a later CTG), never another territory's.
    static func otherConventions(of scope: TerritoryScope, on db: any Database) async throws -> [Layout.Link] {
        let current = try await TerritoryScope.currentConvention(territoryID: scope.territoryID, on: db)?.id
        let shown = scope.convention?.id
        return try await Convention.query(on: db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$id != shown ?? 0).sort(\.$startYear).all().map {
                let id = try $0.requireID()
                let ref = TerritoryRef(slug: scope.ref.slug, convention: id == current ? nil : id)
                return Layout.Link(label: $0.title, href: ref.path(.home))
            }
    }

    static func page(_ tree: PlanTree, scope: TerritoryScope, on db: any Database) async throws -> HomePage {
        let axes = tree.axes.map { axe in
            let actions = axe.sortedObjectifs.flatMap(\.actions)
            return HomePage.AxeSummary(
                number: axe.number, title: axe.displayTitle, hasTitle: axe.title != nil,
                objectives: axe.objectifs.count, actions: actions.count,
                subActions: actions.reduce(0) { $0 + $1.sousActions.count },
                href: scope.path(.plan) + "#axe-\(axe.number)")
        }
        let totals = HomePage.AxeSummary(
            number: 0, title: "Total", hasTitle: true, objectives: axes.reduce(0) { $0 + $1.objectives },
            actions: axes.reduce(0) { $0 + $1.actions }, subActions: axes.reduce(0) { $0 + $1.subActions },
            href: scope.path(.plan))
        let deliberation = try await Deliberation.approving(conventionID: try tree.convention.requireID(), on: db)
        let convention = tree.convention
        return HomePage(
            layout: Layout(title: convention.title, scope: scope), title: convention.title, territory: tree.territory.name,
            siren: tree.territory.siren, departement: tree.territory.departement, caf: convention.cafName,
            period: "\(convention.startYear) – \(convention.endYear)",
            signatories: convention.signatories.split(separator: "\n").map(String.init),
            deliberation: deliberation.map {
                .init(number: $0.number, subject: $0.subject, date: FrenchFormat.date($0.sessionDate),
                      href: scope.path(.deliberation(number: $0.number)))
            },
            axes: axes, totals: totals)
    }
}
