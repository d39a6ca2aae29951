/// The standard Symbol font (built-in encoding, never embedded), the PDF's second
/// font for the signs French reports use that WinAnsi lacks: arrows, ≥ ≤ ≠ ≈, the
/// minus sign, a few Greek letters. Codes and advance widths (thousandths of the
/// font size) are Adobe's Symbol AFM. Reference data.
public enum SymbolFont {
    static let glyphs: [Character: (code: UInt8, width: Int)] = [
        "→": (174, 987), "←": (172, 987), "↑": (173, 603), "↓": (175, 603), "↔": (171, 1042),
        "⇒": (222, 987), "⇐": (220, 987), "⇑": (221, 603), "⇓": (223, 603), "⇔": (219, 1042),
        "≥": (179, 549), "≤": (163, 549), "≠": (185, 549), "≈": (187, 549), "≡": (186, 549),
        "∞": (165, 713), "−": (45, 549), "∼": (126, 549), "′": (162, 247), "″": (178, 411),
        "∝": (181, 713), "∂": (182, 494), "∈": (206, 713), "√": (214, 549), "∑": (229, 713),
        "α": (97, 631), "β": (98, 549), "γ": (103, 411), "δ": (100, 494), "ε": (101, 439),
        "θ": (113, 521), "λ": (108, 549), "π": (112, 549), "ρ": (114, 549), "σ": (115, 603),
        "τ": (116, 439), "φ": (102, 521), "ω": (119, 686), "Δ": (68, 612), "Φ": (70, 763),
        "Π": (80, 768), "Σ": (83, 592), "Ω": (87, 768),
    ]

    /// Code → character, for reading a content stream back.
    static let characters: [UInt8: Character] = Dictionary(uniqueKeysWithValues: glyphs.map { ($0.value.code, $0.key) })
}
