import CTGCore
import Foundation

/// Reads the indicator forms, collecting one French message per defect so the
/// user corrects everything at once. Nothing is saved while `errors` is not empty.
struct FormCheck {
    private(set) var errors: [String] = []

    mutating func fail(_ message: String) { errors.append(message) }

    /// Trimmed text, nil when blank.
    func text(_ raw: String?) -> String? {
        let value = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty ? nil : value
    }

    /// A value of an indicator of `kind`, as typed in French: "1 234,5", "72 %", "oui".
    /// Nil (with a message) when it cannot be read; nil without one when blank.
    mutating func value(_ raw: String?, kind: IndicatorKind, field: String) -> Double? {
        guard let typed = text(raw) else { return nil }
        switch kind {
        case .yes_no:
            switch typed.lowercased() {
            case "oui": return 1
            case "non": return 0
            default:
                fail("\(field) : répondez « oui » ou « non » (« \(typed) » saisi).")
                return nil
            }
        case .qualitative:
            fail("\(field) : un indicateur qualitatif n'a pas de valeur chiffrée.")
            return nil
        case .count, .rate:
            var cleaned = typed.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" }
            if kind == .rate, cleaned.hasSuffix("%") { cleaned.removeLast() }
            guard let number = Self.decimal(cleaned) else {
                fail("\(field) : « \(typed) » n'est pas un nombre.")
                return nil
            }
            if let problem = NumberLimits.problem(decimal: cleaned.replacingOccurrences(of: ",", with: "."),
                                                  label: field, typed: typed) {
                fail(problem)
                return nil
            }
            if kind == .rate, !(0...100).contains(number) {
                fail("\(field) : un taux doit être compris entre 0 et 100 % (« \(typed) » saisi).")
                return nil
            }
            if kind == .count, number < 0 {
                fail("\(field) : un nombre ne peut pas être négatif (« \(typed) » saisi).")
                return nil
            }
            return number
        }
    }

    /// A year of the convention.
    mutating func year(_ raw: String?, within years: [Int], field: String = "Année") -> Int? {
        guard let typed = text(raw) else {
            fail("\(field) : indiquez l'année de la mesure.")
            return nil
        }
        guard let year = Int(typed), years.contains(year) else {
            let span = "\(years.first ?? 0) à \(years.last ?? 0)"
            fail("\(field) : l'année « \(typed) » est hors de la convention (\(span)).")
            return nil
        }
        return year
    }

    /// `AAAA-MM-JJ` (a date input) or `JJ/MM/AAAA` (typed), as ISO text.
    mutating func date(_ raw: String?, field: String) -> PilotageDate? {
        guard let typed = text(raw) else { return nil }
        let parts = typed.split(separator: "/")
        let date = PilotageDate(iso: typed) ?? (parts.count == 3 && parts[2].count == 4
            ? PilotageDate(iso: "\(parts[2])-\(Self.pad(parts[1]))-\(Self.pad(parts[0]))") : nil)
        guard let date else {
            fail("\(field) : « \(typed) » n'est pas une date valide (attendu JJ/MM/AAAA).")
            return nil
        }
        if let problem = CivilDate.implausibility(year: date.year, typed: typed, label: field) {
            fail(problem)
            return nil
        }
        return date
    }

    /// Digits with at most one decimal separator (comma or dot) and an optional minus:
    /// `Double("nan")` or "1e3" must not pass for a figure someone typed.
    static func decimal(_ text: String) -> Double? {
        let normal = text.replacingOccurrences(of: ",", with: ".")
        let body = normal.hasPrefix("-") ? normal.dropFirst() : Substring(normal)
        guard !body.isEmpty, body.filter({ $0 == "." }).count <= 1,
              body.allSatisfy({ $0 == "." || ("0"..."9").contains($0) }),
              body.first != ".", body.last != "." else { return nil }
        return Double(normal)
    }

    private static func pad(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
}
