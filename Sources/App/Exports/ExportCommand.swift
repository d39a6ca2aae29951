import Fluent
import Vapor

/// `ctg export [--territory SLUG] [--convention ID] --format json|csv [--output FILE]`
struct ExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "territory", help: "Adresse du territoire (par défaut : le seul territoire enregistré).")
        var territory: String?
        @Option(name: "convention", help: "Numéro de la convention (par défaut : celle en cours du territoire).")
        var convention: Int?
        @Option(name: "format", help: "json ou csv.")
        var format: String?
        @Option(name: "output", short: "o", help: "Fichier de sortie (par défaut : la sortie standard).")
        var output: String?
    }

    var help: String { "Exporte le plan d'actions d'une convention en JSON ou en CSV." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let format = (signature.format ?? "json").lowercased()
        guard ["json", "csv"].contains(format) else {
            throw CommandFailure("Format « \(format) » inconnu : choisissez json ou csv.")
        }
        let db = context.application.db
        try await context.application.autoMigrate()
        let data: Data
        do {
            let id = try await ConventionChoice.resolve(territory: signature.territory, convention: signature.convention, on: db)
            let (tree, json) = try await PlanExport.document(conventionID: id, on: db)
            data = format == "csv" ? try PlanCSV.render(tree) : json
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        try CommandOutput.write(data, to: signature.output, console: context.console, what: "Export")
    }
}
