import CTGCore
import Fluent
import Vapor

/// `ctg territory create --name … --siren … --departement 63 [--slug …]` and
/// `ctg territory list`: the admin page's work from the server's shell.
struct TerritoryCommand: AsyncCommandGroup {
    var help: String { "Crée et liste les territoires de l'instance." }
    var commands: [String: any AnyAsyncCommand] { ["create": TerritoryCreateCommand(), "list": TerritoryListCommand()] }
}

struct TerritoryCreateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "name", help: "Nom du territoire (« Communauté de communes du … »).")
        var name: String?
        @Option(name: "siren", help: "SIREN du territoire (9 chiffres, clé de Luhn vérifiée).")
        var siren: String?
        @Option(name: "departement", help: "Code du département : 63, 2A, 974…")
        var departement: String?
        @Option(name: "slug", help: "Adresse du territoire (proposée à partir du nom si absente).")
        var slug: String?
    }

    var help: String { "Crée un territoire." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let input = TerritoryCreation.Input(name: signature.name ?? "", siren: signature.siren ?? "",
                                            departement: signature.departement ?? "", slug: signature.slug)
        let territory = try await Self.create(input, on: app.db)
        context.console.info("Territoire créé : \(territory.name) (SIREN \(territory.siren), département \(territory.departement)), "
            + "adresse /\(territory.slug). Créez son coordinateur : ctg user create --role coordinateur --territory \(territory.slug) …")
    }

    static func create(_ input: TerritoryCreation.Input, on db: any Database) async throws -> Territory {
        do {
            return try await TerritoryCreation.create(input, by: nil, on: db)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
    }
}

struct TerritoryListCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Liste les territoires : adresse, SIREN, département, nom." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        // Standard output carries the list only, one territory a line, tab-separated.
        for line in try await Self.lines(on: app.db) { print(line) }
    }

    static func lines(on db: any Database) async throws -> [String] {
        try await Territory.query(on: db).sort(\.$slug).all()
            .map { [$0.slug, $0.siren ?? "-", $0.departement, $0.name].joined(separator: "\t") }
    }
}
