import Testing
@testable import CTGCore

@Suite("Pilotage — statuts et avancement")
struct ProgressRollUpTests {
    @Test func statusProgressValues() {
        #expect(SubActionStatus.a_venir.progress == 0)
        #expect(SubActionStatus.en_cours.progress == 0.5)
        #expect(SubActionStatus.en_pause.progress == 0.5)
        #expect(SubActionStatus.en_retard.progress == 0.25)
        #expect(SubActionStatus.realise.progress == 1)
        #expect(SubActionStatus.abandonne.progress == nil)
    }

    @Test func rawValuesAndLabelsAreStable() {
        #expect(SubActionStatus.allCases.map(\.rawValue) == ["a_venir", "en_cours", "en_pause", "en_retard", "realise", "abandonne"])
        #expect(SubActionStatus.realise.label == "réalisé")
        #expect(SubActionStatus.abandonne.label == "abandonné")
        #expect(ExpectedResultStatus.non_evalue.label == "non évalué")
        #expect(Set(SubActionStatus.allCases.map(\.color)).count == SubActionStatus.allCases.count)
    }

    /// Helper so the #expect macros stay cheap to type-check.
    func progress(_ items: [(SubActionStatus, Double?)]) -> Double? {
        ProgressRollUp.progress(of: items.map { (status: $0.0, weight: $0.1) })
    }

    @Test func plainAverageWhenNoWeights() {
        let p = progress([(.a_venir, nil), (.en_cours, nil), (.realise, nil)])
        #expect(p == 0.5) // (0 + 0.5 + 1) / 3
        let q = progress([(.realise, nil), (.en_cours, nil), (.realise, nil), (.a_venir, nil)])
        let expected: Double = (1 + 0.5 + 1 + 0) / 4
        #expect(q == expected)
    }

    @Test func weightedAverage() {
        let a = progress([(.realise, 3), (.a_venir, 1)])
        #expect(a == 0.75) // (1 × 3 + 0 × 1) / 4
        // A missing weight counts as 1: (0.5 × 2 + 1 × 1) / 3
        let b = progress([(.en_cours, 2), (.realise, nil)])
        #expect(abs(b! - 2.0 / 3.0) < 1e-12)
        // Zero weight leaves the average.
        let c = progress([(.realise, 0), (.a_venir, 1)])
        #expect(c == 0)
    }

    @Test func abandonedIsExcluded() {
        let a = progress([(.realise, nil), (.abandonne, nil)])
        #expect(a == 1)
        let b = progress([(.a_venir, nil), (.abandonne, 5), (.en_cours, nil)])
        #expect(b == 0.25)
        let c = progress([(.abandonne, nil)])
        #expect(c == nil)
    }

    @Test func emptyIsNil() {
        #expect(progress([]) == nil)
        #expect(ProgressNode(id: "action").rolledUp == nil)
    }

    @Test func treeRollsUpLevelByLevel() {
        let a1 = ProgressNode(id: "a1", children: [.leaf(id: "s1", status: .realise), .leaf(id: "s2", status: .a_venir)])
        let a2 = ProgressNode(id: "a2", weight: 3, children: [.leaf(id: "s3", status: .en_cours), .leaf(id: "s4", status: .abandonne)])
        let empty = ProgressNode(id: "a3", children: [])
        let axe = ProgressNode(id: "axe", children: [a1, a2, empty])
        // a1 = 0.5, a2 = 0.5 (s4 excluded), a3 = nil → (0.5 × 1 + 0.5 × 3) / 4
        #expect(axe.rolledUp == 0.5)
        let byID = axe.rolledUpByID()
        #expect(byID["a1"] == 0.5)
        #expect(byID["s4"] == nil)
        #expect(byID["a3"] == nil)
        #expect(byID["axe"] == axe.rolledUp)

        let skewed = ProgressNode(id: "c", children: [
            ProgressNode(id: "x", weight: 1, ownProgress: 1),
            ProgressNode(id: "y", weight: 4, children: [.leaf(id: "z", status: .a_venir)]),
        ])
        #expect(skewed.rolledUp == 0.2) // (1 × 1 + 0 × 4) / 5
    }

    @Test func ownProgressIsClampedAndUsedOnlyWithoutMeasurableChildren() {
        #expect(ProgressNode(id: "n", ownProgress: 1.7).rolledUp == 1)
        #expect(ProgressNode(id: "n", ownProgress: 0.3, children: [.leaf(id: "s", status: .abandonne)]).rolledUp == 0.3)
        #expect(ProgressNode(id: "n", ownProgress: 0.3, children: [.leaf(id: "s", status: .realise)]).rolledUp == 1)
    }
}
