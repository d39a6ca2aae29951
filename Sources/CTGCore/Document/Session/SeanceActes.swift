/// The ACTES identifiers a council text carries (in its stamp or its header), read to
/// learn the territory's SIREN and département when the text does not state them.
public enum SeanceActes {
    /// Every valid identifier, in the order of the text; an invalid one is left out,
    /// since its SIREN cannot be trusted.
    public static func all(in text: String) -> [ActesIdentifier] {
        text.matches(of: Patterns.all)
            .compactMap { try? ActesIdentifier(parsing: String($0.output)) }
    }

    /// The one SIREN the text's identifiers agree on; nil when there is none or they disagree.
    public static func siren(in text: String) -> String? {
        let sirens = Set(all(in: text).map(\.siren))
        return sirens.count == 1 ? sirens.first : nil
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let all = /\b[0-9][0-9AB][0-9]-[0-9]{9}-[0-9]{8}-[A-Za-z0-9_]{1,15}-[A-Z]{2}\b/
}
