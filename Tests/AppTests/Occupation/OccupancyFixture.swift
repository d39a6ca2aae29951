@testable import App
import CTGCore
import Fluent
import SQLKit
import Vapor

/// A crèche of the seeded territory (or another), and the addresses of its occupancy pages.
enum OccupancyFixture {
    static func structure(_ app: Application, name: String = "Micro-crèche Essai", organisation: String? = nil,
                          territoryID: Int? = nil) async throws -> Structure {
        var territoryID = territoryID
        if territoryID == nil { territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID() }
        var organisationID: Int?
        if let organisation {
            organisationID = try await Organisation.query(on: app.db).filter(\.$territory.$id == territoryID!)
                .filter(\.$name == organisation).first()!.requireID()
        }
        let structure = Structure(territoryID: territoryID!, organisationID: organisationID, name: name, kind: .microCreche, commune: "")
        try await structure.create(on: app.db)
        return structure
    }

    static func path(_ page: OccupancyPath, slug: String = Seed.slug) -> String {
        TerritoryRef(slug: slug).path(.occupancy(page))
    }

    static func attendanceCount(_ app: Application) async throws -> Int {
        try await (app.db as! any SQLDatabase).raw("SELECT count(*) AS n FROM occupancy_attendances").first()!.decode(column: "n", as: Int.self)
    }
}

extension OccupancyFixture {
    static func equipmentPath(_ page: EquipmentPath, slug: String = Seed.slug) -> String {
        TerritoryRef(slug: slug).path(.equipment(page))
    }
}
