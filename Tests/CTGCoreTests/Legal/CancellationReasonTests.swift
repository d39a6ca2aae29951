import CTGCore
import Testing

@Suite struct CancellationReasonTests {
    @Test func aReasonIsRequiredTrimmedAndOnOneLine() {
        #expect(CancellationReason.check(nil) == .failure(.missing))
        #expect(CancellationReason.check("  \n\t ") == .failure(.missing))
        #expect(CancellationReason.check("  saisie\n  par erreur ") == .success("saisie par erreur"))
    }

    @Test func aLongReasonIsRefusedWithItsLength() {
        let long = String(repeating: "é", count: 301)
        #expect(CancellationReason.check(long) == .failure(.tooLong(301)))
        #expect(CancellationReasonError.tooLong(301).message == "Le motif compte 301 caractères : 300 au plus.")
        #expect(CancellationReason.check(String(repeating: "a", count: 300)) != .failure(.tooLong(300)))
    }
}
