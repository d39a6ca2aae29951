import CTGCore
import Fluent
import SQLKit
import Vapor

/// `ctg occupancy-bench --db FILE [--rows N]` (run by bench/occupancy): fills a territory of
/// 12 synthetic crèches over 4 years with about N attendance rows, then times the territory's
/// monthly occupancy (what /occupation reads) against a plain `SELECT count(*)` of the same rows.
struct OccupancyBenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "rows", help: "Nombre approximatif de présences à créer (par défaut : 1 000 000).")
        var rows: Int?
    }

    var help: String { "Mesure le calcul mensuel du taux d'occupation d'un territoire sur un million de présences." }

    private struct Count: Decodable { var n: Int }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let db = app.db
        let target = signature.rows ?? 1_000_000
        var found = try await Territory.query(on: db).filter(\.$slug == "mesure-occupation").first()
        if found == nil {
            let created = Territory(name: "Territoire de mesure", siren: nil, departement: "63", slug: "mesure-occupation")
            try await db.writeTransaction { tx in try await created.create(on: tx) }
            found = created
        }
        let territory = found!
        let territoryID = try territory.requireID()
        let sql = db as! any SQLDatabase
        let years = 2021...2024
        // 12 structures × 4 years × about 250 open days: places sized so the total is near the target.
        let places = max(1, Int(Double(target) / (12 * 4 * 250 * 0.62)))
        let existing = try await sql.raw("SELECT count(*) AS n FROM occupancy_attendances").first(decoding: Count.self)?.n ?? 0
        if existing < target / 2 {
            context.console.info("Création d'environ \(target) présences (12 structures × 4 ans, \(places) places)…")
            let agrement = AgrementText.read("lundi-vendredi 07:30-18:30 \(places)\nfermeture 01/08/2022 21/08/2022 Été").agrement
            for index in 1...12 {
                let structure = Structure(territoryID: territoryID, organisationID: nil, name: "Crèche de mesure \(index)",
                                          kind: .eaje, commune: "", places: places, isDemo: true)
                try await db.writeTransaction { tx in
                    try await structure.create(on: tx)
                    try await OccupancyWriter.replaceAgrement(agrement, of: structure, by: nil, on: tx)
                }
                for year in years {
                    let entries = SyntheticAttendance.year(year, agrement: agrement, fill: 1, seed: index)
                    try await db.writeTransaction { tx in
                        try await OccupancyWriter.importAttendance(entries, into: structure, source: "mesure", by: nil, on: tx)
                    }
                }
            }
        }
        let rows = try await sql.raw("SELECT count(*) AS n FROM occupancy_attendances").first(decoding: Count.self)?.n ?? 0
        let monthly = try await median(runs: 21) {
            let report = try await OccupancyReport.load(territoryID: territoryID, year: years.upperBound, on: db)
            _ = (1...12).map { report.rates.month(report.year, $0).realisedRate }
        }
        let count = try await median(runs: 5) {
            _ = try await sql.raw("SELECT count(*) AS n FROM occupancy_attendances").first(decoding: Count.self)
        }
        let verdict = monthly <= 50 ? "objectif tenu (≤ 50 ms)" : "objectif MANQUÉ (> 50 ms)"
        context.console.output("""
            présences : \(rows)
            occupation mensuelle du territoire (\(years.upperBound)) : \(format(monthly)) ms (médiane de 21)
            SELECT count(*) sur les mêmes lignes : \(format(count)) ms (médiane de 5)
            rapport occupation / count(*) : \(format(monthly / max(count, 0.001)))
            \(verdict)
            """.consoleText())
    }

    private func median(runs: Int, _ body: () async throws -> Void) async throws -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try await body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return times.sorted()[times.count / 2]
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
