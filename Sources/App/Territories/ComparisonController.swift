import CTGCore
import Fluent
import Vapor

/// `/territoires`: the CTGs a CAF follows, side by side — for a `caf` account the territories
/// of its département, for the instance admin every one. Nobody else needs it: a territory's
/// own users have its pages.
enum ComparisonController {
    @Sendable static func show(req: Request) async throws -> View {
        let user = try req.requireUser()
        let territories = try await ComparisonAccess.territories(for: user, on: req.db)
        var columns: [TerritoryComparison.Column] = []
        for territory in territories {
            columns.append(try await ComparisonLoader.column(territory, today: req.pilotageToday,
                                                             sources: req.application.computedSources, on: req.db))
        }
        return try await req.view.render("territoires", ComparisonPage(
            layout: req.layout(title: "Comparer les territoires"), scopeLabel: ComparisonAccess.label(for: user),
            table: TerritoryComparison(columns: columns)))
    }
}

/// Who compares which territories: the rule of `AccessPolicy.reads`, applied to all of them.
enum ComparisonAccess {
    static func territories(for user: User, on db: any Database) async throws -> [Territory] {
        guard user.role == .caf || user.role == .admin else { throw AccessDenied.role([.caf, .admin]) }
        let all = try await Territory.query(on: db).sort(\.$id).all()
        return user.role == .admin ? all : all.filter { AccessPolicy.reads(user, $0) }
    }

    /// The sentence under the title: which territories the page holds, and why.
    static func label(for user: User) -> String {
        if user.role == .admin { return "Tous les territoires de l'instance." }
        guard let departement = user.departement.flatMap(Departement.withCode) else {
            return "Aucun département n'est associé à votre compte."
        }
        return "Les territoires du département \(departement.name) (\(departement.code))."
    }
}
