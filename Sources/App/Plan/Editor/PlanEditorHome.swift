import CTGCore
import Fluent
import Vapor

/// `/plan/edition`: the territory's conventions, the chosen one's plan as a tree of
/// small forms (rename, move, delete, add below), its open import warnings, and the
/// form that starts a new convention.
struct PlanEditorHome: Encodable {
    struct ConventionLink: Encodable { var title: String; var period: String; var href: String; var current: Bool }
    struct Row: Encodable {
        var id: Int
        var anchor: String
        var code: String
        var title: String
        var renameAction: String?
        var moveAction: String
        var deleteHref: String
        var editHref: String?
        var addAction: String?
        var children: [Row]
    }
    struct NewConvention: Encodable {
        var action: String; var title: String; var cafName: String; var startYear: Int; var endYear: Int
        /// Conventions whose plan can be copied, the latest one selected (the CAF renews a CTG).
        var sources: [Source] = []
    }
    struct Source: Encodable { var id: Int; var label: String; var selected: Bool }

    var layout: Layout
    var territory: String
    var conventions: [ConventionLink]
    var convention: String?
    var planHref: String?
    var addAxeAction: String?
    var axes: [Row]
    var warnings: [ImportWarningItem]
    var newConvention: NewConvention

    @Sendable static func show(req: Request) async throws -> View {
        let (_, scope) = try await req.planEditorTerritory()
        let territory = scope.territory
        let slug = scope.ref.slug
        let conventions = try await Convention.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$startYear, .descending).sort(\.$id).all()
        let chosen = scope.convention?.id
        let year = Calendar.current.component(.year, from: Date())
        let caf = Departement.withCode(territory.departement)?.cafName ?? ""
        var page = PlanEditorHome(
            layout: req.layout(title: "Éditeur du plan d'actions"), territory: territory.name,
            conventions: try conventions.map {
                let id = try $0.requireID()
                return ConventionLink(title: $0.title, period: "\($0.startYear)–\($0.endYear)",
                                      href: PlanEditorPath.home.href(TerritoryRef(slug: slug, convention: id)),
                                      current: id == chosen)
            },
            axes: [], warnings: [],
            newConvention: NewConvention(action: PlanEditorPath.conventions.href(TerritoryRef(slug: slug)),
                                         title: "Convention Territoriale Globale — \(territory.name)", cafName: caf,
                                         startYear: year, endYear: year + 3,
                                         sources: try Self.copySources(conventions)))
        if let chosen { try await page.fill(TerritoryRef(slug: slug, convention: chosen), on: req.db) }
        return try await req.view.render("plan-editor", page)
    }

    /// Latest-ending first; that one is preselected.
    static func copySources(_ conventions: [Convention]) throws -> [Source] {
        let latest = conventions.max { ($0.endYear, $0.id ?? 0) < ($1.endYear, $1.id ?? 0) }?.id
        return try conventions.map {
            Source(id: try $0.requireID(), label: "\($0.title) (\($0.startYear)–\($0.endYear))", selected: $0.id == latest)
        }
    }

    private mutating func fill(_ ref: TerritoryRef, on db: any Database) async throws {
        let tree = try await PlanTree.load(conventionID: ref.convention ?? 0, on: db)
        convention = tree.convention.title
        planHref = ref.path(.plan)
        addAxeAction = PlanEditorPath.axes.href(ref)
        axes = try tree.axes.map { axe in
            let axeID = try axe.requireID()
            return Self.row(.axe, axeID, code: String(axe.number), title: axe.title ?? "", ref: ref,
                            children: try axe.sortedObjectifs.map { objectif in
                let objectifID = try objectif.requireID()
                return Self.row(.objectif, objectifID, code: "\(axe.number)-\(objectif.number)", title: objectif.title,
                                ref: ref, children: try objectif.sortedActions.map { action in
                    var fiche = Self.row(.fiche, try action.requireID(), code: action.code, title: action.title,
                                         ref: ref, children: [])
                    fiche.renameAction = nil
                    fiche.addAction = nil
                    fiche.editHref = PlanEditorPath.fiche(code: action.code).href(ref)
                    return fiche
                })
            })
        }
        warnings = try ImportWarningsBox.items(tree.warnings, ref: ref, retour: "edition")
    }

    private static func row(_ kind: PlanEditorMove.Kind, _ id: Int, code: String, title: String, ref: TerritoryRef,
                            children: [Row]) -> Row {
        Row(id: id, anchor: "\(kind.rawValue)-\(id)", code: code, title: title,
            renameAction: PlanEditorPath.item(kind, id: id).href(ref),
            moveAction: PlanEditorPath.move(kind, id: id).href(ref),
            deleteHref: PlanEditorPath.deletion(kind, id: id).href(ref),
            editHref: nil, addAction: PlanEditorPath.children(kind, id: id).href(ref),
            children: children)
    }
}
