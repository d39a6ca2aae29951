import CTGCore
import Testing

@Suite struct BudgetLineInputTests {
    let years = [2023, 2024, 2025, 2026]

    func read(year: String = "2024", financeur: String = "7", planned: String = "12 500,50", spent: String = "") -> Result<BudgetLineInput, BudgetRefusal> {
        BudgetLineInput.read(year: year, financeur: financeur, planned: planned, spent: spent,
                             conventionYears: years, financeurIDs: [7, 9])
    }

    @Test func acceptsALine() throws {
        let line = try read(spent: "1 000").get()
        #expect(line == BudgetLineInput(year: 2024, financeurID: 7, plannedCents: 1_250_050, spentCents: 100_000))
        #expect(try read().get().spentCents == nil)
    }

    @Test func saysEveryProblemInFrench() {
        guard case .failure(let refusal) = read(year: "2031", financeur: "8", planned: "12,5,0", spent: "-3") else {
            Issue.record("accepted")
            return
        }
        #expect(refusal.reasons == [
            "L'année 2031 est en dehors de la convention (2023–2026).",
            "Choisissez le financeur parmi les organisations du territoire.",
            "Montant illisible : « 12,5,0 » (budget prévisionnel ; exemple : 12 500,50).",
            "Le réalisé « -3 » est négatif : un montant est positif ou nul.",
        ])
    }

    @Test func plannedIsRequired() {
        #expect(read(planned: " ") == .failure(BudgetRefusal(reasons: ["Indiquez le budget prévisionnel (0 si rien n'est prévu)."])))
        #expect(read(year: "deux") == .failure(BudgetRefusal(reasons: ["L'année « deux » n'est pas un nombre."])))
    }
}
