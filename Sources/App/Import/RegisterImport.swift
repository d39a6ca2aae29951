import CTGCore
import Fluent
import Foundation
import Vapor

/// `ctg import` of any council's deliberation or procès-verbal without a plan d'actions
/// (issue 8 §3): a text in which the CTG document parser finds no plan (or nothing at all)
/// is read by `SeanceReader`; when it finds a séance, the text goes to the register.
/// A text in which it finds neither a deliberation nor a list of présents is still refused.
/// A text with a plan, and a JSON export, take the plan importer's road as before.
enum RegisterImport {
    /// What the file given to `ctg import` turned out to be.
    enum Source {
        case plan(ParsedDocument)
        case register(ParsedSeance, text: String)

        var preview: ImportPreview {
            switch self {
            case .plan(let document): ImportPreview(document: document)
            case .register(let seance, let text): ImportPreview(seance: seance, actesId: RegisterImport.actesId(text))
            }
        }
    }

    static func load(path: String) throws -> Source {
        let data = try DocumentSource.read(path: path)
        let document: ParsedDocument
        do {
            document = try DocumentSource.parse(data: data)
        } catch let refusal as AppError where refusal.reason == DocumentError.notADeliberation.description {
            guard let register = register(data) else { throw refusal }
            return register
        }
        if readsAsSeance(document, data: data), let register = register(data) {
            return register
        }
        return .plan(document)
    }

    /// Whether a text the CTG parser accepted is better read as a séance: the CTG parser also
    /// accepts some councils' extraits (an "Objet" and a number) but reads them poorly, so
    /// without a plan the séance reader is the one to trust. `ctg deliberation check` asks too.
    static func readsAsSeance(_ document: ParsedDocument, data: Data) -> Bool {
        document.plan.axes.isEmpty && !DocumentSource.looksLikeJSON(data) && register(data) != nil
    }

    private static func register(_ data: Data) -> Source? {
        guard let text = try? DocumentEncoding.decode(data).text else { return nil }
        let seance = SeanceReader.read(text)
        guard !seance.deliberations.isEmpty || !seance.present.isEmpty else { return nil }
        return .register(seance, text: text)
    }

    /// The text's ACTES identifier when it has exactly one.
    static func actesId(_ text: String) -> String? {
        let all = SeanceActes.all(in: text)
        return all.count == 1 ? all[0].description : nil
    }

    /// The command's work for a register text; `lines` go to the console (or stderr with --json).
    static func run(_ seance: ParsedSeance, text: String, path: String, territory slug: String?, replace: Bool,
                    on db: any Database) async throws -> [String] {
        let draft = try RegisterDraft(seance, actesId: actesId(text))
        let summary = try await RegisterImporter.run(draft, territory: RegisterTerritory(text: text, slug: slug),
                                                     sourceName: (path as NSString).lastPathComponent,
                                                     replace: replace, on: db)
        // The reader's warnings (fields the text leaves out, counts and lists that disagree) come last.
        var out = summary.output
        if !seance.warnings.isEmpty {
            out.append("Lecture du texte :")
            out += seance.warnings.map { "  - \($0)" }
        }
        return out
    }
}

/// The `ctg import` branch for register texts, kept out of `ImportCommand`.
enum RegisterImportCommand {
    static func run(_ source: RegisterImport.Source, signature: ImportCommand.Signature,
                    context: CommandContext) async throws {
        guard case .register(let seance, let text) = source else { return }
        if signature.dryRun {
            if !signature.json {
                context.console.info("Analyse seule (--dry-run) : rien n'a été écrit.")
                ImportPreview(seance: seance).deliberations.forEach {
                    context.console.output("Délibération n° \($0.number ?? "?") : \($0.subject ?? "objet non trouvé")".consoleText())
                }
                seance.warnings.forEach { context.console.output("  - \($0)".consoleText()) }
            }
            return
        }
        try await context.application.autoMigrate()
        let lines: [String]
        do {
            lines = try await RegisterImport.run(seance, text: text, path: signature.path, territory: signature.territory,
                                                 replace: signature.replace, on: context.application.db)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        for line in lines {
            // With --json, stdout carries only the JSON document; the summary goes to stderr.
            if signature.json {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            } else {
                context.console.output(line.consoleText())
            }
        }
    }
}
