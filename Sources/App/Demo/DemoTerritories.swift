import CTGCore
import Fluent
import Foundation
import Vapor

/// The demonstration territories beside the bundled one (issue 8): two invented EPCIs of
/// other départements, each given as its council's text (in another layout than the
/// bundled document) and its plan d'actions as a spreadsheet — the two ways a territory
/// without a CTG document of the bundled kind starts in ctg. Everything about them comes
/// from those files, through the same importers as `ctg import` and `ctg plan import`.
enum DemoTerritories {
    /// File name prefixes in Resources/Demo, in the order `--territories N` adds them.
    static let names = ["bocage-fictif", "val-d-arve-fictif"]

    struct Loaded: Sendable {
        var territory: String
        var lines: [String]
    }

    /// Loads the first `count - 1` invented territories (the bundled one counts as the first).
    /// One already loaded (its convention exists) is left as it is.
    static func load(count: Int, app: Application) async throws -> [Loaded] {
        var loaded: [Loaded] = []
        for name in names.prefix(max(0, count - 1)) {
            loaded.append(try await load(name, app: app))
        }
        return loaded
    }

    static func load(_ name: String, app: Application) async throws -> Loaded {
        let folder = app.directory.resourcesDirectory + "Demo/"
        let textPath = folder + name + "-deliberation.txt"
        guard case .register(let seance, let text) = try RegisterImport.load(path: textPath) else {
            throw AppError.invalidInput("Le texte de démonstration « \(name) » n'est pas lu comme une séance.")
        }
        let identity = IdentityReader.read(text, actesId: RegisterImport.actesId(text))
        let db = app.db
        var lines = try await RegisterImport.run(seance, text: text, path: textPath, territory: nil, replace: false, on: db)
        guard let siren = identity.siren,
              let territory = try await Territory.query(on: db).filter(\.$siren == siren).first() else {
            throw AppError.invalidInput("Le texte de démonstration « \(name) » ne donne pas de SIREN.")
        }
        let territoryID = try territory.requireID()
        if try await TerritoryScope.currentConvention(territoryID: territoryID, on: db) != nil {
            return Loaded(territory: territory.name, lines: ["Déjà chargé : \(territory.name)."])
        }
        guard let start = identity.startYear, let end = identity.endYear else {
            throw AppError.invalidInput("Le texte de démonstration « \(name) » ne donne pas la période de la convention.")
        }
        let caf = (identity.departement ?? Departement.withCode(territory.departement))?.cafName ?? "CAF"
        let convention = try await PlanEditor.createConvention(
            territoryID: territoryID, title: "Convention Territoriale Globale \(start)-\(end)", cafName: caf,
            startYear: start, endYear: end, by: nil, on: db)
        let planPath = folder + name + "-plan.csv"
        let table = try PlanSheetFile.table(try Data(contentsOf: URL(fileURLWithPath: planPath)), filename: name + "-plan.csv")
        let outcome: PlanSheetImport.Outcome
        do {
            outcome = try await PlanSheetImport(conventionID: try convention.requireID(), sourceName: name + "-plan.csv",
                                                user: nil).run(table, on: db)
        } catch {
            // The convention was made a moment ago for this plan and holds nothing else:
            // without it, the next run starts this territory again instead of calling it loaded.
            try await db.writeTransaction { tx in try await Convention.query(on: tx).filter(\.$id == convention.id!).delete() }
            throw error
        }
        lines.append("Convention \(start)-\(end) avec la \(caf) : \(FrenchCount.phrase(outcome.changes.count, "ligne de plan", "lignes de plan")) importées.")
        return Loaded(territory: territory.name, lines: lines)
    }
}
