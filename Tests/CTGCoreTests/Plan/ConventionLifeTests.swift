import CTGCore
import Testing

/// A 2022–2025 CTG read before, during and after its period.
@Suite struct ConventionLifeTests {
    private func life(_ start: Int, _ end: Int, on day: String) throws -> ConventionLife {
        ConventionLife(startYear: start, endYear: end, today: try #require(CivilDate(day)))
    }

    @Test func aConventionReadTheYearAfterItsEndIsEchue() throws {
        let life = try life(2022, 2025, on: "2026-03-15")
        #expect(life.phase == .ended)
        #expect(life.referenceYear == 2025)
        #expect(life.progressHeading("de la fiche") == "Avancement final de la fiche (convention échue le 31 décembre 2025)")
        #expect(life.situation == "situation finale, fin 2025")
        #expect(life.stateLabel == "Échue depuis le 31 décembre 2025")
        #expect(!life.progressHeading("de la fiche").contains("2026"))
        #expect(life.situation(on: "15 mars 2026") == "situation finale (convention échue le 31 décembre 2025)")
    }

    @Test func itsLastDayIsStillRunning() throws {
        let life = try life(2022, 2025, on: "2025-12-31")
        #expect(life.phase == .running)
        #expect(life.progressHeading("de la fiche") == "Avancement de la fiche en 2025")
        #expect(life.situation == "situation en 2025")
        #expect(life.situation(on: "31 décembre 2025") == "situation au 31 décembre 2025")
    }

    @Test func beforeItsStartItIsUpcomingAndReadsItsFirstYear() throws {
        let life = try life(2027, 2030, on: "2026-11-30")
        #expect(life.phase == .upcoming)
        #expect(life.referenceYear == 2027)
        #expect(life.stateLabel == "À venir, à partir du 1er janvier 2027")
    }

    @Test func aOneYearConventionEndsTheSameYear() throws {
        #expect(try life(2024, 2024, on: "2024-06-01").phase == .running)
        #expect(try life(2024, 2024, on: "2025-01-01").phase == .ended)
    }
}
