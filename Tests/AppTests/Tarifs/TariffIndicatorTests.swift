@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// The computed source `tarifs.dispersion` gives one record per year and reference QF, with
/// the coefficient of variation of the grids applying that year and every price in its label.
@Suite struct TariffIndicatorTests {
    @Test func dispersionPerYearWithProvenance() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let first = try await TariffFixture.alsh(app, name: "ALSH Un")
            let second = try await TariffFixture.alsh(app, name: "ALSH Deux")
            var dated = TariffFixture.form(low: "8", high: "12")
            dated["validFrom"] = "2024-01-01"; dated["validUntil"] = "2024-12-31"
            #expect(try await browser.post(TariffFixture.path(.newGrid(structureID: try first.requireID())), dated).status == .seeOther)
            var other = TariffFixture.form(low: "10", high: "12")
            other["validFrom"] = "2024-01-01"; other["validUntil"] = "2025-12-31"
            #expect(try await browser.post(TariffFixture.path(.newGrid(structureID: try second.requireID())), other).status == .seeOther)
            let convention = try await Convention.query(on: app.db).first()!
            let scope = ComputedScope(conventionID: try convention.requireID(), actionID: 0, actionCode: "2-1-1")
            let records = try await TariffDispersionProvider().records(for: scope, on: app.db)
            // 2024: QF 400 → 8 € and 10 € (mean 9, sd 1 → 11,1 %); QF 700, 1 000, 1 500 → 12 € both (0 %).
            // 2025: only one grid applies, so nothing to compare.
            #expect(records.map(\.id) == ["2024-qf400", "2024-qf700", "2024-qf1000", "2024-qf1500"])
            #expect(abs((records[0].value ?? 0) - 11.111) < 0.01)
            #expect(records[0].label == "QF 400 : 11,1\u{202F}% (ALSH Deux 10,00\u{A0}€, ALSH Un 8,00\u{A0}€)")
            let value = app.computedSources.registry.evaluate("tarifs.dispersion", records: records, year: 2024)
            #expect(abs((value?.value ?? 0) - 11.111 / 4) < 0.01)
            #expect(app.computedSources.provider(for: "tarifs.dispersion") != nil)
        }
    }
}
