import Fluent
import Vapor

/// `ctg bilan --year Y --format html|pdf|csv|json [--territory SLUG] [--convention ID] [--output FILE]`.
/// Progress lines go to stderr so that stdout stays the document itself.
struct BilanCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "year", help: "Année du bilan, par exemple 2023.")
        var year: String?
        @Option(name: "format", help: "html (document imprimable), pdf (avec sommaire paginé), csv ou json. Par défaut : html.")
        var format: String?
        @Option(name: "territory", help: "Adresse du territoire (par défaut : le seul territoire enregistré).")
        var territory: String?
        @Option(name: "convention", help: "Numéro de la convention (par défaut : celle en cours du territoire).")
        var convention: Int?
        @Option(name: "output", short: "o", help: "Fichier de sortie (par défaut : la sortie standard).")
        var output: String?
    }

    var help: String { "Produit le bilan annuel d'une convention (synthèse, axes, indicateurs) en HTML, PDF, CSV ou JSON." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let year = signature.year else { throw CommandFailure("Indiquez l'année du bilan : --year 2023.") }
        let raw = (signature.format ?? "html").lowercased()
        guard let format = BilanFormat(rawValue: raw) else {
            throw CommandFailure("Format « \(raw) » inconnu : choisissez html, pdf, csv ou json.")
        }
        try await context.application.autoMigrate()
        let data: Data
        do {
            data = try await BilanExport.render(format, year: year, conventionID: signature.convention, territory: signature.territory,
                                                app: context.application) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        try CommandOutput.write(data, to: signature.output, console: context.console, what: "Bilan")
    }
}
