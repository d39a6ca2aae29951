import CTGCore
import Testing

@Suite struct AvenantInputTests {
    private let today = CivilDate("2026-11-30")!

    @Test func aCompleteAvenantIsAccepted() throws {
        let result = AvenantInput.check(date: "2024-03-12", deliberation: " 2024-031 ", changes: "Ajout d'une fiche jeunesse",
                                        startYear: 2022, today: today)
        let avenant = try result.get()
        #expect(avenant.signedOn == CivilDate("2024-03-12"))
        #expect(avenant.deliberation == "2024-031")
        #expect(avenant.changes == "Ajout d'une fiche jeunesse")
    }

    @Test func theDeliberationIsOptional() throws {
        #expect(try AvenantInput.check(date: "2023-01-05", deliberation: "", changes: "Prolongation",
                                       startYear: 2022, today: today).get().deliberation == nil)
    }

    @Test func everyProblemIsSaidInFrench() {
        guard case let .failure(problems) = AvenantInput.check(date: "2021-12-31", deliberation: nil, changes: "  ",
                                                               startYear: 2022, today: today) else {
            Issue.record("accepted an avenant before the convention")
            return
        }
        #expect(problems.messages == ["L'avenant ne peut pas être signé avant le début de la convention (2022).",
                                      "Décrivez ce que l'avenant modifie."])
    }

    @Test(arguments: ["31/12/2024", "2024-2-30", "2024-02-30"])
    func aMalformedDateIsRefused(_ typed: String) {
        guard case let .failure(problems) = AvenantInput.check(date: typed, deliberation: nil, changes: "x",
                                                               startYear: 2022, today: today) else {
            Issue.record("accepted \(typed)")
            return
        }
        #expect(problems.messages == ["La date de signature doit être une date valide (AAAA-MM-JJ)."])
    }

    @Test func aFutureDateIsRefused() {
        guard case let .failure(problems) = AvenantInput.check(date: "2026-12-01", deliberation: nil, changes: "x",
                                                               startYear: 2022, today: today) else {
            Issue.record("accepted a future date")
            return
        }
        #expect(problems.messages == ["La date de signature ne peut pas être dans le futur."])
    }
}
