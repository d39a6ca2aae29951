@testable import App
import CTGCore
import Fluent
import SQLKit
import Vapor

/// An ALSH of the seeded territory (or another), its grid forms and the tariff tables' counts.
enum TariffFixture {
    /// Made as the occupancy tests make a crèche, then turned into an accueil de loisirs.
    static func alsh(_ app: Application, name: String = "ALSH Essai", organisation: String? = nil,
                     territoryID: Int? = nil) async throws -> Structure {
        let structure = try await OccupancyFixture.structure(app, name: name, organisation: organisation, territoryID: territoryID)
        structure.kind = StructureKind.alsh.rawValue
        try await structure.save(on: app.db)
        return structure
    }

    static func path(_ page: TariffPath, slug: String = Seed.slug) -> String {
        TerritoryRef(slug: slug).path(.tariffs(page))
    }

    /// Two brackets split at `split` (excluded from the first), day with meal priced `low` then `high`.
    static func form(split: String = "700", low: String = "8", high: String = "12,50", version: Int? = nil,
                     attendance: String? = nil) -> [String: String] {
        var form = ["mode": "tranches",
                    "brackets[0][lower]": "0", "brackets[0][upper]": split, "brackets[0][prices][journee-repas]": low,
                    "brackets[1][lower]": split, "brackets[1][prices][journee-repas]": high]
        if let version { form["version"] = String(version) }
        if let attendance { form["brackets[0][attendance][journee-repas]"] = attendance }
        return form
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await (app.db as! any SQLDatabase).raw("SELECT count(*) AS n FROM \(unsafeRaw: table)").first()!.decode(column: "n", as: Int.self)
    }
}
