/// Reads a `DocumentIdentity` from a deliberation's text.
public enum IdentityReader {
    public static let periodMissing = "Période de la convention non trouvée dans le document : à saisir par le coordinateur."

    public static func read(_ text: String, actesId: String? = nil) -> DocumentIdentity {
        let t = SessionText(text)
        var id = DocumentIdentity()
        (id.kind, id.name) = IdentityName.read(t)
        if let actes = actesId.flatMap({ try? ActesIdentifier(parsing: $0) }) {
            id.siren = actes.siren
            id.departement = Departement.withCode(actes.departement)
        }
        if id.siren == nil { id.siren = siren(in: t) }
        if id.departement == nil { id.departement = departement(in: t) }
        (id.startYear, id.endYear) = IdentityPeriod.read(t)
        id.cafName = IdentityCAF.read(t)?.cafName
        if id.name == nil { id.warnings.append("Nom de la collectivité non trouvé dans l'en-tête du document : à saisir.") }
        if id.siren == nil { id.warnings.append("SIREN non trouvé (ni identifiant ACTES ni mention dans le texte) : à saisir.") }
        if id.departement == nil { id.warnings.append("Département non trouvé dans le document : à saisir.") }
        if id.startYear == nil { id.warnings.append(periodMissing) }
        return id
    }

    /// "SIREN : 200 072 080", kept only when its Luhn key is right.
    private static func siren(in t: SessionText) -> String? {
        for line in t.folded where line.contains("siren") {
            guard let m = line.firstMatch(of: Patterns.siren) else { continue }
            let digits = m.1.filter(\.isNumber)
            if Luhn.isValid(String(digits)) { return String(digits) }
        }
        return nil
    }

    /// "département du Puy-de-Dôme", "de la Sarthe", "de l'Ain", "des Vosges"; else a postal code in the header.
    private static func departement(in t: SessionText) -> Departement? {
        for (i, line) in t.folded.enumerated() {
            guard let m = line.firstMatch(of: Patterns.departement) else { continue }
            let rest = t.original(i, from: m.range.upperBound)
            let words = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == ")" })
            for length in stride(from: min(4, words.count), through: 1, by: -1) {
                if let d = Departement.named(words.prefix(length).joined(separator: " ")) { return d }
            }
        }
        for line in t.folded.prefix(20) {
            if let m = line.firstMatch(of: Patterns.departement2), let d = Departement.ofPostalCode(String(m.1)) { return d }
        }
        return nil
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let siren = /siren\s*(?:n°|no|:)?\s*:?\s*(\d{3}\s?\d{3}\s?\d{3})\b/
    nonisolated(unsafe) static let departement = /departement\s+(?:du|de la|de l'|des|de)\s*/
    nonisolated(unsafe) static let departement2 = /\b(\d{5})\s+[a-z]/
}
