import CTGCore
import Testing

@Suite struct PlanCodeTests {
    @Test(arguments: ["1", "1-2", "1-2-3", "1-2-3-A", "4-10-12-AB"])
    func aPaperCodeReadsBackAsItself(code: String) {
        #expect(PlanCode(code)?.description == code)
    }

    @Test(arguments: ["", "0", "1-2-x", "1--2", "1-2-3-a", "1-2-A", "1-2-3-4-5", "1-2-3-A-B", "A", "-1", "1-2-3-ABCD"])
    func anythingElseIsNotACode(text: String) {
        #expect(PlanCode(text) == nil)
    }

    @Test func lettersRunLikeSpreadsheetColumns() {
        #expect(PlanCode.letters(for: 1) == "A")
        #expect(PlanCode.letters(for: 26) == "Z")
        #expect(PlanCode.letters(for: 27) == "AA")
        #expect(PlanCode.letters(for: 53) == "BA")
        #expect(PlanCode.index(ofLetters: "AA") == 27)
        #expect(PlanCode.index(ofLetters: "Z") == 26)
        #expect(PlanCode.index(ofLetters: "é") == nil)
    }

    @Test func parentsAndChildren() {
        #expect(PlanCode("1-2-3-A")?.parent == PlanCode("1-2-3"))
        #expect(PlanCode("1-2")?.parent == PlanCode("1"))
        #expect(PlanCode("3")?.parent == nil)
        #expect(PlanCode("1-2-3")?.child(2)?.description == "1-2-3-B")
        #expect(PlanCode("1-2")?.child(7)?.description == "1-2-7")
        #expect(PlanCode("1-2-3-A")?.child(1) == nil)
    }
}

@Suite struct PlanNumberingTests {
    @Test func aNewRowComesAfterTheHighestSibling() {
        let fiche = PlanCode("2-1-4")!
        #expect(PlanNumbering.nextChild(of: fiche, siblings: []).description == "2-1-4-A")
        #expect(PlanNumbering.nextChild(of: fiche, siblings: ["2-1-4-A", "2-1-4-C", nil]).description == "2-1-4-D")
        // Codes of another fiche, or unreadable ones, are not siblings.
        #expect(PlanNumbering.nextChild(of: fiche, siblings: ["2-1-5-F", "x", "2-1-4-B"]).description == "2-1-4-C")
        #expect(PlanNumbering.nextChild(of: PlanCode("3-2")!, siblings: ["3-2-1", "3-2-9", "3-1-12"]).description == "3-2-10")
        #expect(PlanNumbering.nextRank(after: []) == 1)
        #expect(PlanNumbering.nextRank(after: [2, 5]) == 6)
    }

    @Test func aSwapRenamesBothSubtreesAndNothingElse() {
        let codes = ["1-2", "1-2-1", "1-2-1-A", "1-3", "1-3-1", "1-3-2-B", "1-20-1", "2-2-1"]
        let renames = PlanNumbering.swapRenames(PlanCode("1-2")!, PlanCode("1-3")!, codes: codes)
        #expect(renames == [
            "1-2": "1-3", "1-2-1": "1-3-1", "1-2-1-A": "1-3-1-A",
            "1-3": "1-2", "1-3-1": "1-2-1", "1-3-2-B": "1-2-2-B",
        ])
        #expect(PlanNumbering.rebase("1-20-1", from: PlanCode("1-2")!, to: PlanCode("1-3")!) == nil)
    }

    @Test func theNeighbourIsTheNearestSiblingShown() {
        let order = [10, 4, 7]
        #expect(PlanNumbering.neighbour(of: 4, in: order, direction: .up) == 10)
        #expect(PlanNumbering.neighbour(of: 4, in: order, direction: .down) == 7)
        #expect(PlanNumbering.neighbour(of: 10, in: order, direction: .up) == nil)
        #expect(PlanNumbering.neighbour(of: 7, in: order, direction: .down) == nil)
        #expect(PlanNumbering.neighbour(of: 99, in: order, direction: .down) == nil)
    }
}
