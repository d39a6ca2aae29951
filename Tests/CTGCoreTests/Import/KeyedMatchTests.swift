import Testing
@testable import CTGCore

@Suite("Matching re-imported rows by their keys")
struct KeyedMatchTests {
    private struct Row { var code: String?; var title: String }

    private func keys(_ row: Row) -> [String?] {
        let wording = KeyedMatch.wordingKey(row.title)
        return [row.code.map { $0 + "|" + wording }, wording, row.code]
    }

    private func pair(_ old: [Row], _ new: [Row]) -> [Int?] {
        KeyedMatch.pair(existing: old, incoming: new, existingKeys: keys, incomingKeys: keys)
    }

    private let seed = [Row(code: "1-1-1-A", title: "Adapter les agréments"),
                        Row(code: "1-1-1-B", title: "Faire connaître l'offre"),
                        Row(code: "1-1-1-C", title: "Former les professionnels")]

    @Test func anInsertedRowWithShiftedLettersKeepsEveryOtherRowOnItsOwn() {
        let new = [seed[0], Row(code: "1-1-1-B", title: "Créer une liste d'attente"),
                   Row(code: "1-1-1-C", title: "Faire connaître l'offre"), Row(code: "1-1-1-D", title: "Former les professionnels")]
        #expect(pair(seed, new) == [0, nil, 1, 2])
    }

    @Test func anInsertedRowWithAFreshCodeIsNew() {
        let new = [seed[0], Row(code: "1-1-1-Z", title: "Nouvelle"), seed[1], seed[2]]
        #expect(pair(seed, new) == [0, nil, 1, 2])
    }

    @Test func aCorrectedTitleKeepsItsRowByCode() {
        let new = [seed[0], Row(code: "1-1-1-B", title: "Faire connaître toute l'offre"), seed[2]]
        #expect(pair(seed, new) == [0, 1, 2])
    }

    @Test func caseAccentsAndPunctuationAreNoise() {
        let new = [Row(code: nil, title: "ADAPTER LES AGREMENTS"), Row(code: nil, title: "faire connaitre l’offre ")]
        #expect(pair(seed, new) == [0, 1])
        #expect(pair(seed, [Row(code: nil, title: "Faire connaître la demande")]) == [nil])
    }

    @Test func removedRowsAreLeftOverAndDuplicatesPairInOrder() {
        #expect(pair(seed, [seed[2]]) == [2])
        let twice = [seed[0], seed[0]]
        #expect(pair(twice, twice) == [0, 1])
        #expect(pair(seed, []) == [])
        #expect(pair([], seed) == [nil, nil, nil])
    }
}
