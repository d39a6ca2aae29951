import Foundation

/// The codes of a CTG plan, as the paper plan writes them: axe "1", objectif "1-2",
/// fiche-action "1-2-3", sous-action "1-2-3-A". Everything that creates plan rows
/// (the editor's forms, a spreadsheet import) asks here for the next code, so a plan
/// built by hand reads like an imported one.
public struct PlanCode: Hashable, Sendable, CustomStringConvertible {
    /// Axe, objectif and fiche numbers, 1 to 3 of them.
    public var numbers: [Int]
    /// The sous-action's letters ("A", …, "Z", "AA"), only after three numbers.
    public var letters: String?

    public init(numbers: [Int], letters: String? = nil) {
        self.numbers = numbers
        self.letters = letters
    }

    public static func axe(_ axe: Int) -> PlanCode { PlanCode(numbers: [axe]) }
    public static func objectif(axe: Int, _ objectif: Int) -> PlanCode { PlanCode(numbers: [axe, objectif]) }
    public static func fiche(axe: Int, objectif: Int, _ fiche: Int) -> PlanCode { PlanCode(numbers: [axe, objectif, fiche]) }

    /// "1-2-3-A" → numbers [1, 2, 3] and letters "A"; nil for anything else ("1-2-x", "", "1--2").
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for part in parts.prefix(3) {
            guard !part.isEmpty, part.count <= 4, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(part), number > 0 else { return nil }
            numbers.append(number)
        }
        if parts.count == 4 {
            guard numbers.count == 3, Self.index(ofLetters: String(parts[3])) != nil else { return nil }
            letters = String(parts[3])
        }
        self.numbers = numbers
    }

    public var description: String {
        (numbers.map(String.init) + (letters.map { [$0] } ?? [])).joined(separator: "-")
    }

    /// The parent's code: "1-2-3-A" → "1-2-3", "1" → nil.
    public var parent: PlanCode? {
        if letters != nil { return PlanCode(numbers: numbers) }
        return numbers.count > 1 ? PlanCode(numbers: Array(numbers.dropLast())) : nil
    }

    /// The code of the `n`-th child (1-based): a number below an objectif, letters below a fiche.
    public func child(_ n: Int) -> PlanCode? {
        guard letters == nil, n > 0 else { return nil }
        if numbers.count == 3 { return PlanCode(numbers: numbers, letters: Self.letters(for: n)) }
        return PlanCode(numbers: numbers + [n])
    }

    /// The last component as a rank: the fiche's number, or the sous-action's letter index (A = 1).
    public var rank: Int {
        if let letters { return Self.index(ofLetters: letters) ?? 0 }
        return numbers.last ?? 0
    }

    /// "A" for 1, "Z" for 26, "AA" for 27: spreadsheet-style, so a fiche may hold any number.
    public static func letters(for n: Int) -> String {
        precondition(n > 0)
        var n = n
        var result = ""
        while n > 0 {
            let digit = (n - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + digit))) + result
            n = (n - 1) / 26
        }
        return result
    }

    /// The inverse of `letters(for:)`; nil unless only capital letters A–Z (at most three).
    public static func index(ofLetters text: String) -> Int? {
        guard !text.isEmpty, text.count <= 3 else { return nil }
        var n = 0
        for scalar in text.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { return nil }
            n = n * 26 + Int(scalar.value - 64)
        }
        return n
    }
}
