/// The CAF the document names: "Caisse d'Allocations Familiales du Puy de Dôme",
/// "la CAF de la Sarthe", "CAF 72", "la Caisse d'allocations familiales du département de l'Ain". A CAF serves one département, so it is named after it.
enum IdentityCAF {
    static func read(_ t: SessionText) -> Departement? {
        let whole = t.folded.joined(separator: " ")
        for m in whole.matches(of: Patterns.read) {
            let words = whole[m.range.upperBound...].prefix(60)
                .split(whereSeparator: { " ,.;:()\n".contains($0) }).prefix(4).map(String.init)
            if let code = words.first, code.allSatisfy(\.isNumber), let d = Departement.withCode(code) { return d }
            for length in stride(from: words.count, through: 1, by: -1) {
                if let d = Departement.named(words.prefix(length).joined(separator: " ")) { return d }
            }
        }
        return nil
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let read = /(?:\bcaf|caisse d'allocations? familiales?)\s+(?:(?:du|de la|de l'|des|de)\s*)?(?:departement\s+)?(?:du|de la|de l'|des|de)?\s*/
}
