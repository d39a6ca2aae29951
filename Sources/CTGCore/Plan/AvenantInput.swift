import Foundation

/// An avenant amends a signed convention (issue 13 §2): the day it was signed, the
/// deliberation that approved it, and what it changed. This checks a typed one and says,
/// in French, every reason it cannot be recorded.
public struct AvenantInput: Equatable, Sendable {
    public var signedOn: CivilDate
    public var deliberation: String?
    public var changes: String

    public static let maxChanges = 5000
    public static let maxDeliberation = 60

    /// - Parameters:
    ///   - startYear: an avenant cannot predate the convention it amends.
    ///   - today: nor be signed in the future.
    public static func check(date: String?, deliberation: String?, changes: String?, startYear: Int,
                             today: CivilDate) -> Result<AvenantInput, Problems> {
        var problems: [String] = []
        let trimmed = { (s: String?) -> String? in
            let t = (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        let day = trimmed(date).flatMap { CivilDate($0) }
        if trimmed(date) == nil {
            problems.append("Indiquez la date de signature de l'avenant.")
        } else if let day {
            if day.year < startYear { problems.append("L'avenant ne peut pas être signé avant le début de la convention (\(startYear)).") }
            if day > today { problems.append("La date de signature ne peut pas être dans le futur.") }
        } else {
            problems.append("La date de signature doit être une date valide (AAAA-MM-JJ).")
        }
        let number = trimmed(deliberation)
        if let number, number.count > maxDeliberation {
            problems.append("Le numéro de délibération ne doit pas dépasser \(maxDeliberation) caractères.")
        }
        let text = trimmed(changes)
        if text == nil { problems.append("Décrivez ce que l'avenant modifie.") }
        if let text, text.count > maxChanges {
            problems.append("La description des modifications ne doit pas dépasser \(maxChanges) caractères.")
        }
        guard problems.isEmpty, let day, let text else { return .failure(Problems(messages: problems)) }
        return .success(AvenantInput(signedOn: day, deliberation: number, changes: text))
    }

    public struct Problems: Error, Equatable, Sendable { public var messages: [String] }
}
