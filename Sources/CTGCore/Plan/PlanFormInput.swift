import Foundation

/// What the plan editor's forms type, read and checked: lists one item per line, the
/// years of a sous-action, the period of a convention. Refusals are French sentences.
public enum PlanFormInput {
    /// One item per line, trimmed, blank lines and repeats dropped, order kept.
    public static func lines(_ text: String?) -> [String] {
        var seen = Set<String>()
        return (text ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// A text field, trimmed; nil when empty.
    public static func text(_ value: String?) -> String? {
        let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "2023, 2024" or "2023 2025" → [2023, 2024] / [2023, 2025]; each year inside the period.
    public static func years(_ text: String?, period: ClosedRange<Int>) -> Result<[Int], Refusal> {
        let tokens = (text ?? "").split { !$0.isNumber }.map(String.init)
        var years: [Int] = []
        for token in tokens {
            guard token.count == 4, let year = Int(token) else {
                return .failure(Refusal("« \(token) » n'est pas une année : écrivez les années sur 4 chiffres, séparées par des virgules."))
            }
            guard period.contains(year) else {
                return .failure(Refusal("L'année \(year) est hors de la période de la convention (\(period.lowerBound)–\(period.upperBound))."))
            }
            years.append(year)
        }
        return .success(Array(Set(years)).sorted())
    }

    /// The longest period a convention may span, in years (a CTG runs four or five).
    public static let longestPeriod = 10

    /// Why a convention's period cannot be, or nil; `currentYear` bounds typing mistakes.
    public static func periodProblem(start: Int?, end: Int?, currentYear: Int) -> String? {
        guard let start, let end else { return "Indiquez les années de début et de fin de la convention (4 chiffres)." }
        let plausible = (currentYear - 30)...(currentYear + 20)
        guard plausible.contains(start), plausible.contains(end) else {
            return "Les années de la convention doivent être comprises entre \(plausible.lowerBound) et \(plausible.upperBound)."
        }
        guard end >= start else { return "L'année de fin (\(end)) précède l'année de début (\(start))." }
        guard end - start < longestPeriod else {
            return "Une convention couvre au plus \(longestPeriod) ans : \(start)–\(end) en compte \(end - start + 1)."
        }
        return nil
    }

    public struct Refusal: Error, Equatable, Sendable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }
}
