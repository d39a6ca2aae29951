@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// Two people save the same grid at the same moment from the same version of the form:
/// one save wins whole, the other is told in French that the grid changed; never a 500,
/// never a grid mixing both.
@Suite struct TariffConcurrencyTests {
    @Test func twoSavesOfTheSameGridNeverMix() async throws {
        try await withApp { app in
            let alsh = try await TariffFixture.alsh(app)
            let browser = try await signIn(app, as: .coordinateur)
            #expect(try await browser.post(TariffFixture.path(.newGrid(structureID: try alsh.requireID())), TariffFixture.form()).status == .seeOther)
            let grid = try await TariffGridRow.query(on: app.db).first()!
            let path = TariffFixture.path(.grid(id: try grid.requireID()))
            let a = TariffFixture.form(split: "600", low: "5", high: "9", version: grid.version)
            var b = TariffFixture.form(split: "900", low: "7", high: "11", version: grid.version)
            b["brackets[2][lower]"] = "1500"; b["brackets[1][upper]"] = "1500"; b["brackets[2][prices][journee-repas]"] = "15"
            let answers = try await browser.postAllAtOnce(path, [a, b])
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.conflict) == 1)
            #expect(answers.first { $0.status == .conflict }?.body.contains("modifiée par quelqu&#39;un d&#39;autre") == true)
            let stored = try await TariffBracketRow.query(on: app.db).sort(\.$position).all()
            let shape = stored.map { [$0.lowerQF, $0.upperQF ?? -1, $0.priceDayMeal ?? -1] }
            #expect(shape == [[0, 600, 500], [600, -1, 900]] || shape == [[0, 900, 700], [900, 1500, 1100], [1500, -1, 1500]],
                    "grille mélangée : \(shape)")
            #expect(try await TariffGridRow.query(on: app.db).first()!.version == grid.version + 1)
        }
    }
}
