import CTGCore
import Foundation
import Vapor

/// `/deliberations.csv`: the territory's adopted deliberations in the SCDL
/// "Délibérations" schema (columns and formats from `SCDLDeliberations`, CTGCore).
///
/// Written as OpenDataFrance asks of an open-data CSV ("Produire un fichier CSV de
/// qualité"): UTF-8 without byte-order mark, `,` as separator, CRLF line ends, a header
/// row, fields quoted when they hold a comma, a quote or a line break, formulas neutralised
/// (`CSVExport`). Not the French Excel dialect of `/plan.csv`: Validata and the portals read this one.
enum SCDLExport {
    static func input(_ entry: RegisterEntry, territory: Territory, settings: RegisterSettings) -> SCDLDeliberationInput? {
        guard let check = entry.check(), check.adopted, let date = entry.sessionDate else { return nil }
        let row = entry.deliberation
        let vote = row.voteTally
        return SCDLDeliberationInput(
            collectiviteNom: settings.officialName ?? territory.name, collectiviteSiret: settings.siret ?? "",
            delibId: row.number, delibDate: date, matiereCode: row.matiereCode ?? "", matiereNom: row.matiereNom ?? "",
            objet: row.subject.split(whereSeparator: \.isNewline).joined(separator: " "),
            prefId: settings.prefID, prefDate: row.receivedOn.flatMap({ CivilDate($0) }),
            voteEffectif: check.membersInOffice, voteReel: check.voters,
            votePour: vote?.pour, voteContre: vote?.contre, voteAbstention: vote?.abstentions)
    }

    static func render(_ entries: [RegisterEntry], territory: Territory, settings: RegisterSettings) throws -> Data {
        let rows = entries.compactMap { input($0, territory: territory, settings: settings) }.map(SCDLDeliberations.row)
        return try CSVExport.render(header: SCDLDeliberations.columns, rows: rows, dialect: .openData)
    }

    /// What a validator would reject in the export, in French, so the coordinateur can
    /// complete the settings (SIRET) or the deliberations (matière) first.
    static func warnings(_ entries: [RegisterEntry], territory: Territory, settings: RegisterSettings) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for entry in entries {
            guard let input = input(entry, territory: territory, settings: settings) else { continue }
            for message in SCDLDeliberations.validate(input) {
                let line = "N° \(input.delibId) : \(message)"
                if seen.insert(line).inserted { out.append(line) }
            }
        }
        return out
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let territory = try await RegisterScope.territory(for: req)
        let settings = try await RegisterSettings.forTerritory(territory, on: req.db)
        let entries = try await RegisterQuery.entries(territory: territory, on: req.db)
        return ExportController.download(try render(entries, territory: territory, settings: settings),
                                         filename: "deliberations-\(territory.siren ?? territory.slug).csv",
                                         type: "text/csv; charset=utf-8")
    }
}
