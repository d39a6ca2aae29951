/// Advance widths (thousandths of the font size) of the two standard PDF fonts the
/// printed bilan uses, from Adobe's Helvetica and Helvetica-Bold AFM files. Reference
/// data: a viewer draws these fonts without embedding, so wrapping must use the same numbers.
enum HelveticaMetrics {
    /// Widths of ASCII 32…126, in order.
    static let regularASCII: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // p … ~
    ]
    static let boldASCII: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]
    /// Non-ASCII glyphs of WinAnsiEncoding (with 0xA0 drawn as a space) whose width is not their base letter's: (regular, bold).
    static let special: [Character: (Int, Int)] = [
        "\u{00A0}": (278, 278), "«": (556, 556), "»": (556, 556), "’": (222, 278), "‘": (222, 278),
        "“": (333, 500), "”": (333, 500), "„": (333, 500), "–": (556, 556), "—": (1000, 1000),
        "…": (1000, 1000), "€": (556, 556), "•": (350, 350), "°": (400, 400), "œ": (944, 944),
        "Œ": (1000, 1000), "æ": (889, 889), "Æ": (1000, 1000), "ß": (611, 611), "§": (556, 556),
        "·": (278, 278), "×": (584, 584), "²": (333, 333), "³": (333, 333), "±": (584, 584),
        "ø": (611, 611), "Ø": (778, 778), "©": (737, 737), "®": (737, 737), "‰": (1000, 1000),
        "í": (278, 278), "ì": (278, 278), "î": (278, 278), "ï": (278, 278), "¿": (611, 611),
        "¡": (333, 333), "¢": (556, 556), "£": (556, 556), "¤": (556, 556), "¥": (556, 556), "¦": (260, 280),
        "¨": (333, 333), "ª": (370, 370), "¬": (584, 584), "¯": (333, 333), "´": (333, 333), "µ": (556, 611),
        "¶": (537, 556), "¸": (333, 333), "¹": (333, 333), "º": (365, 365), "¼": (834, 834), "½": (834, 834),
        "¾": (834, 834), "÷": (584, 584), "Ð": (722, 722), "ð": (556, 611), "Þ": (667, 667), "þ": (556, 611),
        "†": (556, 556), "‡": (556, 556), "ˆ": (333, 333), "˜": (333, 333), "™": (1000, 1000), "ƒ": (556, 556),
        "‹": (333, 333), "›": (333, 333), "‚": (222, 278),
    ]

    /// Width in points of `text` set in `bold` or regular at `size`, after the WinAnsi mapping.
    public static func width(_ text: String, bold: Bool, size: Double) -> Double {
        var total = 0
        for character in WinAnsi.printable(text) { total += units(character, bold: bold) }
        return Double(total) * size / 1000
    }

    static func units(_ character: Character, bold: Bool) -> Int {
        if let ascii = character.asciiValue, ascii >= 32, ascii <= 126 {
            return (bold ? boldASCII : regularASCII)[Int(ascii) - 32]
        }
        if let pair = special[character] { return bold ? pair.1 : pair.0 }
        // Symbol has no bold: the same glyph is drawn in bold lines.
        if let glyph = SymbolFont.glyphs[character] { return glyph.width }
        // Accented letters of Helvetica are as wide as their base letter (é = e, Ç = C).
        if let base = WinAnsi.baseLetter(character), base != character { return units(base, bold: bold) }
        return 556
    }
}
