import CTGCore
import Fluent

/// The territory's organisations, keyed by canonical name, created from the
/// catalogue of known bodies so aliases resolve to one row.
struct OrganisationDirectory: Sendable {
    var idsByName: [String: Int]

    func id(for label: String) -> Int? {
        idsByName[OrganisationCatalog.canonicalName(for: label) ?? label]
    }

    static func sync(territoryID: Int, on db: any Database) async throws -> OrganisationDirectory {
        let existing = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).all()
        var ids: [String: Int] = [:]
        for organisation in existing {
            ids[organisation.name] = try organisation.requireID()
        }
        for known in OrganisationCatalog.all where ids[known.name] == nil {
            let organisation = Organisation(territoryID: territoryID, name: known.name,
                                            kind: known.kind.rawValue, aliases: known.aliases)
            try await organisation.save(on: db)
            ids[known.name] = try organisation.requireID()
        }
        return OrganisationDirectory(idsByName: ids)
    }
}
