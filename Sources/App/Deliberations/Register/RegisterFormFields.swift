import CTGCore
import Foundation

/// Reads the text fields of the register's forms, collecting one French message per
/// defect instead of stopping at the first: the user corrects everything in one go.
struct RegisterFormFields {
    private(set) var errors: [String] = []

    mutating func fail(_ message: String) { errors.append(message) }

    /// Trimmed text, nil when blank.
    func text(_ raw: String?) -> String? {
        let value = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty ? nil : value
    }

    mutating func required(_ raw: String?, _ label: String) -> String {
        guard let value = text(raw) else {
            fail("Le champ « \(label) » est obligatoire.")
            return ""
        }
        return value
    }

    /// `AAAA-MM-JJ` (what a date input sends) or `JJ/MM/AAAA` (what people type).
    mutating func date(_ raw: String?, _ label: String, required: Bool = false) -> CivilDate? {
        guard let value = text(raw) else {
            if required { fail("Le champ « \(label) » est obligatoire.") }
            return nil
        }
        if let date = Self.parseDate(value) {
            if let problem = CivilDate.implausibility(year: date.year, typed: value, label: label) {
                fail(problem)
                return nil
            }
            return date
        }
        fail("La date « \(value) » (\(label)) n'est pas une date valide : attendu JJ/MM/AAAA ou AAAA-MM-JJ.")
        return nil
    }

    static func parseDate(_ value: String) -> CivilDate? {
        if let iso = CivilDate(value) { return iso }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]),
              let y = Int(parts[2]) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// `HH:MM`, 24-hour.
    mutating func time(_ raw: String?, _ label: String) -> String? {
        guard let value = text(raw) else { return nil }
        let parts = value.split(separator: ":")
        if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) {
            return String(format: "%02d:%02d", h, m)
        }
        fail("L'heure « \(value) » (\(label)) doit être au format HH:MM.")
        return nil
    }

    /// A count: a whole number, zero or more.
    mutating func count(_ raw: String?, _ label: String) -> Int? {
        guard let value = text(raw) else { return nil }
        if let number = Int(value), number >= 0 { return number }
        fail("« \(label) » doit être un nombre entier positif ou nul (« \(value) » saisi).")
        return nil
    }

    /// An ACTES stamp, checked by the legal engine; nil when blank.
    mutating func actes(_ raw: String?, siren: String?) -> String? {
        guard let value = text(raw) else { return nil }
        switch ActesIdentifier.parse(value) {
        case .failure(let error):
            fail("Identifiant ACTES « \(value) » : " + error.message)
            return nil
        case .success(let id):
            if let siren, id.siren != siren {
                fail("L'identifiant ACTES « \(value) » porte le SIREN \(id.siren), qui n'est pas celui du territoire (\(siren)).")
            }
            return id.description
        }
    }
}
