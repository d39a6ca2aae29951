import Fluent
import Vapor

/// Which convention a command means: `--convention ID`, else the current one of
/// `--territory SLUG`, else the only territory's. With several territories and
/// neither option, the command asks rather than pick one silently.
enum ConventionChoice {
    static func resolve(territory slug: String?, convention: Int?, on db: any Database) async throws -> Int {
        if let slug {
            let scope = try await TerritoryScope.of(slug: slug, conventionID: convention, on: db)
            return try scope.requireConventionID()
        }
        if let convention {
            guard try await Convention.find(convention, on: db) != nil else {
                throw AppError.notFound("Aucune convention n° \(convention) n'est enregistrée.")
            }
            return convention
        }
        let territories = try await Territory.query(on: db).sort(\.$slug).all()
        guard let only = territories.first else {
            throw AppError.unavailable("Aucune convention n'est encore chargée. Lancez « ctg import » ou redémarrez le serveur.")
        }
        guard territories.count == 1 else {
            let slugs = territories.map(\.slug).joined(separator: ", ")
            throw AppError.invalidInput("Plusieurs territoires sont enregistrés : précisez --territory (\(slugs)).")
        }
        return try await TerritoryScope.of(slug: only.slug, on: db).requireConventionID()
    }
}
