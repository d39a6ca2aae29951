import Testing
@testable import CTGCore

@Suite("Pilotage — indicateurs calculés")
struct ComputedIndicatorTests {
    let animations = [
        ComputedRecord(id: "12", label: "Atelier cuisine", year: 2023, value: 8),
        ComputedRecord(id: "15", label: "Sortie « nature »", year: 2023, value: 12),
        ComputedRecord(id: "9", label: "Atelier 2022", year: 2022, value: 30),
        ComputedRecord(id: "18", label: "Café des parents", year: 2023),
        ComputedRecord(id: "20", label: "Fête de fin d'année", year: 2023, value: 40),
    ]

    @Test func countWithProvenance() throws {
        let value = try #require(ComputedIndicatorRegistry.standard.evaluate(
            "animations.count", records: animations, year: 2023, scope: "liées à la sous-action 3-1-1-A"))
        #expect(value.value == 4)
        #expect(value.recordIDs == ["12", "15", "18", "20"])
        #expect(value.recordLabels.contains("Sortie « nature »"))
        #expect(value.provenance == "Nombre d'animations liées à la sous-action 3-1-1-A en 2023 : 4 (enregistrements #12, #15, #18, #20)")
        #expect(value.rule.hasPrefix("Nombre d'animations enregistrées"))
        #expect(value.asMeasurement().value == 4)
        #expect(value.asMeasurement().comment == value.provenance)
    }

    @Test func sumIgnoresRecordsWithoutValue() throws {
        let value = try #require(ComputedIndicatorRegistry.standard.evaluate("animations.participants", records: animations, year: 2023))
        let expected: Double = 8 + 12 + 40
        #expect(value.value == expected)
        #expect(value.recordIDs == ["12", "15", "20"])
        #expect(value.provenance == "Nombre de participants aux animations en 2023 : 60 (enregistrements #12, #15, #20)")
    }

    @Test func averageAndEmptyYear() throws {
        let readings = [ComputedRecord(id: "1", label: "janvier", year: 2024, value: 70),
                        ComputedRecord(id: "2", label: "février", year: 2024, value: 75)]
        let registry = ComputedIndicatorRegistry.standard
        let avg = try #require(registry.evaluate("occupancy.rate", records: readings, year: 2024))
        #expect(avg.value == 72.5)
        #expect(avg.formattedValue == "72,5\u{202F}%")
        let none = try #require(registry.evaluate("occupancy.rate", records: readings, year: 2023))
        #expect(none.value == nil)
        #expect(none.provenance == "Taux d'occupation moyen en 2023 : aucune valeur (aucun enregistrement)")
        let zero = try #require(registry.evaluate("animations.count", records: readings, year: 2023))
        #expect(zero.value == 0)
        #expect(registry.evaluate("inconnu", records: readings, year: 2024) == nil)
    }

    @Test func customRulesAndLongLists() throws {
        var registry = ComputedIndicatorRegistry()
        registry.register(ComputedSource(id: "cumul", label: "Nombre cumulé de familles", ruleDescription: "Depuis 2022.", kind: .count),
                          rule: ComputedRule { records, year in
                              let used = records.filter { $0.year <= year }
                              return (Double(used.count), used)
                          })
        let records = (1...25).map { ComputedRecord(id: String($0), label: "famille \($0)", year: 2022 + $0 % 2) }
        let value = try #require(registry.evaluate("cumul", records: records, year: 2023))
        #expect(value.value == 25)
        #expect(value.recordIDs.count == 25)
        #expect(value.provenance.hasSuffix("#20 et 5 autres)"))
        #expect(registry.sources.map(\.id) == ["cumul"])
        #expect(ComputedIndicatorRegistry.recordList(["7"]) == "enregistrement #7")
    }
}
