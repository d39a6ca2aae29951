import CTGCore
import Testing

@Suite struct PlanFormInputTests {
    @Test func listsAreOneItemPerLine() {
        #expect(PlanFormInput.lines(" Mairie de Vaubrun \r\n\n Relais petite enfance\nMairie de Vaubrun\n") ==
                ["Mairie de Vaubrun", "Relais petite enfance"])
        #expect(PlanFormInput.lines(nil) == [])
        #expect(PlanFormInput.text("  \n ") == nil)
        #expect(PlanFormInput.text(" Jeunes de 11 à 17 ans ") == "Jeunes de 11 à 17 ans")
    }

    @Test func yearsAreReadInsideThePeriod() {
        #expect(PlanFormInput.years("2025, 2024 2024", period: 2024...2027) == .success([2024, 2025]))
        #expect(PlanFormInput.years("", period: 2024...2027) == .success([]))
        #expect(PlanFormInput.years("2023", period: 2024...2027)
                == .failure(.init("L'année 2023 est hors de la période de la convention (2024–2027).")))
        #expect(PlanFormInput.years("24", period: 2024...2027)
                == .failure(.init("« 24 » n'est pas une année : écrivez les années sur 4 chiffres, séparées par des virgules.")))
    }

    @Test func aPeriodMustBePlausible() {
        #expect(PlanFormInput.periodProblem(start: 2024, end: 2027, currentYear: 2026) == nil)
        #expect(PlanFormInput.periodProblem(start: 2027, end: 2024, currentYear: 2026) == "L'année de fin (2024) précède l'année de début (2027).")
        #expect(PlanFormInput.periodProblem(start: 2020, end: 2035, currentYear: 2026)
                == "Une convention couvre au plus 10 ans : 2020–2035 en compte 16.")
        #expect(PlanFormInput.periodProblem(start: 1924, end: 1927, currentYear: 2026)?.hasPrefix("Les années de la convention doivent") == true)
        #expect(PlanFormInput.periodProblem(start: nil, end: 2027, currentYear: 2026) != nil)
    }
}
