import CTGCore
import Fluent
import Vapor

/// An indicator with what pages and the bilan show about it: its settings,
/// targets, typed measurements and, when computed, the source's values.
struct LoadedIndicator: Sendable {
    var indicator: Indicator
    var actionID: Int
    var actionCode: String
    var targets: [IndicatorTarget]
    /// Typed measurements, oldest entry first.
    var entries: [MeasurementEntry]
    var computed: ComputedState?
    /// Settings, targets and the measurements that count (typed, or computed when bound to a source).
    var series: IndicatorSeries

    var id: Int { indicator.id ?? 0 }
}

/// Where a computed indicator's values stand.
enum ComputedState: Sendable {
    /// The id stored on the indicator is not a registered source (a service was removed).
    case unknownSource(String)
    /// The source exists but no service provides its records yet.
    case noProvider(ComputedSource)
    case values(ComputedSource, [ComputedValue])
}

/// Loads the indicators of a convention (or of one fiche, or just one) in three queries.
enum IndicatorBook {
    /// - Parameter upTo: last year computed values are evaluated for ("today"):
    ///   a count of zero for a year not yet lived would read as a real result.
    static func load(conventionID: Int, years: [Int], upTo currentYear: Int, sources: ComputedSources,
                     only indicatorID: Int? = nil, actionID: Int? = nil, on db: any Database) async throws -> [LoadedIndicator] {
        var query = Indicator.query(on: db)
            .join(PlanAction.self, on: \Indicator.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID)
            .sort(\.$position)
        if let indicatorID { query = query.filter(\.$id == indicatorID) }
        if let actionID { query = query.filter(\.$action.$id == actionID) }
        let indicators = try await query.all()
        let ids = indicators.compactMap(\.id)
        let targets = try await IndicatorTarget.query(on: db).filter(\.$indicator.$id ~~ ids).sort(\.$year).all()
        let entries = try await MeasurementEntry.query(on: db).filter(\.$indicator.$id ~~ ids).sort(\.$id).all()
        let targetsByID = Dictionary(grouping: targets, by: { $0.$indicator.id })
        let entriesByID = Dictionary(grouping: entries, by: { $0.$indicator.id })

        var loaded: [LoadedIndicator] = []
        for indicator in indicators {
            let action = try indicator.joined(PlanAction.self)
            let id = try indicator.requireID()
            var item = LoadedIndicator(indicator: indicator, actionID: try action.requireID(), actionCode: action.code,
                                       targets: targetsByID[id] ?? [], entries: entriesByID[id] ?? [],
                                       series: IndicatorSeries(label: indicator.label, kind: indicator.kind))
            if let sourceID = indicator.computedSource {
                let scope = ComputedScope(conventionID: conventionID, actionID: item.actionID, actionCode: action.code)
                item.computed = try await evaluate(sourceID, scope: scope, years: years.filter { $0 <= currentYear },
                                                   sources: sources, on: db)
            }
            item.series = series(of: item)
            loaded.append(item)
        }
        return loaded
    }

    static func evaluate(_ sourceID: String, scope: ComputedScope, years: [Int], sources: ComputedSources,
                         on db: any Database) async throws -> ComputedState {
        guard let source = sources.registry.source(id: sourceID) else { return .unknownSource(sourceID) }
        guard let provider = sources.provider(for: sourceID) else { return .noProvider(source) }
        let records = try await provider.records(for: scope, on: db)
        let values = years.compactMap { sources.registry.evaluate(sourceID, records: records, year: $0, scope: scope.phrase) }
        return .values(source, values)
    }

    /// A computed indicator shows only the source's values: mixing typed and
    /// computed figures would make the provenance sentence lie.
    static func series(of item: LoadedIndicator) -> IndicatorSeries {
        let indicator = item.indicator
        var kind = indicator.kind
        var measurements = item.entries.map(\.measurement)
        switch item.computed {
        case .values(let source, let values)?:
            kind = source.kind
            measurements = values.map { $0.asMeasurement() }
        case .noProvider(let source)?:
            kind = source.kind
            measurements = []
        case .unknownSource?:
            measurements = []
        case nil:
            break
        }
        return IndicatorSeries(label: indicator.label, kind: kind, periodicity: indicator.periodicity,
                               baseline: kind == .qualitative ? nil : indicator.baselineValue,
                               targets: Dictionary(item.targets.map { ($0.year, $0.value) }, uniquingKeysWith: { _, last in last }),
                               direction: indicator.direction, measurements: measurements)
    }
}
