import CTGCore
import Fluent
import Vapor

/// A territory's bodies as people see them: name, kind, the other names they appear under,
/// and how much points at them. Shared by `/organisations` and `ctg organisation list`.
struct TerritoryOrganisations {
    struct Row: Encodable {
        var id: Int
        var name: String
        var kind: String
        var aliases: [String]
        var mentions: Int
        var funders: Int
        var referents: Int
    }

    var territory: Territory
    var rows: [Row]
    private var organisations: [Organisation]

    static func load(_ territory: Territory, on db: any Database) async throws -> TerritoryOrganisations {
        let territoryID = try territory.requireID()
        let organisations = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).all()
            .sorted { $0.name.compare($1.name, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending }
        let ids = organisations.compactMap(\.id)
        let count = { (values: [Int?]) in values.compactMap { $0 }.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 } }
        let mentions = ids.isEmpty ? [:] : count(try await ActionOrganisation.query(on: db).filter(\.$organisation.$id ~~ ids).all(\.$organisation.$id))
        let funders = ids.isEmpty ? [:] : count(try await SousActionFunder.query(on: db).filter(\.$organisation.$id ~~ ids).all(\.$organisation.$id))
        let referents = ids.isEmpty ? [:] : count(try await User.query(on: db).filter(\.$organisation.$id ~~ ids).all(\.$organisation.$id))
        let rows = try organisations.map { o in
            let id = try o.requireID()
            return Row(id: id, name: o.name, kind: (OrganisationKind(rawValue: o.kind) ?? .autre).label, aliases: o.aliases,
                       mentions: mentions[id] ?? 0, funders: funders[id] ?? 0, referents: referents[id] ?? 0)
        }
        return TerritoryOrganisations(territory: territory, rows: rows, organisations: organisations)
    }

    /// An organisation by its number or its own name (case and accents aside), not an alias.
    func exact(_ raw: String) -> Row? {
        let wanted = raw.trimmingCharacters(in: .whitespaces)
        if let id = Int(wanted.trimmingCharacters(in: CharacterSet(charactersIn: "n°# "))), let row = rows.first(where: { $0.id == id }) {
            return row
        }
        return rows.first { OrganisationAlias.words($0.name) == OrganisationAlias.words(wanted) }
    }

    /// An organisation by its number, its name or any name it appears under (general rules included).
    func find(_ raw: String) -> Row? {
        if let row = exact(raw) { return row }
        let wanted = raw.trimmingCharacters(in: .whitespaces)
        let context = TerritoryContext(territoryName: territory.name, departement: Departement.withCode(territory.departement))
        let resolver = OrganisationResolver(context: context, known: organisations.map(\.known))
        guard case let .body(name, _, _) = resolver.resolve(wanted) else { return nil }
        return rows.first { $0.name == name }
    }
}

extension Territory {
    /// `--territory SLUG` of the commands.
    static func bySlug(_ slug: String, on db: any Database) async throws -> Territory {
        if let territory = try await Territory.query(on: db).filter(\.$slug == slug).first() { return territory }
        let slugs = try await Territory.query(on: db).sort(\.$slug).all(\.$slug)
        throw CommandFailure("Aucun territoire « \(slug) ». "
            + (slugs.isEmpty ? "Aucun territoire n'existe encore." : "Territoires : \(slugs.joined(separator: ", "))."))
    }
}
