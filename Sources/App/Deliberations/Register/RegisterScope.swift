import Fluent
import Vapor

/// Which territory's register a request is about: the territory of `?convention=ID`,
/// or of the latest convention, like every other page of the site.
enum RegisterScope {
    static func territory(for req: Request) async throws -> Territory {
        let conventionID = try await req.conventionID()
        guard let convention = try await Convention.query(on: req.db).filter(\.$id == conventionID)
            .with(\.$territory).first() else {
            throw AppError.notFound("Aucune convention n° \(conventionID) n'est enregistrée.")
        }
        return convention.territory
    }

    /// "?convention=ID" when the request named one, so links and form targets keep the scope.
    static func querySuffix(for req: Request) -> String {
        guard let id = try? req.query.decode(ConventionQuery.self).convention else { return "" }
        return "?convention=\(id)"
    }
}
