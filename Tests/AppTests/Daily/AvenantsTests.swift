@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// A convention can be amended (issue 13 §2): the coordinateur records an avenant (date,
/// deliberation, what changed), in the journal; everyone reads the list.
@Suite struct AvenantsTests {
    private let form = ["signedOn": "2024-03-12", "deliberation": "2024-031",
                        "changes": "Ajout d'une fiche sur la mobilité des jeunes\nProlongation de la fiche 2-1-1"]

    @Test func theCoordinateurRecordsAnAvenantThatEveryoneReads() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2025)
            let coordinator = try await signIn(app, as: .coordinateur)
            let saved = try await coordinator.post(Seed.path(.avenants), form)
            #expect(saved.status == .seeOther)
            let stored = try #require(try await Avenant.query(on: app.db).first())
            #expect(stored.signedOn == "2024-03-12")
            #expect(stored.deliberation == "2024-031")
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .avenant).first())
            #expect(entry.summary.hasPrefix("Avenant du 12 mars 2024, délibération n° 2024-031 : "))

            let page = try await coordinator.get(saved.headers.first(name: .location) ?? "").body.string
            #expect(page.contains("Avenant enregistré."))
            let visitor = try await app.testing().sendRequest(.GET, Seed.path(.avenants)).body.string
            #expect(visitor.contains("12 mars 2024"))
            #expect(visitor.contains("Prolongation de la fiche 2-1-1"))
            #expect(!visitor.contains("Enregistrer un avenant"))
            let home = try await app.testing().sendRequest(.GET, Seed.path(.home)).body.string
            #expect(home.contains("1 avenant"))
        }
    }

    @Test func aBadAvenantIsRefusedInFrenchWithNothingWritten() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2025)
            let coordinator = try await signIn(app, as: .coordinateur)
            let answer = try await coordinator.post(Seed.path(.avenants), ["signedOn": "2021-05-02", "changes": ""])
            #expect(answer.status == .unprocessableEntity)
            #expect(answer.body.string.contains("L'avenant ne peut pas être signé avant le début de la convention (2022).".inPage))
            #expect(answer.body.string.contains("Décrivez ce que l'avenant modifie.".inPage))
            #expect(answer.body.string.contains("value=\"2021-05-02\""), "the typed date stays")
            #expect(try await Avenant.query(on: app.db).count() == 0)
        }
    }

    @Test func onlyTheTerritorysCoordinateurRecordsOne() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2025)
            for browser in [try await signIn(app, as: .lecteur), try await signIn(app, as: .referent, organisation: "AFJC")] {
                #expect(try await browser.post(Seed.path(.avenants), form).status == .forbidden)
            }
            let other = try await PlanEditorFixture.withConvention(app)
            #expect(try await other.browser.post(Seed.path(.avenants), form).status == .notFound)
            #expect(try await Avenant.query(on: app.db).count() == 0)
        }
    }

    @Test func aDoubleSubmitRecordsOneAvenant() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2025)
            let coordinator = try await signIn(app, as: .coordinateur)
            let token = ["form_token": CSRF.newToken()]
            let answers = try await coordinator.postAllAtOnce(Seed.path(.avenants), Array(repeating: form.merging(token) { $1 }, count: 4))
            #expect(answers.allSatisfy { $0.status == .seeOther })
            #expect(try await Avenant.query(on: app.db).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .avenant).count() == 1)
        }
    }
}
