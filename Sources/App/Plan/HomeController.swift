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
    /// The coordinateur's open import warnings (issue 13 §1); empty for everyone else.
    var warnings: [ImportWarningItem] = []
    var moreWarnings: Layout.Link? = nil
    /// Where the convention stands (issue 13 §2): "En cours…", "Échue depuis…".
    var state: String = ""
    var ended = false
    /// Once ended: the final bilan, and for the coordinateur the next convention from a copy.
    var finalBilan: Layout.Link? = nil
    var nextConvention: Layout.Link? = nil
    /// "Aucun avenant", "2 avenants", linked to their list.
    var avenants: Layout.Link? = nil
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
        try await home.applyWarnings(req, scope: scope, conventionID: conventionID)
        try await home.applyLife(req, convention: tree.convention, scope: scope)
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
            siren: tree.territory.siren ?? "non renseigné", departement: tree.territory.departement, caf: convention.cafName,
            period: "\(convention.startYear) – \(convention.endYear)",
            signatories: convention.signatories.split(separator: "\n").map(String.init),
            deliberation: deliberation.map {
                .init(number: $0.number, subject: $0.subject, date: FrenchFormat.date($0.sessionDate),
                      href: scope.path(.deliberation(number: $0.number)))
            },
            axes: axes, totals: totals)
    }
}

extension HomePage {
    /// The list of open warnings on the coordinateur's home, each with where to fix it.
    mutating func applyWarnings(_ req: Request, scope: TerritoryScope, conventionID: Int) async throws {
        guard ImportWarningsBox.canAct(req.currentUser, scope: scope) else { return }
        let shown = try await ImportWarningsBox.open(conventionID: conventionID, on: req.db)
        warnings = try ImportWarningsBox.items(shown, ref: scope.ref, retour: "accueil")
        let total = try await ImportWarningsBox.openCount(conventionID: conventionID, on: req.db)
        if total > shown.count {
            moreWarnings = .init(label: "Voir les \(total) avertissements dans l'éditeur du plan",
                                 href: PlanEditorPath.home.href(scope.ref) + "#avertissements")
        }
    }
}

extension HomePage {
    mutating func applyLife(_ req: Request, convention: Convention, scope: TerritoryScope) async throws {
        let life = try req.life(of: convention)
        state = life.stateLabel
        ended = life.isEnded
        let count = try await Avenant.query(on: req.db).filter(\.$convention.$id == convention.requireID()).count()
        avenants = .init(label: count == 0 ? "Aucun avenant" : FrenchFormat.plural(count, "avenant", "avenants"),
                         href: scope.path(.avenants))
        guard life.isEnded else { return }
        finalBilan = .init(label: "Bilan final \(convention.endYear)", href: scope.path(.bilan(year: convention.endYear)))
        if ImportWarningsBox.canAct(req.currentUser, scope: scope) {
            nextConvention = .init(label: "Ouvrir la convention suivante à partir de ce plan",
                                   href: PlanEditorPath.home.href(scope.ref) + "#conv-h")
        }
    }
}
