import CTGCore
import Fluent
import Vapor

/// A few invented crèches with a year of attendance, so a newcomer sees the occupancy
/// heatmap at once. Marked as demonstration everywhere they show; none names a real place.
enum OccupancyDemo {
    struct Sample {
        var name: String
        var kind: StructureKind
        var agrement: String
        var fill: Double
    }

    static let samples = [
        Sample(name: "Micro-crèche Les Petits Pas", kind: .microCreche,
               agrement: "lundi-vendredi 07:30-18:30 10", fill: 1.0),
        Sample(name: "Micro-crèche Pomme d'Api", kind: .microCreche,
               agrement: "lundi-mardi 08:00-18:00 12\nmercredi 08:00-18:00 6\njeudi-vendredi 08:00-18:00 12", fill: 0.8),
        Sample(name: "Multi-accueil Les Lutins", kind: .eaje,
               agrement: "lundi-vendredi 07:30-18:30 20", fill: 1.35),
    ]

    /// Adds the samples to the territory, with the attendance of `year` (closures: three weeks
    /// in August, the week after Christmas); a territory that already has one is left alone.
    static func load(territoryID: Int, year: Int, on db: any Database) async throws {
        let existing = try await Structure.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$name ~~ samples.map(\.name)).count()
        guard existing == 0 else { return }
        let closures = "\nfermeture 05/08/\(year) 23/08/\(year) Congés d'été\nfermeture 24/12/\(year) 31/12/\(year) Fêtes de fin d'année"
        try await db.writeTransaction { tx in
            for (index, sample) in samples.enumerated() {
                let structure = Structure(territoryID: territoryID, organisationID: nil, name: sample.name, kind: sample.kind,
                                          commune: "", places: nil, isDemo: true)
                let (agrement, errors) = AgrementText.read(sample.agrement + closures)
                assert(errors.isEmpty, "agrément de démonstration refusé : \(errors)")
                structure.places = agrement.slots.map(\.places).max()
                try await structure.create(on: tx)
                try await OccupancyWriter.replaceAgrement(agrement, of: structure, by: nil, on: tx)
                let entries = SyntheticAttendance.year(year, agrement: agrement, fill: sample.fill, seed: index + 1)
                try await OccupancyWriter.importAttendance(entries, into: structure, source: "démonstration", by: nil, on: tx)
            }
            try await bindIndicators(territoryID: territoryID, on: tx)
        }
    }

    /// The demonstration binds the plan's occupancy indicators (found by the national term
    /// "taux d'occupation", not by a fiche code) to the computed source, as a coordinateur would
    /// on the indicator's settings page, so the indicator shows the demo figures at once.
    static func bindIndicators(territoryID: Int, on tx: any Database) async throws {
        guard let convention = try await TerritoryScope.currentConvention(territoryID: territoryID, on: tx) else { return }
        let actions = try await PlanAction.query(on: tx).filter(\.$convention.$id == convention.requireID()).all().compactMap(\.id)
        guard !actions.isEmpty else { return }
        let indicators = try await Indicator.query(on: tx).filter(\.$action.$id ~~ actions).all()
            .filter { $0.computedSource == nil && $0.kindRaw == nil && $0.label.lowercased().contains("taux d'occupation") }
        for indicator in indicators {
            indicator.computedSource = "occupancy.rate"
            indicator.kindRaw = IndicatorKind.rate.rawValue
            try await indicator.save(on: tx)
            _ = try await Audit.record(on: tx, user: nil, territoryID: territoryID, conventionID: convention.id,
                                       entity: .occupancy, entityID: indicator.id, field: "computed_source",
                                       after: "occupancy.rate", summary: "Indicateur « \(indicator.label) » calculé à partir des taux d'occupation (démonstration)")
        }
    }

    /// The first start's demonstration: the bundled territory (the first one created) gets
    /// last year's attendance.
    static func loadForFirstStart(_ app: Application) async throws {
        guard let territory = try await Territory.query(on: app.db).sort(\.$id).first() else { return }
        let lastYear = Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
        try await load(territoryID: try territory.requireID(), year: lastYear, on: app.db)
    }
}
