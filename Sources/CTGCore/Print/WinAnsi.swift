import Foundation

/// WinAnsiEncoding, the byte encoding of the standard Helvetica fonts, completed by the
/// Symbol font: French text prints as is (œ « » ’ … – — € and its spaces); arrows and
/// ≥ ≤ ≠ are drawn from Symbol; anything else becomes the closest text that exists
/// (ﬁ "fi", 1ᵉʳ "1er", ő "o", ✓ "√"), and only a character with no close one becomes
/// "?", so no text vanishes without a trace.
public enum WinAnsi {
    /// 0x80–0x9F, where WinAnsi differs from Latin-1.
    static let upper: [Character: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88,
        "‰": 0x89, "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93,
        "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B,
        "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]
    /// Checked first; every value prints with the two fonts.
    static let substitutes: [Character: String] = [
        // Spaces: the narrow ones French puts before ; : ! ? » and inside numbers must not break.
        "\u{202F}": "\u{00A0}", "\u{2009}": "\u{00A0}", "\u{200A}": "\u{00A0}", "\u{2006}": "\u{00A0}",
        "\u{2007}": "\u{00A0}", "\u{2008}": "\u{00A0}", "\u{2002}": " ", "\u{2003}": " ", "\u{2004}": " ",
        "\u{2005}": " ", "\t": " ", "\n": " ", "\r": " ", "\r\n": " ", "\u{2028}": " ", "\u{2029}": " ",
        // Invisible: a soft hyphen would print as "-" mid-word, since lines are never hyphenated.
        "\u{00AD}": "", "\u{200B}": "", "\u{200C}": "", "\u{200D}": "", "\u{2060}": "", "\u{FEFF}": "",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2043}": "-", "\u{2012}": "–", "\u{2015}": "—",
        "\u{02BC}": "’", "\u{201B}": "‘", "\u{201F}": "“", "⋯": "…", "№": "n°", "⁄": "/", "∕": "/", "∗": "*",
        "◦": "•", "‣": "•", "∙": "•", "▪": "•", "■": "•", "●": "•", "○": "•", "◆": "•", "►": "•", "▸": "•",
        "✓": "√", "✔": "√", "✗": "×", "✘": "×", "⟶": "→", "⟵": "←", "⟹": "⇒", "➔": "→", "➜": "→",
        "➝": "→", "➞": "→", "➡": "→", "⬅": "←", "⬆": "↑", "⬇": "↓", "↗": "↑", "↘": "↓", "⩾": "≥", "⩽": "≤",
        "≃": "≈", "≅": "≈", "μ": "µ", "∆": "Δ", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "Ħ": "H", "ħ": "h",
    ]

    /// The byte of `character`, when WinAnsi has it.
    static func byte(_ character: Character) -> UInt8? {
        if let ascii = character.asciiValue { return ascii >= 32 && ascii < 127 ? ascii : nil }
        if let code = upper[character] { return code }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let value = scalars.first?.value, value >= 0xA0, value <= 0xFF { return UInt8(value) }
        return nil
    }

    static func drawable(_ character: Character) -> Bool { byte(character) != nil || SymbolFont.glyphs[character] != nil }

    /// `text` rewritten with characters one of the two fonts has.
    public static func printable(_ text: String) -> [Character] {
        var out: [Character] = []
        for character in text {
            if let substitute = substitutes[character] { out.append(contentsOf: substitute) }
            else if drawable(character) { out.append(character) }
            else if let close = compatible(character) { out.append(contentsOf: close) }
            else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { continue }
            else { out.append("?") }
        }
        return out
    }

    /// "ő" → "o", "ﬁ" → "fi", "ᵉ" → "e", "⅓" → "1/3": the compatibility decomposition without its
    /// combining marks, when the fonts draw all of it.
    static func compatible(_ character: Character) -> [Character]? {
        let scalars = String(character).decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        let characters = String(String.UnicodeScalarView(scalars)).flatMap { substitutes[$0].map(Array.init) ?? [$0] }
        return !characters.isEmpty && characters.allSatisfy(drawable) ? characters : nil
    }

    /// A stretch of text in one font: WinAnsi bytes for Helvetica, or Symbol codes.
    public struct Run: Equatable, Sendable {
        public var symbol: Bool
        public var bytes: [UInt8]
    }

    /// The bytes of `text`, after `printable`, cut where the font changes.
    public static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        for character in printable(text) {
            let symbol = byte(character) == nil
            guard let code = symbol ? SymbolFont.glyphs[character]?.code : byte(character) else { continue }
            if runs.last?.symbol == symbol { runs[runs.count - 1].bytes.append(code) } else { runs.append(Run(symbol: symbol, bytes: [code])) }
        }
        return runs
    }

    /// "é" → "e", "ő" → "o": the first scalar of the canonical decomposition.
    static func baseLetter(_ character: Character) -> Character? {
        guard let first = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first else { return nil }
        return Character(first)
    }
}
