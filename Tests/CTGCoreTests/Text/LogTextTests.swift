import CTGCore
import Testing

@Suite struct LogTextTests {
    @Test func lineBreaksCannotStartANewLine() {
        let forged = "/plan\n[ INFO ] Connexion réussie pour admin\r\n"
        let escaped = LogText.escaped(forged)
        #expect(escaped == "/plan\\n[ INFO ] Connexion réussie pour admin\\r\\n")
        #expect(!escaped.contains("\n") && !escaped.contains("\r"))
    }

    @Test func otherControlCharactersAreVisible() {
        #expect(LogText.escaped("a\u{1B}[31mb\u{7F}\u{85}\u{2028}") == "a\\u{1B}[31mb\\u{7F}\\u{85}\\u{2028}")
        #expect(LogText.escaped("tab\there") == "tab\\there")
    }

    @Test func backslashesAreDoubledAndTextIsKept() {
        #expect(LogText.escaped("C:\\n") == "C:\\\\n")
        #expect(LogText.escaped("/fiche/1.2 — Séance") == "/fiche/1.2 — Séance")
    }
}
