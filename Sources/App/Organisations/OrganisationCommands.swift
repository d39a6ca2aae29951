import CTGCore
import Vapor

/// `ctg organisation list --territory SLUG` and `ctg organisation merge --territory SLUG FROM INTO`.
struct OrganisationCommandGroup: AsyncCommandGroup {
    var help: String { "Organisations d'un territoire : liste et fusion." }
    var commands: [String: any AnyAsyncCommand] { ["list": OrganisationListCommand(), "merge": OrganisationMergeCommand()] }
}

struct OrganisationListCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "territory", help: "Identifiant du territoire dans les adresses (le début de ses pages, ex. « loir-luce-berce »).")
        var territory: String?
    }
    var help: String { "Liste les organisations du territoire, leur type et les noms sous lesquels elles apparaissent." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        guard let slug = signature.territory else { throw CommandFailure("Précisez le territoire : --territory SLUG.") }
        let list = try await TerritoryOrganisations.load(try await Territory.bySlug(slug, on: context.application.db),
                                                         on: context.application.db)
        if list.rows.isEmpty { context.console.output("Aucune organisation dans ce territoire.") }
        for row in list.rows {
            var line = "n° \(row.id) — \(row.name) (\(row.kind)) — " + [FrenchCount.phrase(row.mentions, "mention"), FrenchCount.phrase(row.funders, "financement"), FrenchCount.phrase(row.referents, "référent")].joined(separator: ", ")
            if !row.aliases.isEmpty { line += "\n    aussi : " + row.aliases.joined(separator: " ; ") }
            context.console.output(line.consoleText())
        }
    }
}

struct OrganisationMergeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "territory", help: "Identifiant du territoire dans les adresses (le début de ses pages, ex. « loir-luce-berce »).")
        var territory: String?
        @Argument(name: "from", help: "Organisation qui disparaît (numéro, nom ou autre nom).")
        var from: String
        @Argument(name: "into", help: "Organisation qui reste (numéro, nom ou autre nom).")
        var into: String
    }
    var help: String { "Fusionne deux organisations : la première devient un autre nom de la seconde." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        let db = context.application.db
        guard let slug = signature.territory else { throw CommandFailure("Précisez le territoire : --territory SLUG.") }
        let territory = try await Territory.bySlug(slug, on: db)
        let list = try await TerritoryOrganisations.load(territory, on: db)
        // The row that goes is named by its own name: an alias designates the body it already belongs to.
        guard let from = list.exact(signature.from) else {
            if let owner = list.find(signature.from) {
                throw CommandFailure("« \(signature.from) » est déjà un autre nom de « \(owner.name) » : rien à fusionner.")
            }
            throw CommandFailure("Organisation « \(signature.from) » introuvable dans ce territoire (voir « ctg organisation list »).")
        }
        guard let into = list.find(signature.into) else { throw CommandFailure("Organisation « \(signature.into) » introuvable dans ce territoire (voir « ctg organisation list »).") }
        do {
            let outcome = try await OrganisationMerge.merge(fromID: from.id, intoID: into.id, territoryID: try territory.requireID(),
                                                            by: nil, on: db)
            context.console.output(outcome.sentence.consoleText())
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
    }
}
