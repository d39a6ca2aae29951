import Foundation

/// WinAnsiEncoding, the byte encoding of the standard PDF fonts: French text prints
/// as is; a character outside it becomes the closest one that exists (→ "->",
/// ≥ ">=", ő "o"), and only a character with no close one becomes "?", so no text
/// vanishes without a trace.
public enum WinAnsi {
    /// 0x80–0x9F, where WinAnsi differs from Latin-1.
    static let upper: [Character: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88,
        "‰": 0x89, "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93,
        "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B,
        "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]
    static let substitutes: [Character: String] = [
        "\u{202F}": "\u{00A0}", "\u{2009}": " ", "\u{2007}": " ", "\u{200B}": "", "\u{2010}": "-",
        "\u{2011}": "-", "\u{2212}": "-", "→": "->", "←": "<-", "≥": ">=", "≤": "<=", "≠": "!=",
        "✓": "v", "✔": "v", "✗": "x", "′": "'", "″": "\"", "\t": " ", "\n": " ", "\r": " ",
    ]

    /// The byte of `character`, when WinAnsi has it.
    static func byte(_ character: Character) -> UInt8? {
        if let ascii = character.asciiValue { return ascii >= 32 && ascii < 127 ? ascii : nil }
        if let code = upper[character] { return code }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let value = scalars.first?.value, value >= 0xA0, value <= 0xFF { return UInt8(value) }
        return nil
    }

    /// `text` rewritten with characters WinAnsi has.
    public static func printable(_ text: String) -> [Character] {
        var out: [Character] = []
        for character in text {
            if byte(character) != nil { out.append(character); continue }
            if let substitute = substitutes[character] { out.append(contentsOf: substitute); continue }
            if let base = baseLetter(character), byte(base) != nil { out.append(base); continue }
            out.append("?")
        }
        return out
    }

    /// The bytes of `text` in WinAnsiEncoding, after `printable`.
    public static func encode(_ text: String) -> [UInt8] {
        printable(text).compactMap(byte)
    }

    /// "é" → "e", "ő" → "o": the first scalar of the canonical decomposition.
    static func baseLetter(_ character: Character) -> Character? {
        guard let first = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first else { return nil }
        return Character(first)
    }
}
