import CTGCore
import Foundation
import Vapor

/// `ctg deliberation check PATH [--session-date AAAA-MM-JJ] [--json]`
struct DeliberationCheckCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "path", help: "Document contenant la délibération (texte du registre ou export JSON de ctg).")
        var path: String
        @Option(name: "session-date", help: "Juge la séance comme si elle s'était tenue à cette date (AAAA-MM-JJ).")
        var sessionDate: String?
        @Flag(name: "json", help: "Affiche le résultat en JSON sur la sortie standard.")
        var json: Bool
    }

    var help: String { "Calcule les décomptes et le verdict de légalité d'une délibération." }

    func run(using context: CommandContext, signature: Signature) async throws {
        // A text that is not a CTG document may still be any council's deliberation or procès-verbal.
        if let report = try DeliberationCheckCLI.seanceReport(path: signature.path, sessionDate: signature.sessionDate) {
            let output = signature.json ? try SeanceCheckCLI.json(report) : SeanceCheckCLI.text(report)
            context.console.output(output.consoleText())
            return
        }
        let check = try DeliberationCheckCLI.check(path: signature.path, sessionDate: signature.sessionDate)
        if signature.json {
            context.console.output(try DeliberationCheckCLI.json(check).consoleText())
        } else {
            context.console.output(DeliberationCheckCLI.text(check).consoleText())
        }
    }
}

/// The command's work, callable from tests without spawning a process.
enum DeliberationCheckCLI {
    static func check(path: String, sessionDate: String?) throws -> DeliberationCheck {
        let date = try parseDate(sessionDate)
        do {
            guard let deliberation = try DocumentSource.load(path: path).deliberation else {
                throw CommandFailure("Le document « \(path) » ne contient pas de délibération reconnaissable.")
            }
            let session = try ParsedSession(deliberation, sessionDate: date)
            return DeliberationRules.check(facts: session.facts, sessionDate: session.sessionDate)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
    }

    /// The séance reader's report when the file is a text that the CTG document parser refuses;
    /// nil when it is a CTG document (or its JSON export), which `check` handles as before.
    static func seanceReport(path: String, sessionDate: String?) throws -> SeanceCheckCLI.Report? {
        let date = try parseDate(sessionDate)
        do {
            let data = try DocumentSource.read(path: path)
            if let document = try? DocumentSource.parse(data: data), document.deliberation != nil,
               !RegisterImport.readsAsSeance(document, data: data) { return nil }
            return try SeanceCheckCLI.report(text: try DocumentEncoding.decode(data).text, sessionDate: date)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        } catch let error as DocumentError {
            throw CommandFailure(error.description)
        }
    }

    private static func parseDate(_ raw: String?) throws -> CivilDate? {
        guard let raw else { return nil }
        guard let parsed = CivilDate(raw) else {
            throw CommandFailure("La date de séance « \(raw) » doit être au format AAAA-MM-JJ, par exemple 2022-08-02.")
        }
        return parsed
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func text(_ check: DeliberationCheck) -> String {
        ([check.valid ? "Délibération régulière." : "Délibération irrégulière.",
          "En exercice : \(check.membersInOffice), présents : \(check.present), représentés : \(check.represented), "
            + "votants : \(check.voters), quorum requis : \(check.quorumRequired)."]
            + check.reasons.map { "- " + $0 }).joined(separator: "\n")
    }
}

/// `ctg actes parse ID [--json]`
struct ActesParseCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "id", help: "Identifiant ACTES, par exemple 063-200072080-20220607-CC20220406-DE.")
        var id: String
        @Flag(name: "json", help: "Affiche les champs en JSON sur la sortie standard.")
        var json: Bool
    }

    var help: String { "Décompose un identifiant ACTES et en vérifie chaque segment." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let fields = try ActesParseCLI.parse(signature.id)
        context.console.output((signature.json ? try ActesParseCLI.json(fields) : ActesParseCLI.text(fields)).consoleText())
    }
}

enum ActesParseCLI {
    struct Fields: Codable, Equatable {
        var identifier: String
        var departement: String
        var siren: String
        var date: CivilDate
        var internalNumber: String
        var nature: String
        var natureLabel: String
    }

    static func parse(_ raw: String) throws -> Fields {
        switch ActesIdentifier.parse(raw) {
        case .failure(let error):
            throw CommandFailure(error.message)
        case .success(let id):
            return Fields(identifier: id.description, departement: id.departement, siren: id.siren, date: id.date,
                          internalNumber: id.internalNumber, nature: id.nature.rawValue, natureLabel: id.nature.label)
        }
    }

    static func json(_ fields: Fields) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(fields), as: UTF8.self)
    }

    static func text(_ fields: Fields) -> String {
        ["Département : \(fields.departement)", "SIREN : \(fields.siren)", "Date : \(fields.date.french)",
         "Numéro interne : \(fields.internalNumber)", "Nature : \(fields.nature) (\(fields.natureLabel))"].joined(separator: "\n")
    }
}

/// `ctg deliberation …` and `ctg actes …`, registered as command groups.
struct DeliberationCommandGroup: AsyncCommandGroup {
    var help: String { "Registre des délibérations." }
    var commands: [String: any AnyAsyncCommand] { ["check": DeliberationCheckCommand()] }
}

struct ActesCommandGroup: AsyncCommandGroup {
    var help: String { "Identifiants ACTES (télétransmission au contrôle de légalité)." }
    var commands: [String: any AnyAsyncCommand] { ["parse": ActesParseCommand()] }
}
