import Testing
@testable import CTGCore

@Suite("Tarifs ALSH — grille, taux d'effort, arrondi")
struct TariffGridTests {
    /// 0–699: 8,00 €; 700–999 (700 included, 1 000 excluded): 10,50 €; 1 000 and more: 13,00 €.
    static let grid = TariffGrid(scheme: .brackets([
        QFBracket(lower: 0, upper: 700, upperInclusive: false, prices: [.dayMeal: 800, .halfDay: 300]),
        QFBracket(lower: 700, upper: 1_000, upperInclusive: false, prices: [.dayMeal: 1_050, .halfDay: 400]),
        QFBracket(lower: 1_000, upper: nil, prices: [.dayMeal: 1_300, .halfDay: 500]),
    ]), outsideSupplement: 250)

    @Test func boundsAsConfigured() {
        #expect(Self.grid.price(qf: 699, unit: .dayMeal) == 800)
        #expect(Self.grid.price(qf: 700, unit: .dayMeal) == 1_050)
        #expect(Self.grid.price(qf: 999, unit: .dayMeal) == 1_050)
        #expect(Self.grid.price(qf: 1_000, unit: .dayMeal) == 1_300)
        #expect(Self.grid.price(qf: 25_000, unit: .halfDay) == 500)
        // The same limit the other way: 700 belongs to the first bracket when its upper bound is inclusive.
        let inclusive = QFBracket(lower: 0, upper: 700, upperInclusive: true, prices: [.day: 1])
        let exclusiveLow = QFBracket(lower: 700, lowerInclusive: false, upper: nil, prices: [.day: 2])
        let other = TariffGrid(scheme: .brackets([inclusive, exclusiveLow]))
        #expect(other.price(qf: 700, unit: .day) == 1)
        #expect(other.price(qf: 701, unit: .day) == 2)
        #expect(TariffValidation.problems(other).isEmpty)
    }

    @Test func unitNotOfferedAndOutsideSupplement() {
        #expect(Self.grid.price(qf: 500, unit: .day) == nil)
        #expect(Self.grid.price(qf: 500, unit: .dayMeal, outside: true) == 1_050)
        #expect(Self.grid.units == [.dayMeal, .halfDay])
    }

    @Test func linearRateFloorCeilingAndRounding() {
        // 1,25 %: QF 700 → 8,75 €; QF 333 → 4,1625 € → 4,16 €; QF 334 → 4,175 € → 4,18 € (half up).
        let rate = LinearRate(rateE4: 12_500, floor: 300, ceiling: 1_500)
        #expect(rate.price(qf: 700) == 875)
        #expect(rate.price(qf: 333) == 416)
        #expect(rate.price(qf: 334) == 418)
        #expect(rate.price(qf: 100) == 300)     // 1,25 € is under the floor
        #expect(rate.price(qf: 2_000) == 1_500) // 25 € is over the ceiling
        #expect(rate.price(qf: 1_200) == 1_500) // exactly the ceiling
        #expect(rate.rateText == "1,25\u{A0}%")
    }

    @Test func parsingPricesAndRates() throws {
        #expect(try Cents.parse("12,50", label: "x").get() == 1_250)
        #expect(try Cents.parse(" 8.4 € ", label: "x").get() == 840)
        #expect(try Cents.parse("7", label: "x").get() == 700)
        #expect(try Cents.parse(",5", label: "x").get() == 50)
        #expect(throws: TariffProblem.self) { try Cents.parse("-3", label: "x").get() }
        #expect(throws: TariffProblem.self) { try Cents.parse("1,234", label: "x").get() }
        #expect(throws: TariffProblem.self) { try Cents.parse("douze", label: "x").get() }
        #expect(throws: TariffProblem.self) { try Cents.parse("99999999", label: "x").get() }
        #expect(try LinearRate.parseRate("1,25 %", label: "x").get() == 12_500)
        #expect(try LinearRate.parseRate("0.0825", label: "x").get() == 825)
        #expect(throws: TariffProblem.self) { try LinearRate.parseRate("-1", label: "x").get() }
        #expect(throws: TariffProblem.self) { try LinearRate.parseRate("101", label: "x").get() }
        #expect(Cents.format(125_000) == "1\u{202F}250,00\u{A0}€")
        #expect(Cents.format(805) == "8,05\u{A0}€")
        #expect(Cents.input(805) == "8,05")
    }

    @Test func validityByYearAndDay() {
        var grid = Self.grid
        grid.validFrom = CivilDate("2024-09-01"); grid.validUntil = CivilDate("2025-08-31")
        #expect(!grid.applies(in: 2023))
        #expect(grid.applies(in: 2024) && grid.applies(in: 2025))
        #expect(!grid.applies(in: 2026))
        #expect(grid.applies(on: CivilDate("2025-08-31")!))
        #expect(!grid.applies(on: CivilDate("2024-08-31")!))
    }

    @Test func representativeQF() {
        #expect(Self.grid.scheme == Self.grid.scheme)
        guard case .brackets(let b) = Self.grid.scheme else { return }
        #expect(b[0].representativeQF == 349) // (0 + 699) / 2
        #expect(b[1].representativeQF == 849) // (700 + 999) / 2
        #expect(b[2].representativeQF == 1_000)
        #expect(b[1].label == "de 700 à 999")
    }
}
