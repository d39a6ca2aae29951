import CTGCore
import Fluent
import Vapor

/// A few invented ALSH grids (Resources/Demo/tarifs-demo.json) so the comparison page shows
/// something on a fresh `ctg serve`. Each bracket is [lower, upper or null, day with meal,
/// half-day without meal, days attended], prices in cents; upper bounds are excluded.
/// An ALSH of the directory with the same name gets the grid, otherwise a demo ALSH is added.
enum TariffDemo {
    struct File: Decodable { var territories: [TerritoryData] }
    struct TerritoryData: Decodable { var slug: String; var alsh: [Alsh]; var draft: Draft }
    struct Alsh: Decodable { var name: String; var commune: String; var supplement: Int; var brackets: [[Int?]] }
    struct Draft: Decodable { var rateE4: Int; var floor: Int; var ceiling: Int }

    static func load(_ app: Application) async throws {
        let path = app.directory.resourcesDirectory + "Demo/tarifs-demo.json"
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        for data in file.territories {
            guard let territory = try await Territory.query(on: app.db).filter(\.$slug == data.slug).first() else { continue }
            let territoryID = try territory.requireID()
            if try await TariffGridRow.query(on: app.db).filter(\.$territory.$id == territoryID).count() > 0 { continue }
            try await app.db.writeTransaction { tx in try await insert(data, territoryID: territoryID, on: tx) }
        }
    }

    private static func insert(_ data: TerritoryData, territoryID: Int, on tx: any Database) async throws {
        for alsh in data.alsh {
            let structure: Structure
            if let existing = try await Structure.query(on: tx).filter(\.$territory.$id == territoryID)
                .filter(\.$name == alsh.name).filter(\.$kind == StructureKind.alsh.rawValue).first() {
                structure = existing
            } else {
                structure = Structure(territoryID: territoryID, organisationID: nil, name: alsh.name, kind: .alsh,
                                      commune: alsh.commune, isDemo: true)
                try await structure.create(on: tx)
            }
            var attendance: TariffSimulation.Attendance = [:]
            let brackets = alsh.brackets.enumerated().map { index, b -> QFBracket in
                attendance[index] = [.dayMeal: b[4] ?? 0]
                return QFBracket(lower: b[0] ?? 0, upper: b[1], prices: [.dayMeal: b[2] ?? 0, .halfDay: b[3] ?? 0])
            }
            let grid = TariffGrid(scheme: .brackets(brackets), outsideSupplement: alsh.supplement)
            assert(TariffValidation.problems(grid).isEmpty, "grille de démonstration refusée : \(alsh.name)")
            let structureID = try structure.requireID()
            try await TariffWriter.save(grid, attendance: attendance, families: nil, into: nil, expectedVersion: nil,
                                        make: { TariffGridRow(territoryID: territoryID, structureID: structureID, isDemo: true) },
                                        label: "Grille tarifaire de démonstration de « \(alsh.name) »", by: nil, on: tx)
        }
        let draft = TariffGrid(scheme: .linear([.dayMeal: LinearRate(rateE4: data.draft.rateE4, floor: data.draft.floor, ceiling: data.draft.ceiling)]))
        try await TariffWriter.save(draft, attendance: [:], families: TariffSimulation.defaultFamilies, into: nil, expectedVersion: nil,
                                    make: { TariffGridRow(territoryID: territoryID, structureID: nil, isDemo: true) },
                                    label: "Grille harmonisée de démonstration", by: nil, on: tx)
    }
}
