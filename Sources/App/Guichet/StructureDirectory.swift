import CTGCore
import Fluent
import Vapor

/// The directory's query string, read leniently: a bad age is reported, not a 400.
struct DirectoryQuery: Content {
    var q: String?
    var commune: String?
    var age: String?
    var unite: String?
    var type: String?
    var page: Int?

    /// The filter it asks for, and a French sentence when the age could not be read.
    func filter() -> (DirectoryFilter, String?) {
        var filter = DirectoryFilter(words: q ?? "", commune: commune ?? "",
                                     kind: (type ?? "").isEmpty ? nil : StructureKind(rawValue: type ?? ""))
        let typed = (age ?? "").trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return (filter, nil) }
        let unit = ChildAge.Unit(rawValue: unite ?? "") ?? .years
        guard let value = Int(typed), let months = ChildAge.months(value, unit: unit) else {
            return (filter, "L'âge « \(typed) » n'est pas compris : indiquez un nombre entier d'années (0 à \(ChildAge.maxYears)) ou de mois.")
        }
        filter.ageMonths = months
        return (filter, nil)
    }
}

/// Loads a territory's structures for the directory and the API. A territory has at most a few
/// hundred structures: they are read by the indexed territory (and kind) columns, and words,
/// communes and ages are matched in Swift, which folds accents the same way on both engines.
enum StructureDirectory {
    static func search(_ filter: DirectoryFilter, territoryID: Int, on db: any Database) async throws -> [Structure] {
        let query = Structure.query(on: db).filter(\.$territory.$id == territoryID)
        if let kind = filter.kind { query.filter(\.$kind == kind.rawValue) }
        return try await query.sort(\.$name).all().filter { filter.matches(candidate($0)) }
    }

    static func candidate(_ structure: Structure) -> DirectoryFilter.Candidate {
        .init(name: structure.name, commune: structure.commune, text: structure.description + " " + structure.address,
              kind: structure.structureKind, ages: structure.ages)
    }

    /// The communes that have a structure, for the filter's list.
    static func communes(territoryID: Int, on db: any Database) async throws -> [String] {
        let names = try await Structure.query(on: db).filter(\.$territory.$id == territoryID)
            .field(\.$commune).all().map(\.commune)
        return Array(Set(names)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// Organisation names by id, for the rows that show their managing organisation.
    static func organisationNames(territoryID: Int, on db: any Database) async throws -> [Int: String] {
        let rows = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).all()
        return Dictionary(rows.compactMap { row in row.id.map { ($0, row.name) } }, uniquingKeysWith: { first, _ in first })
    }
}
