import Fluent
import Vapor

/// A body named by the plan: responsable, partenaire or financeur. The
/// document spells one body many ways, so the aliases seen are kept.
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    /// Newline-separated: portable between SQLite and PostgreSQL without array types.
    @Field(key: "aliases") var aliasesText: String

    init() {}

    init(territoryID: Int, name: String, kind: String, aliases: [String]) {
        self.$territory.id = territoryID
        self.name = name
        self.kind = kind
        self.aliasesText = aliases.joined(separator: "\n")
    }

    var aliases: [String] {
        aliasesText.split(separator: "\n").map(String.init)
    }
}
