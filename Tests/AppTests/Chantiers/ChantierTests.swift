@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 12, fiche 4-1-2: a commune's request followed to « réalisée », with a document, the
/// refusals in French and the two indicators.
@Suite struct ChantierAppTests {
    static let list = Seed.path(.chantier(.list))

    static func commune(_ app: Application, _ name: String) async throws -> Organisation {
        let row = Organisation(territoryID: try await Seed.territoryID(on: app.db), name: name, kind: "commune", aliases: [])
        try await row.create(on: app.db)
        return row
    }

    static let form = ["site": "Lavoir du bourg", "firstDay": "2025-07-07", "lastDay": "2025-07-18",
                       "youngPeople": "12", "partner": "Association Concordia", "estimate": "4 500,50"]

    @Test func aCommunesRequestIsFollowedToRealisee() async throws {
        try await withApp { app in
            _ = try await Self.commune(app, "Commune de Vernines")
            let referent = try await signIn(app, as: .referent, organisation: "Commune de Vernines")
            let filed = try await referent.post(Self.list, Self.form)
            #expect(filed.status == .seeOther)
            let row = try #require(try await ChantierRequest.query(on: app.db).first())
            #expect(row.commune == "Vernines")
            #expect(row.estimateCents == 450_050)
            #expect(row.statusValue == .recue)
            let id = try row.requireID()
            let status = Seed.path(.chantier(.status(id: id)))
            // The commune files; only the coordinateur moves the request along.
            #expect(try await referent.post(status, ["status": "etudiee"]).status == .forbidden)
            let coordinator = try await signIn(app, as: .coordinateur)
            let skip = try await coordinator.post(status, ["status": "realisee"])
            #expect(skip.status == .conflict)
            #expect(skip.body.string.contains("Une demande « Reçue » ne peut pas passer à « Réalisée »".inPage))
            for next in ["etudiee", "devis", "programmee", "realisee"] {
                #expect(try await coordinator.post(status, ["status": next, "comment": "ok"]).status == .seeOther)
            }
            #expect(try await ChantierRequest.find(id, on: app.db)?.statusValue == .realisee)
            #expect(try await ChantierStep.query(on: app.db).filter(\.$request.$id == id).count() == 5)
            let page = try await referent.get(Seed.path(.chantier(.request(id: id)))).body.string
            #expect(page.contains("4\u{202F}500,50\u{00A0}€"))
            #expect(page.contains("<dt>Statut</dt><dd>Réalisée</dd>"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .chantier).filter(\.$entityID == id).count() == 5)
        }
    }

    @Test func documentsAreAttachedByTheCommuneOrTheCoordinator() async throws {
        try await withApp { app in
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-chantier-\(UUID().uuidString)")
            app.documentStore = DocumentStore(directory: dir)
            defer { try? FileManager.default.removeItem(at: dir) }
            _ = try await Self.commune(app, "Commune de Vernines")
            _ = try await Self.commune(app, "Commune d'Aurières")
            let coordinator = try await signIn(app, as: .coordinateur)
            let vernines = try #require(try await Organisation.query(on: app.db).filter(\.$name == "Commune de Vernines").first())
            var form = Self.form
            form["organisation"] = String(try vernines.requireID())
            #expect(try await coordinator.post(Self.list, form).status == .seeOther)
            let id = try #require(try await ChantierRequest.query(on: app.db).first()?.requireID())
            let other = try await signIn(app, as: .referent, organisation: "Commune d'Aurières")
            let pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
            #expect(try await upload(other, id, pdf).status == .forbidden)
            #expect(try await upload(coordinator, id, pdf).status == .seeOther)
            let document = try #require(try await ChantierDocument.query(on: app.db).first())
            let fetched = try await other.get(Seed.path(.chantier(.document(id: id, documentID: try document.requireID()))))
            #expect(fetched.body.string == pdf)
            #expect(try await upload(coordinator, id, "pas un pdf").status == .unprocessableEntity)
            #expect(try await ChantierDocument.query(on: app.db).count() == 1)
        }
    }

    func upload(_ browser: Browser, _ id: Int, _ content: String) async throws -> TestingHTTPResponse {
        if browser.csrf == nil { _ = try await browser.get(SiteURL.signIn.path) }
        let boundary = "----ctg\(UUID().uuidString.prefix(8))"
        var body = ""
        for (name, value) in [(CSRF.fieldName, browser.csrf ?? ""), ("title", "Devis")] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"document\"; filename=\"devis.pdf\"\r\nContent-Type: application/pdf\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await browser.send(.POST, Seed.path(.chantier(.documents(id: id))), headers: headers, rawBody: ByteBuffer(string: body))
    }

    @Test func badRequestsAndWrongRolesAreRefused() async throws {
        try await withApp { app in
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.post(Self.list, Self.form).status == .forbidden)
            let coordinator = try await signIn(app, as: .coordinateur)
            let noCommune = try await coordinator.post(Self.list, Self.form)
            #expect(noCommune.status == .unprocessableEntity)
            _ = try await Self.commune(app, "Commune de Vernines")
            let referent = try await signIn(app, as: .referent, organisation: "Commune de Vernines")
            var bad = Self.form
            bad["lastDay"] = "2025-07-01"; bad["estimate"] = "-5"
            let refused = try await referent.post(Self.list, bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("La fin du chantier (01/07/2025) précède son début (07/07/2025).".inPage))
            #expect(try await ChantierRequest.query(on: app.db).count() == 0)
            #expect(try await lecteur.get(Self.list).status == .ok)
        }
    }

    @Test func requestsPerYearAndAtLeastOneDone() async throws {
        try await withApp { app in
            _ = try await Self.commune(app, "Commune de Vernines")
            let referent = try await signIn(app, as: .referent, organisation: "Commune de Vernines")
            #expect(try await referent.post(Self.list, Self.form).status == .seeOther)
            var second = Self.form
            second["site"] = "Sentier des crêtes"
            #expect(try await referent.post(Self.list, second).status == .seeOther)
            let year = SurveyFixture.today(app).year
            let scope = ComputedScope(conventionID: try await Seed.conventionID(on: app.db), actionID: 0, actionCode: "4-1-2")
            let requests = try await app.computedSources.provider(for: ParticipationSources.requests)!.records(for: scope, on: app.db)
            #expect(app.computedSources.registry.evaluate(ParticipationSources.requests, records: requests, year: year)?.value == 2)
            let done = try await app.computedSources.provider(for: ParticipationSources.done)!.records(for: scope, on: app.db)
            #expect(app.computedSources.registry.evaluate(ParticipationSources.done, records: done, year: 2025)?.formattedValue == "non")
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try #require(try await ChantierRequest.query(on: app.db).filter(\.$site == "Lavoir du bourg").first()?.requireID())
            for next in ["etudiee", "programmee", "realisee"] {
                #expect(try await coordinator.post(Seed.path(.chantier(.status(id: id))), ["status": next]).status == .seeOther)
            }
            let after = try await app.computedSources.provider(for: ParticipationSources.done)!.records(for: scope, on: app.db)
            let value = app.computedSources.registry.evaluate(ParticipationSources.done, records: after, year: 2025)
            #expect(value?.formattedValue == "oui")
            #expect(value?.recordLabels == ["Vernines : Lavoir du bourg"])
        }
    }
}
