import Testing
@testable import CTGCore

@Suite("Tarifs ALSH — tranches qui se chevauchent, trous, prix négatifs")
struct TariffValidationTests {
    func grid(_ brackets: [QFBracket], supplement: Int = 0) -> TariffGrid {
        TariffGrid(scheme: .brackets(brackets), outsideSupplement: supplement)
    }
    func b(_ lower: Int, _ upper: Int?, upperInclusive: Bool = false, price: Int = 500) -> QFBracket {
        QFBracket(lower: lower, upper: upper, upperInclusive: upperInclusive, prices: [.dayMeal: price])
    }

    @Test func contiguousGridHasNoProblem() {
        #expect(TariffValidation.problems(grid([b(0, 600), b(600, 1_200), b(1_200, nil)])).isEmpty)
        // Whole-euro QFs: 0–599 inclusive then 600 is contiguous, in any order of entry.
        #expect(TariffValidation.problems(grid([b(600, nil), b(0, 599, upperInclusive: true)])).isEmpty)
    }

    @Test func overlapIsNamed() {
        let problems = TariffValidation.problems(grid([b(0, 700, upperInclusive: true), b(700, nil)]))
        #expect(problems == ["Chevauchement : les tranches « de 0 à 700 » et « 700 et plus » couvrent toutes deux les quotients de 700 à 700."])
    }

    @Test func gapIsNamed() {
        let problems = TariffValidation.problems(grid([b(0, 600), b(650, nil)]))
        #expect(problems == ["Trou : aucune tranche ne couvre les quotients familiaux de 600 à 649."])
        #expect(TariffValidation.problems(grid([b(100, nil)])) == ["Trou : aucune tranche ne couvre les quotients familiaux de 0 à 99."])
        #expect(TariffValidation.problems(grid([b(0, 1_000)])).first?.hasPrefix("Trou : aucune tranche ne couvre les quotients au-delà de 999") == true)
    }

    @Test func negativePricesAndSupplement() {
        let problems = TariffValidation.problems(grid([b(0, nil, price: -100)], supplement: -1))
        #expect(problems.contains("Le supplément hors territoire est négatif ; saisissez 0 s'il n'y en a pas."))
        #expect(problems.contains("Tranche 1, journée avec repas : le prix est négatif."))
    }

    @Test func emptyAndInvertedBrackets() {
        #expect(TariffValidation.problems(grid([])) == ["La grille n'a aucune tranche de quotient familial."])
        #expect(TariffValidation.problems(grid([b(0, nil), b(900, 800)])).first?.hasPrefix("Tranche 2 : elle ne contient aucun") == true)
    }

    @Test func unitMissingInOneBracket() {
        let brackets = [QFBracket(lower: 0, upper: 500, prices: [.dayMeal: 500, .day: 400]), b(500, nil)]
        #expect(TariffValidation.problems(grid(brackets)) == ["Le prix « journée sans repas » manque dans certaines tranches : saisissez-le partout ou nulle part."])
    }

    @Test func linearCeilingUnderFloorAndDates() {
        var g = TariffGrid(scheme: .linear([.dayMeal: LinearRate(rateE4: 10_000, floor: 900, ceiling: 500)]))
        g.validFrom = CivilDate("2025-01-01"); g.validUntil = CivilDate("2024-12-31")
        #expect(TariffValidation.problems(g) == [
            "La fin de validité (31/12/2024) précède son début (01/01/2025).",
            "Journée avec repas : le plafond (5,00\u{A0}€) est inférieur au plancher (9,00\u{A0}€).",
        ])
        #expect(TariffValidation.problems(TariffGrid(scheme: .linear([:]))) == ["Le taux d'effort n'est saisi pour aucune prestation."])
    }
}
