/// Makes a user-controlled value safe to put in a log line. A request path
/// such as `/plan%0A[ INFO ] Connexion réussie` is decoded before it is logged;
/// left as it is, its line feed would start a forged line in the log file.
/// Every control character (line feed, carriage return, tab, escape, DEL, the C1
/// range, and the Unicode line and paragraph separators) is written as a visible
/// escape instead: `\n`, `\r`, `\t`, or `\u{1B}`; a backslash is doubled so that
/// an escape typed by the user cannot pass for one of ours.
public enum LogText {
    public static func escaped(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            case _ where isControl(scalar):
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
