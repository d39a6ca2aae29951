import CTGCore
import Fluent
import Vapor

/// The providers behind fiches 1-2-1, 1-2-2 and 1-2-3's computed sources. The RPE's data is the
/// territory's, not a fiche's: every fiche bound to one of these sources sees the same records.
enum RPEIndicators {
    static func provide(on app: Application) {
        var sources = app.computedSources
        RPESources.register(into: &sources.registry)
        sources.provide(RPESources.assistants, with: FiguresProvider(kind: .assistants))
        sources.provide(RPESources.places, with: FiguresProvider(kind: .places))
        sources.provide(RPESources.availablePlaces, with: FiguresProvider(kind: .available))
        sources.provide(RPESources.coverage, with: FiguresProvider(kind: .coverage))
        sources.provide(RPESources.itinerance, with: ItineranceProvider())
        sources.provide(RPESources.mamProjects, with: MAMProvider(kind: .projects))
        sources.provide(RPESources.mamSteps, with: MAMProvider(kind: .steps))
        app.computedSources = sources
    }

    /// One record per commune and year entered on the RPE page (two for the coverage).
    struct FiguresProvider: ComputedRecordProvider {
        enum Kind { case assistants, places, available, coverage }
        var kind: Kind

        func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
            guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
            let rows = try await AMFigureRow.query(on: db).filter(\.$territory.$id == territoryID)
                .sort(\.$year).sort(\.$commune).all()
            return rows.flatMap { row -> [ComputedRecord] in
                let f = row.figures, id = "\(row.id ?? 0)"
                func one(_ value: Int, _ noun: String, _ plural: String) -> [ComputedRecord] {
                    [ComputedRecord(id: id, label: "\(f.commune) \(f.year) : \(FrenchCount.phrase(value, noun, plural))",
                                    year: f.year, value: Double(value))]
                }
                switch kind {
                case .assistants: return one(f.assistants, "assistant maternel", "assistants maternels")
                case .places: return one(f.places, "place agréée", "places agréées")
                case .available: return one(f.availablePlaces, "place disponible", "places disponibles")
                case .coverage: return RPESources.coverageRecords(id: id, figures: f)
                }
            }
        }
    }

    /// The MAM projects (dated by their first step) or their dated steps.
    struct MAMProvider: ComputedRecordProvider {
        enum Kind { case projects, steps }
        var kind: Kind

        func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
            guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
            let projects = try await MAMProject.query(on: db).filter(\.$territory.$id == territoryID)
                .with(\.$steps).sort(\.$id).all()
            switch kind {
            case .projects:
                return projects.map { p in
                    let first = p.steps.compactMap { OccupancyCalendar.parseDay($0.day) }.min()
                    return ComputedRecord(id: "\(p.id ?? 0)", label: "« \(p.name) » (\(p.commune))", year: first?.year ?? 0)
                }
            case .steps:
                return projects.flatMap { p in
                    p.steps.compactMap { s -> ComputedRecord? in
                        guard let day = OccupancyCalendar.parseDay(s.day) else { return nil }
                        return ComputedRecord(id: "\(p.id ?? 0)-\(s.step)",
                                              label: "« \(p.name) » : \(MAMStep(rawValue: s.step)?.label ?? s.step)",
                                              year: day.year, date: day)
                    }
                }.sorted { $0.id < $1.id }
            }
        }
    }

    /// Each itinerant session of the relais, an animation dated in its year.
    struct ItineranceProvider: ComputedRecordProvider {
        func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
            guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
            return try await RPEItinerance.sessions(territoryID: territoryID, on: db).map { s in
                ComputedRecord(id: "\(s.id)", label: "\(s.commune), \(s.title)", year: s.year,
                               date: PilotageDate(year: s.year, month: s.month, day: s.day))
            }
        }
    }
}
