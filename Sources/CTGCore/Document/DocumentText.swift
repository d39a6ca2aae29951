import Foundation

extension DocumentParser {
    /// Small string helpers shared by the document parser.
    enum Text {
        /// Lowercase, without diacritics; one output Character per input Character so that
        /// offsets found in the folded text are valid in the original.
        static func fold(_ s: some StringProtocol) -> String {
            String(s.map(foldCharacter))
        }

        static func foldCharacter(_ c: Character) -> Character {
            if c.isASCII {
                // Only A–Z change; "\r\n" is one ASCII character and stays as it is.
                if let a = c.asciiValue, a >= 65, a <= 90, c.utf8.count == 1 { return Character(Unicode.Scalar(a + 32)) }
                return c
            }
            switch c {
            case "œ", "Œ": return "o"
            case "æ", "Æ": return "a"
            default: break
            }
            // French letters are looked up in a table made once: Foundation's folding costs
            // microseconds a call, and the reader folds every character of the text.
            if c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first,
               scalar.value >= latinFolds.first, scalar.value - latinFolds.first < latinFolds.table.count {
                return latinFolds.table[Int(scalar.value - latinFolds.first)]
            }
            return foundationFold(c)
        }

        private static func foundationFold(_ c: Character) -> Character {
            let folded = String(c).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return folded.first ?? c
        }

        /// Latin-1 Supplement and Latin Extended-A (U+00C0–U+017F), folded by Foundation itself.
        private static let latinFolds: (first: UInt32, table: [Character]) = {
            let first: UInt32 = 0xC0
            return (first, (first...0x17F).map { foundationFold(Character(Unicode.Scalar($0)!)) })
        }()

        /// The key two wordings are compared on: differences of case, accents, hyphens,
        /// punctuation or spacing alone are OCR/typing noise, not a change of meaning.
        static func comparisonKey(_ s: some StringProtocol) -> String {
            let mapped = fold(s).map { $0.isLetter || $0.isNumber ? $0 : " " }
            return String(mapped).split(separator: " ").joined(separator: " ")
        }

        static func sameWording(_ a: String, _ b: String) -> Bool {
            comparisonKey(a) == comparisonKey(b)
        }

        static func collapseSpaces(_ s: some StringProtocol) -> String {
            s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        }

        static func trim(_ s: some StringProtocol) -> String {
            s.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        static func capitalizingFirst(_ s: String) -> String {
            guard let first = s.first else { return s }
            return first.uppercased() + s.dropFirst()
        }

        /// Drops parentheses that have no partner (OCR often loses or repeats one).
        static func balancingParentheses(_ s: String) -> String {
            var chars = Array(s)
            var open: [Int] = []
            var drop = Set<Int>()
            for (i, c) in chars.enumerated() {
                if c == "(" { open.append(i) }
                else if c == ")" { if open.isEmpty { drop.insert(i) } else { open.removeLast() } }
            }
            drop.formUnion(open)
            chars = chars.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
            return collapseSpaces(String(chars))
        }

        /// A heading typed in capitals ("AXE 2 MAINTENIR L'OFFRE…").
        static func isCapsLine(_ s: some StringProtocol, minLetters: Int = 8) -> Bool {
            let letters = s.filter(\.isLetter)
            guard letters.count >= minLetters, !s.contains("\t") else { return false }
            let upper = letters.filter(\.isUppercase).count
            return Double(upper) >= 0.8 * Double(letters.count)
        }

        static func words(_ s: some StringProtocol) -> [String] {
            s.split(whereSeparator: { (c: Character) in c == " " || c == "\t" }).map { String($0) }
        }

        /// "S'appuyer" → "appuyer", "Se rendre" stays: only the elided pronoun is dropped.
        static func firstWord(_ s: some StringProtocol) -> String {
            guard let w = words(s).first else { return "" }
            var word = String(w).trimmingCharacters(in: .punctuationCharacters)
            if let apostrophe = word.firstIndex(of: "'"), word.distance(from: word.startIndex, to: apostrophe) <= 2 {
                word = String(word[word.index(after: apostrophe)...])
            }
            return word
        }
    }
}
