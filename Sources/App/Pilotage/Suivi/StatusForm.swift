import CTGCore
import Vapor

/// The "statut" form of a sous-action, as posted. Everything is read as text so
/// that a wrong value gets a French sentence, not a decoding error.
struct StatusForm: Content, Sendable {
    var year: String?
    var status: String?
    var comment: String?
    var date: String?

    struct Valid: Sendable {
        var year: Int
        var status: SubActionStatus
        var comment: String?
        var date: PilotageDate
    }

    /// Every problem at once, so the user fixes the form in one go; nothing is saved unless empty.
    func validate(conventionYears: [Int], today: PilotageDate) -> Result<Valid, SuiviFormErrors> {
        var errors: [String] = []
        let year = SuiviFormat.year(year, in: conventionYears, errors: &errors)
        let statusText = (status ?? "").trimmingCharacters(in: .whitespaces)
        let parsedStatus = SuiviFormat.status(statusText)
        if statusText.isEmpty {
            errors.append("Choisissez un statut.")
        } else if parsedStatus == nil {
            errors.append("Statut inconnu : « \(statusText) ». Statuts possibles : "
                + SubActionStatus.allCases.map(\.label).joined(separator: ", ") + ".")
        }
        let dateText = (date ?? "").trimmingCharacters(in: .whitespaces)
        var parsedDate: PilotageDate? = today
        if !dateText.isEmpty {
            parsedDate = SuiviFormat.date(dateText)
            if parsedDate == nil {
                errors.append("La date « \(dateText) » n'est pas une date valide (format attendu : AAAA-MM-JJ, par exemple \(today)).")
            } else if let d = parsedDate,
                      let problem = CivilDate.implausibility(year: d.year, typed: dateText, label: "Date du statut", currentYear: today.year) {
                errors.append(problem)
                parsedDate = nil
            } else if let d = parsedDate, today < d {
                errors.append("La date du statut (\(d.frenchDescription)) ne peut pas être postérieure à aujourd'hui.")
            }
        }
        // Its length was checked with every other field by `FieldLimitMiddleware`.
        let trimmed = (comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard errors.isEmpty, let year, let parsedStatus, let parsedDate else { return .failure(SuiviFormErrors(errors)) }
        return .success(Valid(year: year, status: parsedStatus, comment: trimmed.isEmpty ? nil : trimmed, date: parsedDate))
    }
}

/// French messages of a refused follow-up form.
struct SuiviFormErrors: Error, Sendable {
    var messages: [String]
    init(_ messages: [String]) { self.messages = messages }
}

/// Parsing shared by the follow-up forms and filters.
enum SuiviFormat {
    /// A raw value ("en_cours") or its label ("en cours"), case-insensitive.
    static func status(_ text: String) -> SubActionStatus? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        return SubActionStatus(rawValue: key) ?? SubActionStatus.allCases.first { $0.label == key }
    }

    /// A year of the convention, or nil with a French error appended.
    static func year(_ text: String?, in years: [Int], errors: inout [String]) -> Int? {
        let text = (text ?? "").trimmingCharacters(in: .whitespaces)
        let range = "\(years.first ?? 0)–\(years.last ?? 0)"
        guard !text.isEmpty else {
            errors.append("Choisissez une année.")
            return nil
        }
        guard let year = Int(text) else {
            errors.append("L'année « \(text) » n'est pas un nombre.")
            return nil
        }
        guard years.contains(year) else {
            errors.append("L'année \(year) est en dehors de la convention (\(range)).")
            return nil
        }
        return year
    }

    /// "2023-05-02" (what a date field sends) or "02/05/2023" (what a person types).
    static func date(_ text: String) -> PilotageDate? {
        if let iso = PilotageDate(iso: text) { return iso }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 else { return nil }
        let padded = "\(parts[2])-\(String(repeating: "0", count: 2 - parts[1].count))\(parts[1])-"
            + "\(String(repeating: "0", count: 2 - parts[0].count))\(parts[0])"
        return PilotageDate(iso: padded)
    }

    /// "2022, 2023", or "non renseignées" for unknown years.
    static func years(_ years: [Int]) -> String {
        years.isEmpty ? "non renseignées" : years.sorted().map(String.init).joined(separator: ", ")
    }
}
