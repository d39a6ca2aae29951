import Foundation

/// The `Content-Disposition` of a download (RFC 6266): `attachment`, an ASCII `filename` for
/// old clients and the exact UTF-8 name in `filename*` (RFC 5987). The ASCII name is the French
/// one transliterated ("Délibération signée.pdf" → "Deliberation signee.pdf"), not a row of "_".
public enum ContentDisposition {
    public static func attachment(filename: String) -> String {
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: attrChars) ?? asciiFallback(filename)
        return "attachment; filename=\"\(asciiFallback(filename))\"; filename*=UTF-8''\(encoded)"
    }

    /// Accents dropped, ligatures spelled out, typographic signs made plain; what has no ASCII
    /// spelling, and what would break the quoted header value (`"`, `\`, `;`, controls), becomes "_".
    public static func asciiFallback(_ filename: String) -> String {
        var result = ""
        for character in filename {
            if let spelled = spellings[character] {
                result += spelled
                continue
            }
            // Canonical decomposition splits "é" into "e" and a combining accent, which is dropped.
            for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                let printable = scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F
                result.unicodeScalars.append(printable && !forbidden.contains(scalar) ? scalar : "_")
            }
        }
        return result
    }

    /// Letters and signs that decomposition leaves alone but French file names often carry.
    private static let spellings: [Character: String] = [
        "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "°": "o",
        "’": "'", "‘": "'", "–": "-", "—": "-", "\u{00A0}": " ", "\u{202F}": " ", "€": "EUR", "…": "...",
    ]

    private static let forbidden: Set<Unicode.Scalar> = ["\"", "\\", ";"]

    /// RFC 5987's attr-char, ASCII only (Foundation's `.alphanumerics` would let "é" through unencoded).
    private static let attrChars = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
}
