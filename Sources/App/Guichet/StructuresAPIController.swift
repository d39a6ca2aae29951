import CTGCore
import Vapor

/// `GET /api/v1/territoires/{territoire}/structures`: the directory as JSON, with the same
/// filters as the page (`q`, `commune`, `age`, `unite`, `type`), for partner apps.
enum StructuresAPIController {
    struct Item: Content {
        var id: Int
        var name: String
        var kind: String
        var kindLabel: String
        var organisation: String?
        var commune: String
        var address: String
        var minAgeMonths: Int?
        var maxAgeMonths: Int?
        var ages: String
        var openingHours: String
        var places: Int?
        var phone: String
        var email: String
        var website: String
        var url: String
        var isDemo: Bool
        var updatedAt: Date?
    }

    @Sendable static func list(req: Request) async throws -> [Item] {
        let scope = try await req.territoryScope()
        let query = (try? req.query.decode(DirectoryQuery.self)) ?? DirectoryQuery()
        let (filter, error) = query.filter()
        if let error { throw AppError.invalidInput(error) }
        let names = try await StructureDirectory.organisationNames(territoryID: scope.territoryID, on: req.db)
        return try await StructureDirectory.search(filter, territoryID: scope.territoryID, on: req.db).map { row in
            let id = row.id ?? 0
            return Item(id: id, name: row.name, kind: row.kind, kindLabel: row.structureKind.label,
                        organisation: row.$organisation.id.flatMap { names[$0] }, commune: row.commune, address: row.address,
                        minAgeMonths: row.minAgeMonths, maxAgeMonths: row.maxAgeMonths, ages: row.ages.label,
                        openingHours: row.openingHours, places: row.places, phone: row.phone, email: row.email,
                        website: row.website, url: scope.ref.path(.guichet(.structure(id: id))), isDemo: row.isDemo,
                        updatedAt: row.updatedAt)
        }
    }
}
