import Fluent
import Vapor

/// Brings back a measurement deleted by mistake, from the copy its journal entry kept.
enum MeasurementRestore {
    static func restore(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        // The kept row as it was, under a new id (the old one may have been reused meanwhile).
        let entry = try kept.decoded(MeasurementEntry.self)
        entry.id = nil
        guard let indicator = try await Indicator.find(entry.$indicator.id, on: db),
              let action = try await PlanAction.find(indicator.$action.id, on: db) else {
            throw AppError.conflict("L'indicateur de cette mesure n'existe plus : elle ne peut pas être restaurée.")
        }
        try await entry.create(on: db)
        try await Audit.record(on: db, user: user, action: action, entity: .measurement, entityID: entry.id,
                               field: indicator.auditField("mesure \(entry.year) (restaurée depuis le journal)"),
                               after: IndicatorEditController.describe(entry, indicator: indicator))
    }
}
