import CTGCore
import Fluent
import Vapor

/// Saves a checked settings form: one audit entry per field that changed, so the
/// journal reads "cible 2023 : « 80 % » → « 85 % »" rather than a blob.
enum IndicatorSettingsWriter {
    static func apply(_ input: IndicatorSettingsInput, visit: IndicatorVisit, on db: any Database) async throws {
        let indicator = visit.item.indicator
        let oldKind = indicator.kind
        var changes: [(field: String, before: String?, after: String?)] = []
        func note(_ field: String, _ before: String?, _ after: String?) {
            if before != after { changes.append((field, before, after)) }
        }

        note("type", indicator.kindIfSet?.label, input.kind.label)
        note("unité", indicator.unit, input.unit)
        note("valeur de référence", indicator.baselineValue.map(oldKind.format), input.baseline.map(input.kind.format))
        note("date de la valeur de référence", indicator.baselineDate, input.baselineDate?.description)
        note("périodicité", indicator.periodicityRaw.map { _ in indicator.periodicity.label }, input.periodicity.label)
        note("sens de la cible", indicator.directionRaw.map { _ in indicator.direction.label }, input.direction.label)
        note("source calculée", indicator.computedSource, input.computedSource)
        indicator.kindRaw = input.kind.rawValue
        indicator.unit = input.unit
        indicator.baselineValue = input.baseline
        indicator.baselineDate = input.baselineDate?.description
        indicator.periodicityRaw = input.periodicity.rawValue
        indicator.directionRaw = input.direction.rawValue
        indicator.computedSource = input.computedSource
        try await indicator.save(on: db)

        let existing = Dictionary(visit.item.targets.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
        for year in visit.years {
            let old = existing[year]
            let new = input.targets[year]
            note("cible \(year)", old.map { oldKind.format($0.value) }, new.map(input.kind.format))
            switch (old, new) {
            case (let row?, nil):
                try await row.delete(on: db)
            case (let row?, let value?) where row.value != value:
                row.value = value
                try await row.save(on: db)
            case (nil, let value?):
                try await IndicatorTarget(indicatorID: visit.item.id, year: year, value: value).create(on: db)
            default:
                break
            }
        }
        for change in changes {
            try await Audit.record(on: db, user: visit.user, action: visit.action, entity: .indicator,
                                   entityID: visit.item.id, field: visit.auditField(change.field),
                                   before: change.before, after: change.after)
        }
    }
}
