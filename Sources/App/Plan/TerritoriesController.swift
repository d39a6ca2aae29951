import CTGCore
import Fluent
import Vapor

/// A territory without a convention yet (created by an admin, before its plan).
struct TerritoryEmptyPage: Encodable {
    var layout: Layout
    var territory: String
}

/// `/`: the territories this instance hosts. With only one, its home is the site's home,
/// so the page redirects there; the redirect is temporary since a second territory changes it.
struct TerritoriesPage: Encodable {
    struct Row: Encodable {
        var name: String
        var departement: String
        var href: String
        var convention: String?
    }

    var layout: Layout
    var territories: [Row]
}

enum TerritoriesController {
    @Sendable static func index(req: Request) async throws -> Response {
        let territories = try await Territory.query(on: req.db).sort(\.$name).all()
        if territories.count == 1, let only = territories.first {
            return req.redirect(to: TerritoryRef(slug: only.slug).path(.home), redirectType: .normal)
        }
        var rows: [TerritoriesPage.Row] = []
        for territory in territories {
            let convention = try await TerritoryScope.currentConvention(territoryID: territory.requireID(), on: req.db)
            let departement = Departement.withCode(territory.departement).map { "\($0.name) (\($0.code))" }
            rows.append(.init(name: territory.name, departement: departement ?? territory.departement,
                              href: TerritoryRef(slug: territory.slug).path(.home),
                              convention: convention.map { "\($0.title) (\($0.startYear) – \($0.endYear))" }))
        }
        let page = TerritoriesPage(layout: Layout(title: "Territoires", scope: nil), territories: rows)
        return try await req.view.render("territories", page).encodeResponse(for: req)
    }
}
