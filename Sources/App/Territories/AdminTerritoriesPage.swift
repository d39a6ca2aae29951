import CTGCore
import Fluent
import Vapor

/// `/admin/territoires`: every territory of the instance, a form to create one, and on
/// each territory a form for its first coordinateur. For instance admins only.
struct AdminTerritoriesPage: Encodable {
    struct Row: Encodable {
        var id: Int
        var name: String
        var siren: String
        var departement: String
        var slug: String
        var coordinateurs: [String]
        var hasCoordinateurs: Bool
        var coordinatorAction: String
    }

    /// What the creation form shows again after a refusal.
    struct Draft: Encodable {
        var name = ""
        var siren = ""
        var departement = ""
        var slug = ""
    }

    var layout: Layout
    var territories: [Row]
    var createAction: String
    var draft: Draft
    var departements: [FormOption]
    var minimumPasswordLength: Int
    var error: String?
    var notice: String?

    static func build(_ req: Request, draft: Draft, error: String?, notice: String?) async throws -> AdminTerritoriesPage {
        let territories = try await Territory.query(on: req.db).sort(\.$name).all()
        let coordinateurs = try await User.query(on: req.db).filter(\.$role == .coordinateur).sort(\.$email).all()
        let rows = try territories.map { territory in
            let id = try territory.requireID()
            let departement = Departement.withCode(territory.departement).map { "\($0.code) — \($0.name)" } ?? territory.departement
            return Row(id: id, name: territory.name, siren: territory.siren ?? "inconnu", departement: departement, slug: territory.slug,
                       coordinateurs: coordinateurs.filter { $0.$territory.id == id }.map(\.email),
                       hasCoordinateurs: coordinateurs.contains { $0.$territory.id == id },
                       coordinatorAction: SiteURL.adminTerritoryCoordinators(territoryID: id).path)
        }
        let departements = [FormOption(value: "", label: "Choisir…", selected: draft.departement.isEmpty)]
            + Departement.all.map { FormOption(value: $0.code, label: "\($0.code) — \($0.name)", selected: $0.code == draft.departement) }
        return AdminTerritoriesPage(layout: req.layout(title: "Territoires"), territories: rows,
                                    createAction: SiteURL.adminTerritories.path, draft: draft, departements: departements,
                                    minimumPasswordLength: UserDirectory.minimumPasswordLength, error: error, notice: notice)
    }
}
