import CTGCore
import Testing

@Suite struct EuroAmountTests {
    @Test func readsFrenchTyping() throws {
        #expect(try EuroAmount.cents("12 500,50", maximum: 1_000_000_00).get() == 1_250_050)
        #expect(try EuroAmount.cents("12500 €", maximum: 1_000_000_00).get() == 1_250_000)
        #expect(try EuroAmount.cents("1 234,5", maximum: 1_000_000_00).get() == 123_450)
        #expect(try EuroAmount.cents("1\u{202F}234,05\u{A0}€", maximum: 1_000_000_00).get() == 123_405)
        #expect(try EuroAmount.cents("0", maximum: 100).get() == 0)
        #expect(try EuroAmount.cents("8.4", maximum: 1_000_00).get() == 840)
    }

    @Test func refusesWhatItCannotRead() throws {
        #expect(EuroAmount.cents("12,5,0", maximum: 1_000_000_00) == .failure(.unreadable))
        #expect(EuroAmount.cents("douze", maximum: 1_000_000_00) == .failure(.unreadable))
        #expect(EuroAmount.cents("", maximum: 1_000_000_00) == .failure(.unreadable))
        #expect(EuroAmount.cents("-", maximum: 1_000_000_00) == .failure(.unreadable))
        #expect(EuroAmount.cents("-12,50", maximum: 1_000_000_00) == .failure(.negative))
        #expect(EuroAmount.cents("1,234", maximum: 1_000_000_00) == .failure(.tooManyDecimals))
        #expect(EuroAmount.cents("1000,01", maximum: 1_000_00) == .failure(.tooLarge))
        #expect(EuroAmount.cents("99999999999999999999999", maximum: 1_000_00) == .failure(.tooLarge))
        #expect(try EuroAmount.cents("1000", maximum: 1_000_00).get() == 1_000_00)
    }

    @Test func writesFrenchAmounts() {
        #expect(EuroAmount.format(1_250_050) == "12\u{202F}500,50\u{A0}€")
        #expect(EuroAmount.format(5) == "0,05\u{A0}€")
        #expect(EuroAmount.format(123_456_789_00) == "123\u{202F}456\u{202F}789,00\u{A0}€")
        #expect(EuroAmount.format(450_000, wholeEurosBare: true) == "4\u{202F}500\u{A0}€")
        #expect(EuroAmount.format(-1_50) == "-1,50\u{A0}€")
        #expect(EuroAmount.input(1_250_050) == "12500,50")
        #expect(EuroAmount.input(nil) == "")
    }
}
