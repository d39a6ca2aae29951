/// The sources an indicator may be bound to, in registration order.
public struct ComputedIndicatorRegistry: Sendable {
    private var rules: [String: ComputedRule] = [:]
    public private(set) var sources: [ComputedSource] = []

    public init() {}

    /// Registering an id twice replaces the earlier entry: the app may override a built-in.
    public mutating func register(_ source: ComputedSource, rule: ComputedRule) {
        if let index = sources.firstIndex(where: { $0.id == source.id }) {
            sources[index] = source
        } else {
            sources.append(source)
        }
        rules[source.id] = rule
    }

    public func source(id: String) -> ComputedSource? { sources.first { $0.id == id } }

    /// Nil only for an unknown source id.
    /// - Parameter scope: completes the sentence, e.g. "liées à la sous-action 3-1-1-A".
    public func evaluate(_ sourceID: String, records: [ComputedRecord], year: Int, scope: String? = nil) -> ComputedValue? {
        guard let source = source(id: sourceID), let rule = rules[sourceID] else { return nil }
        let (value, used) = rule.evaluate(records, year)
        let formatted = value.map(source.kind.format)
        let subject = [source.label, scope].compactMap { $0 }.joined(separator: " ")
        let sentence = "\(subject) en \(year) : \(formatted ?? "aucune valeur") (\(Self.recordList(used.map(\.id))))"
        return ComputedValue(sourceID: source.id, year: year, value: value, formattedValue: formatted,
                             recordIDs: used.map(\.id), recordLabels: used.map(\.label),
                             rule: source.ruleDescription, provenance: sentence)
    }

    /// Long lists are cut in the sentence only; `recordIDs` keeps them all.
    static func recordList(_ ids: [String], limit: Int = 20) -> String {
        switch ids.count {
        case 0: return "aucun enregistrement"
        case 1: return "enregistrement #\(ids[0])"
        default:
            let shown = ids.prefix(limit).map { "#\($0)" }.joined(separator: ", ")
            let rest = ids.count - min(ids.count, limit)
            return "enregistrements \(shown)" + (rest > 0 ? " et \(rest) autres" : "")
        }
    }

    /// Sources the app's services are expected to feed; the app may register more.
    public static var standard: ComputedIndicatorRegistry {
        var registry = ComputedIndicatorRegistry()
        registry.register(ComputedSource(
            id: "animations.count", label: "Nombre d'animations",
            ruleDescription: "Nombre d'animations enregistrées dans l'année, quelle que soit leur durée.",
            kind: .count), rule: .countInYear)
        registry.register(ComputedSource(
            id: "animations.participants", label: "Nombre de participants aux animations",
            ruleDescription: "Somme des participants déclarés pour les animations de l'année ; les animations sans effectif ne comptent pas.",
            kind: .count), rule: .sumInYear)
        registry.register(ComputedSource(
            id: "occupancy.rate", label: "Taux d'occupation moyen",
            ruleDescription: "Moyenne des taux d'occupation relevés dans l'année ; les relevés sans valeur ne comptent pas.",
            kind: .rate), rule: .averageInYear)
        registry.register(ComputedSource(
            id: "tarifs.dispersion", label: "Dispersion des tarifs des accueils de loisirs",
            ruleDescription: "Moyenne, sur les quotients familiaux de référence, du coefficient de variation (écart-type / moyenne) du prix de la journée avec repas entre les grilles en vigueur dans l'année.",
            kind: .rate), rule: .averageInYear)
        return registry
    }
}
