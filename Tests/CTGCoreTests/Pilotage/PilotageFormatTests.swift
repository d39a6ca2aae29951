import Testing
@testable import CTGCore

@Suite("Pilotage — nombres en français")
struct PilotageFormatTests {
    let nnbsp = "\u{202F}"

    @Test func decimalCommaAndGrouping() {
        #expect(PilotageFormat.number(0.25) == "0,25")
        #expect(PilotageFormat.number(12) == "12")
        #expect(PilotageFormat.number(1234.5) == "1\(nnbsp)234,5")
        #expect(PilotageFormat.number(1_234_567) == "1\(nnbsp)234\(nnbsp)567")
        #expect(PilotageFormat.number(999) == "999")
        #expect(PilotageFormat.number(-1500.75) == "-1\(nnbsp)500,75")
    }

    @Test func rounding() {
        #expect(PilotageFormat.number(2.675) == "2,68")
        #expect(PilotageFormat.number(1.0 / 3.0) == "0,33")
        #expect(PilotageFormat.number(2.5, maxFractionDigits: 0) == "3")
        #expect(PilotageFormat.number(-0.001) == "0")
        #expect(PilotageFormat.number(.nan) == "—")
    }

    @Test func percentsAndYesNo() {
        #expect(PilotageFormat.percent(72.5) == "72,5\(nnbsp)%")
        #expect(PilotageFormat.progress(0.4567) == "46\(nnbsp)%")
        #expect(IndicatorKind.rate.format(80) == "80\(nnbsp)%")
        #expect(IndicatorKind.yes_no.format(1) == "oui")
        #expect(IndicatorKind.yes_no.format(0) == "non")
        #expect(IndicatorKind.count.format(1200) == "1\(nnbsp)200")
    }

    @Test func pointsDelta() {
        #expect(PilotageFormat.pointsDelta(0.125) == "+13 points")
        #expect(PilotageFormat.pointsDelta(-0.05) == "-5 points")
        #expect(PilotageFormat.pointsDelta(0) == "0 point")
    }
}
