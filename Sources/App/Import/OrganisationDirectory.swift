import CTGCore
import Fluent

/// The territory's organisations, found by the names the plan uses: through the aliases the
/// territory keeps (a person's merges among them) first, then the general rules. A body named
/// for the first time is created; the document's other spellings of it become its aliases.
struct OrganisationDirectory: Sendable {
    var idsByLabel: [String: Int]
    /// Names no rule could settle: they stay as text, and the import says so.
    var warnings: [String]

    func id(for label: String) -> Int? { idsByLabel[label] }

    static func sync(_ document: ParsedDocument, territory: Territory, cafName: String,
                     on db: any Database) async throws -> OrganisationDirectory {
        let territoryID = try territory.requireID()
        let rows = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).sort(\.$id).all()
        let context = TerritoryContext(territoryName: territory.name, departement: Departement.withCode(territory.departement),
                                       cafName: cafName)
        var resolver = OrganisationResolver(context: context, known: rows.map(\.known))
        var byName = Dictionary(rows.map { (OrganisationAlias.words($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        var directory = OrganisationDirectory(idsByLabel: [:], warnings: [])
        var changed: [Organisation] = []
        let parsedKinds = Dictionary((document.organisations ?? []).map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for (label, spellings) in labels(of: document) {
            switch resolver.resolve(label) {
            case let .body(name, kind, _):
                let row: Organisation
                if let existing = byName[OrganisationAlias.words(name)] {
                    row = existing
                } else {
                    // The document's reading of the kind saw every spelling ("Association Les Petits Loups").
                    let kind = kind == .autre ? parsedKinds[label] ?? kind : kind
                    row = Organisation(territoryID: territoryID, name: name, kind: kind.rawValue, aliases: [])
                    try await row.create(on: db)
                    byName[OrganisationAlias.words(name)] = row
                }
                let added = ([label] + spellings).filter { $0 != row.name && !row.aliases.contains($0) }
                if !added.isEmpty {
                    row.aliasesText = (row.aliases + added).joined(separator: "\n")
                    if !changed.contains(where: { $0 === row }) { changed.append(row) }
                }
                resolver.add(row.known)
                directory.idsByLabel[label] = try row.requireID()
            case .group:
                break
            case let .unresolved(why):
                if !document.warnings.contains(where: { $0.hasSuffix(why) }) { directory.warnings.append(why) }
            }
        }
        for row in changed { try await row.save(on: db) }
        return directory
    }

    /// Every name of the plan once, in document order, with the spellings the document
    /// gave for it (absent from JSON exports, which carry canonical names only).
    private static func labels(of document: ParsedDocument) -> [(String, [String])] {
        let actions = document.plan.axes.flatMap(\.objectives).flatMap(\.actions)
        let all = actions.flatMap { $0.leads + $0.partners + $0.subActions.flatMap(\.funders) }
        let spellings = Dictionary((document.organisations ?? []).map { ($0.name, $0.spellings) }, uniquingKeysWith: +)
        var seen = Set<String>()
        return all.filter { seen.insert($0).inserted }.map { ($0, spellings[$0] ?? []) }
    }
}

extension Organisation {
    var known: KnownOrganisation {
        KnownOrganisation(name: name, kind: OrganisationKind(rawValue: kind) ?? .autre, aliases: aliases)
    }
}
