import CTGCore
import Fluent
import Vapor

/// `ctg import PATH [--dry-run] [--json] [--replace]`
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "path", help: "Document à importer : texte de délibération ou export JSON de ctg.")
        var path: String
        @Flag(name: "dry-run", help: "Analyse le document sans rien écrire.")
        var dryRun: Bool
        @Flag(name: "json", help: "Affiche le résultat de l'analyse en JSON sur la sortie standard.")
        var json: Bool
        @Flag(name: "replace", help: "Remplace le plan même si des fiches, sous-actions ou indicateurs suivis "
            + "disparaissent ou si le document paraît incomplet ; le plan actuel est d'abord sauvegardé "
            + "(voir « ctg snapshot list »). Pour une séance déjà au registre : remplace les valeurs qui diffèrent, "
            + "chacune inscrite au journal avec sa valeur précédente.")
        var replace: Bool
        @Option(name: "territory", help: "Pour une délibération ou un procès-verbal sans plan : identifiant (slug) "
            + "du territoire dont le registre la reçoit, quand le texte ne porte pas de SIREN.")
        var territory: String?
    }

    var help: String { "Importe une délibération et son plan d'actions de CTG, ou la séance d'un conseil dans son registre." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let source: RegisterImport.Source
        do {
            source = try RegisterImport.load(path: signature.path)
            try RegisterTerritory.checkSlug(signature.territory)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        if signature.json {
            context.console.output(String(decoding: try source.preview.jsonData(pretty: true), as: UTF8.self).consoleText())
        }
        guard case .plan(let document) = source else {
            return try await RegisterImportCommand.run(source, signature: signature, context: context)
        }
        if signature.territory != nil {
            throw CommandFailure("--territory ne s'applique qu'aux délibérations sans plan d'actions : "
                + "le territoire d'un plan de CTG vient de son identifiant ACTES.")
        }
        if signature.dryRun {
            let summary = ImportSummary(conventionID: 0, plan: document.plan, warnings: document.warnings, alreadyImported: false)
            if !signature.json {
                context.console.info("Analyse seule (--dry-run) : rien n'a été écrit.")
                summary.lines.dropFirst().forEach { context.console.output($0.consoleText()) }
            }
            return
        }
        try await context.application.autoMigrate()
        do {
            let summary = try await PlanImporter.run(document, sourceName: (signature.path as NSString).lastPathComponent,
                                                     replace: signature.replace, on: context.application.db)
            // With --json, stdout carries only the JSON document; the summary goes to stderr.
            for line in summary.lines {
                if signature.json {
                    FileHandle.standardError.write(Data((line + "\n").utf8))
                } else {
                    context.console.output(line.consoleText())
                }
            }
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
    }
}

/// A command error whose French message is printed as is, with a non-zero exit.
struct CommandFailure: Error, CustomStringConvertible, LocalizedError {
    var description: String
    init(_ message: String) { description = message }
    var errorDescription: String? { description }
}
