import Testing
@testable import CTGCore

@Suite("Suspect documents and French counts")
struct PlanCountsTests {
    private let seed = PlanCounts(axes: 4, fiches: 18, subActions: 46, indicators: 37)

    @Test func seedCountsFromTheParsedPlan() throws {
        let counts = PlanCounts(try DocumentSeed.document().plan)
        #expect(counts == PlanCounts(axes: 4, fiches: 18, subActions: 46, indicators: 37))
    }

    @Test func aDocumentWithoutAxesIsSuspect() throws {
        let message = try #require(seed.suspicion(replacingWith: PlanCounts(axes: 0, fiches: 0, subActions: 0, indicators: 0)))
        #expect(message.hasPrefix("Document incomplet ou endommagé ?"))
        #expect(message.contains("4 axes → 0") && message.contains("46 sous-actions → 0"))
    }

    @Test func aDropOfMoreThanAQuarterIsSuspect() {
        #expect(seed.suspicion(replacingWith: PlanCounts(axes: 4, fiches: 18, subActions: 34, indicators: 37)) != nil)
        #expect(seed.suspicion(replacingWith: PlanCounts(axes: 4, fiches: 18, subActions: 46, indicators: 27)) != nil)
    }

    @Test func revisionsAndGrowthAreNotSuspect() {
        #expect(seed.suspicion(replacingWith: PlanCounts(axes: 4, fiches: 17, subActions: 43, indicators: 35)) == nil)
        #expect(seed.suspicion(replacingWith: PlanCounts(axes: 5, fiches: 20, subActions: 50, indicators: 40)) == nil)
        let empty = PlanCounts(axes: 0, fiches: 0, subActions: 0, indicators: 0)
        #expect(empty.suspicion(replacingWith: seed) == nil)
    }

    @Test func frenchCountsAgreeInNumber() {
        #expect(FrenchCount.phrase(0, "statut") == "0 statut")
        #expect(FrenchCount.phrase(1, "statut") == "1 statut")
        #expect(FrenchCount.phrase(85, "statut") == "85 statuts")
        #expect(FrenchCount.phrase(2, "résultat attendu", "résultats attendus") == "2 résultats attendus")
        #expect(FrenchCount.list([(46, "sous-action", nil), (85, "statut", nil)]) == "46 sous-actions et 85 statuts")
        #expect(FrenchCount.list([(1, "axe", nil), (0, "fiche", nil), (2, "mesure", nil), (3, "cible", nil)])
                == "1 axe, 2 mesures et 3 cibles")
    }
}
