import CTGCore
import Fluent
import Foundation
import Vapor

/// `ctg plan export` and `ctg plan import`: the plan d'actions of a territory's
/// convention as a spreadsheet (XLSX or CSV), out and back in.
struct PlanSheetCommandGroup: AsyncCommandGroup {
    var help: String { "Plan d'actions en tableur (XLSX ou CSV) : export et import." }
    var commands: [String: any AnyAsyncCommand] { ["export": PlanSheetExportCommand(), "import": PlanSheetImportCommand()] }
}

struct PlanSheetExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "territory", help: "Identifiant d'adresse (slug) du territoire.") var territory: String?
        @Option(name: "convention", help: "Numéro de la convention (par défaut : la plus récente du territoire).") var convention: Int?
        @Option(name: "format", help: "xlsx ou csv.") var format: String?
        @Option(name: "output", short: "o", help: "Fichier à écrire.") var output: String?
    }
    var help: String { "Exporte le plan d'actions en tableur XLSX ou CSV." }

    /// The territory's convention (`--convention`, else its current one), or a French failure.
    static func convention(_ slug: String, _ id: Int?, on db: any Database) async throws -> Int {
        do {
            return try await ConventionChoice.resolve(territory: slug, convention: id, on: db)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let slug = signature.territory else { throw CommandFailure("Indiquez le territoire : --territory SLUG.") }
        guard let format = PlanSheetFile.Format(rawValue: (signature.format ?? "xlsx").lowercased()) else {
            throw CommandFailure("Format « \(signature.format ?? "") » inconnu : choisissez xlsx ou csv.")
        }
        guard let output = signature.output else { throw CommandFailure("Indiquez le fichier à écrire : --output FICHIER.") }
        try await context.application.autoMigrate()
        let db = context.application.db
        let id = try await Self.convention(slug, signature.convention, on: db)
        let tree = try await PlanTree.load(conventionID: id, on: db)
        let data = format == .xlsx ? try PlanXLSX.render(tree) : try PlanCSV.render(tree)
        try CommandOutput.write(data, to: output, console: context.console, what: "Plan d'actions (\(format.rawValue.uppercased()))")
    }
}

struct PlanSheetImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "fichier", help: "Tableur XLSX ou CSV, dans les colonnes de l'export.") var path: String
        @Option(name: "territory", help: "Identifiant d'adresse (slug) du territoire.") var territory: String?
        @Option(name: "convention", help: "Numéro de la convention (par défaut : la plus récente du territoire).") var convention: Int?
        @Flag(name: "dry-run", help: "Vérifie le fichier et dit ce qui changerait, sans rien écrire.") var dryRun: Bool
        @Flag(name: "replace", help: "Importe même si des statuts, mesures ou évaluations seraient supprimés "
            + "(le plan actuel est d'abord sauvegardé dans un instantané).") var replace: Bool
    }
    var help: String { "Importe un plan d'actions modifié dans un tableur (XLSX ou CSV)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let slug = signature.territory else { throw CommandFailure("Indiquez le territoire : --territory SLUG.") }
        let url = URL(fileURLWithPath: signature.path)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int else {
            throw CommandFailure("Fichier « \(signature.path) » introuvable.")
        }
        guard size <= BodyLimit.upload else { throw CommandFailure("Le fichier dépasse 5 Mo : ce n'est pas un plan d'actions.") }
        try await context.application.autoMigrate()
        let db = context.application.db
        let id = try await PlanSheetExportCommand.convention(slug, signature.convention, on: db)
        let name = url.lastPathComponent
        let outcome: PlanSheetImport.Outcome
        do {
            let table = try PlanSheetFile.table(try Data(contentsOf: url), filename: name)
            outcome = try await PlanSheetImport(conventionID: id, sourceName: name, user: nil, replace: signature.replace,
                                                dryRun: signature.dryRun).run(table, on: db)
        } catch let refused as PlanSheetProblems {
            refused.lines.forEach { context.console.error($0) }
            throw CommandFailure("\(FrenchCount.phrase(refused.problems.count, "erreur", "erreurs")) dans « \(name) » : rien n'a été importé.")
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        for line in PlanSheetReport.lines(outcome, bullet: "  - ") { context.console.output(line.consoleText()) }
    }
}

/// The French account of an import, for the command and the page.
enum PlanSheetReport {
    /// The changes are prefixed with `bullet` (a page lists them in its own list).
    static func lines(_ outcome: PlanSheetImport.Outcome, bullet: String = "") -> [String] {
        guard !outcome.changes.isEmpty else { return ["Le fichier est identique au plan : rien n'a changé."] }
        let count = FrenchCount.phrase(outcome.changes.count, "modification", "modifications")
        let would = outcome.changes.count > 1 ? "seraient faites" : "serait faite"
        var lines = [outcome.dryRun ? "Essai : rien n'a été écrit. \(count) \(would) :"
                                    : "Plan importé : \(count)."]
        lines += outcome.changes.map { bullet + $0 }
        if let removed = outcome.removed { lines.append("Suppressions : \(removed).") }
        if let snapshot = outcome.snapshotID, !outcome.dryRun {
            lines.append("Le plan précédent est gardé dans l'instantané n° \(snapshot) (ctg snapshot restore \(snapshot)).")
        }
        return lines
    }
}
