import Fluent
import Vapor

/// Brings back a measurement deleted by mistake, from the copy its journal entry kept.
enum MeasurementRestore {
    static func restore(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let old = try kept.decoded(MeasurementEntry.self)
        guard let indicator = try await Indicator.find(old.$indicator.id, on: db),
              let action = try await PlanAction.find(indicator.$action.id, on: db) else {
            throw AppError.conflict("L'indicateur de cette mesure n'existe plus : elle ne peut pas être restaurée.")
        }
        let entry = MeasurementEntry()
        entry.$indicator.id = try indicator.requireID()
        entry.value = old.value
        entry.text = old.text
        entry.periodLabel = old.periodLabel
        entry.year = old.year
        entry.measuredOn = old.measuredOn
        entry.source = old.source
        entry.author = old.author
        entry.authorID = old.authorID
        entry.comment = old.comment
        try await entry.create(on: db)
        try await Audit.record(on: db, user: user, action: action, entity: .measurement, entityID: entry.id,
                               field: indicator.auditField("mesure \(entry.year) (restaurée depuis le journal)"),
                               after: IndicatorEditController.describe(entry, indicator: indicator))
    }
}
