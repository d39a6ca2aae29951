import CTGCore
import Fluent
import Vapor

/// « Sollicitations des communes » (requests per year, by the day received) and « au moins un
/// chantier par an » (requests réalisées, in the year they ended). The chantiers are the
/// territory's, whatever fiche the indicator is on: fiche 4-1-2 is the one that binds them.
enum ChantierIndicators {
    static func provide(on app: Application) {
        var sources = app.computedSources
        sources.provide(ParticipationSources.requests, with: Provider(done: false))
        sources.provide(ParticipationSources.done, with: Provider(done: true))
        app.computedSources = sources
    }

    struct Provider: ComputedRecordProvider {
        var done: Bool

        func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
            guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
            let query = ChantierRequest.query(on: db).filter(\.$territory.$id == territoryID)
            if done { query.filter(\.$status == ChantierStatus.realisee.rawValue) }
            return try await query.sort(\.$receivedOn).all().compactMap { row in
                guard let day = CivilDate(done ? row.lastDay : row.receivedOn) else { return nil }
                return ComputedRecord(id: "\(row.id ?? 0)", label: "\(row.commune) : \(row.site)", year: day.year,
                                      date: PilotageDate(year: day.year, month: day.month, day: day.day))
            }
        }
    }
}
