import Testing
@testable import CTGCore

/// Issue 9: the generated territories of `ctg demo --territories N` are distinct and well formed.
@Suite struct SyntheticTerritoryTests {
    let today = CivilDate(year: 2026, month: 11, day: 30)!

    @Test func twoThousandTerritoriesHaveDistinctNamesSlugsAndValidSirens() {
        let names = (0..<2_000).map(SyntheticTerritory.name)
        #expect(Set(names).count == 2_000)
        #expect(Set(names.map(TerritorySlug.make)).count == 2_000)
        let sirens = (0..<2_000).map(SyntheticTerritory.siren)
        #expect(Set(sirens).count == 2_000)
        #expect(sirens.allSatisfy { $0.count == 9 && $0.hasPrefix("2") && Luhn.isValid($0) })
        #expect(names[0].hasPrefix("Communauté de communes "))
    }

    @Test func aNameIsNeverReusedPastThePieces() {
        let total = SyntheticTerritory.distinctNames
        #expect(SyntheticTerritory.name(total) != SyntheticTerritory.name(0))
        #expect(SyntheticTerritory.name(total).hasSuffix(" 2"))
    }

    @Test func thePlanKeepsTheTemplatesShapeWithItsOwnContent() throws {
        let template = try DocumentSeed.document().plan
        let one = SyntheticTerritory(index: 7, template: template, today: today)
        let other = SyntheticTerritory(index: 8, template: template, today: today)
        #expect(one.plan.axes.count == template.axes.count)
        let actions = one.plan.axes.flatMap(\.objectives).flatMap(\.actions)
        #expect(actions.map(\.code) == template.axes.flatMap(\.objectives).flatMap(\.actions).map(\.code))
        #expect(actions.allSatisfy { !$0.subActions.isEmpty })
        let subActions = actions.flatMap(\.subActions)
        #expect((30...46).contains(subActions.count))
        #expect(subActions.allSatisfy { sub in
            sub.code.map { code in actions.contains { code.hasPrefix($0.code + "-") } } ?? false
        })
        #expect(subActions.allSatisfy { !$0.years.isEmpty && $0.years.allSatisfy((one.startYear...one.endYear).contains) })
        #expect(one.plan != other.plan)
        #expect(one.statuses.count == subActions.count)
        #expect(one.measurements.count == actions.flatMap(\.indicators).count)
        #expect(one.statuses.joined().allSatisfy { $0.year <= today.year })
    }

    @Test func theSameIndexGivesTheSameTerritory() throws {
        let template = try DocumentSeed.document().plan
        let a = SyntheticTerritory(index: 42, template: template, today: today)
        let b = SyntheticTerritory(index: 42, template: template, today: today)
        #expect(a.plan == b.plan && a.name == b.name && a.siren == b.siren)
        #expect(a.statuses.map { $0.map(\.status) } == b.statuses.map { $0.map(\.status) })
    }

    @Test func theProgressLineFillsInProportion() {
        #expect(ProgressLine.text(done: 0, total: 2_000, width: 10) == "\r[··········] 0/2000 (0 %)")
        #expect(ProgressLine.text(done: 500, total: 2_000, width: 10) == "\r[##········] 500/2000 (25 %)")
        #expect(ProgressLine.text(done: 2_000, total: 2_000, width: 10) == "\r[##########] 2000/2000 (100 %)")
    }
}
