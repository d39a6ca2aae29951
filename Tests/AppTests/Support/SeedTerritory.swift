@testable import App
import Fluent

/// The territory of the bundled document, which `withApp` loads: its address and convention.
enum Seed {
    static let slug = "pays-de-saint-eloy"
    static let ref = TerritoryRef(slug: slug)

    /// The bundled document's territory page, as a link.
    static func path(_ page: TerritoryPage) -> String { ref.path(page) }

    static func territoryID(on db: any Database) async throws -> Int {
        guard let territory = try await Territory.query(on: db).filter(\.$slug == slug).first() else {
            preconditionFailure("le territoire du document livré manque")
        }
        return try territory.requireID()
    }

    static func conventionID(on db: any Database) async throws -> Int {
        try await ConventionChoice.resolve(territory: slug, convention: nil, on: db)
    }
}
