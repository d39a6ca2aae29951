import CTGCore
import Fluent
import Vapor

/// What a computed indicator is about: the fiche it belongs to. A provider
/// decides which of its records concern that fiche (events linked to its
/// sous-actions, readings of its structures…).
struct ComputedScope: Sendable {
    var conventionID: Int
    var actionID: Int
    var actionCode: String

    /// Completes the provenance sentence: "Nombre d'animations liées à la fiche-action 3-1-1 en 2023 : …".
    var phrase: String { "liées à la fiche-action \(actionCode)" }
}

/// Gives the records of one computed source. The services that own the data
/// (animations, occupancy…) each register one; nothing else in the app knows
/// where those records live.
protocol ComputedRecordProvider: Sendable {
    func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord]
}

/// The sources an indicator may be bound to (CTGCore's rules) and, for each,
/// the provider feeding it when a service provides one.
struct ComputedSources: Sendable {
    var registry: ComputedIndicatorRegistry = .standard
    private var providers: [String: any ComputedRecordProvider] = [:]

    /// Plugs a provider in for a source id; an unknown id has no rule and is refused.
    mutating func provide(_ sourceID: String, with provider: any ComputedRecordProvider) {
        precondition(registry.source(id: sourceID) != nil, "source calculée inconnue : \(sourceID)")
        providers[sourceID] = provider
    }

    func provider(for sourceID: String) -> (any ComputedRecordProvider)? { providers[sourceID] }
}

extension Application {
    private struct ComputedSourcesKey: StorageKey { typealias Value = ComputedSources }

    /// Services call `app.computedSources.provide("animations.count", with: …)` while configuring.
    var computedSources: ComputedSources {
        get { storage[ComputedSourcesKey.self] ?? ComputedSources() }
        set { storage[ComputedSourcesKey.self] = newValue }
    }
}
