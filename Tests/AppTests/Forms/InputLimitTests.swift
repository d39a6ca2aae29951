@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// Issue 7 §6: oversized text, implausible dates, numbers that do not round-trip and
/// addresses that are not addresses are refused in French, with nothing written.
@Suite struct InputLimitTests {
    static let megabyte = String(repeating: "A", count: 1_000_000)

    private func unescaped(_ response: TestingHTTPResponse) -> String {
        response.body.string.replacingOccurrences(of: "&#39;", with: "'")
    }

    @Test func aOneMegabyteCouncilMemberNameIsRefusedAndNothingIsWritten() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let members = try await CouncilMember.query(on: app.db).count()
            let journal = try await AuditEntry.query(on: app.db).count()
            let res = try await browser.post("/pays-de-saint-eloy/conseil/membres", ["name": Self.megabyte, "role": "titulaire"])
            #expect(res.status == .badRequest)
            #expect(res.body.string.contains(
                "Le champ « Prénom et nom » ne doit pas dépasser 200 caractères (reçu : 1\u{202F}000\u{202F}000)."))
            #expect(res.body.string.count < 100_000, "the refusal does not echo the megabyte")
            #expect(try await CouncilMember.query(on: app.db).count() == members)
            #expect(try await AuditEntry.query(on: app.db).count() == journal)
            // The same name in a CSV list, pasted, is refused line by line.
            let csv = "nom;qualite\n\(String(Self.megabyte.prefix(5_000)));titulaire\n"
            let listed = try await browser.post("/pays-de-saint-eloy/conseil/import", ["csv": csv])
            #expect(listed.status == .unprocessableEntity)
            #expect(listed.body.string.contains("Ligne 2 : Le champ « nom » ne doit pas dépasser 200 caractères (reçu : 5\u{202F}000)."))
            #expect(try await CouncilMember.query(on: app.db).count() == members)
        }
    }

    @Test func anUploadedListOverItsLimitIsRefused() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let members = try await CouncilMember.query(on: app.db).count()
            let csv = "nom;qualite\n" + String(repeating: "Jeanne NOUVELLE;titulaire\n", count: 10_000)
            let boundary = "----ctg-test"
            let body = ["csrf": try #require(browser.csrf)].map { "--\(boundary)\r\nContent-Disposition: form-data; name=\"\($0.key)\"\r\n\r\n\($0.value)\r\n" }
                .joined() + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"conseil.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .cookie, value: "\(AccountsSetup.cookieName)=\(try #require(browser.session))")
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            let res = try await app.testing().sendRequest(.POST, "/pays-de-saint-eloy/conseil/import", headers: headers, body: ByteBuffer(string: body))
            #expect(res.status.code == 400 || res.status.code == 422)
            #expect(res.body.string.contains("ne doit pas dépasser 200\u{202F}000 caractères (reçu : 260\u{202F}012)."))
            #expect(try await CouncilMember.query(on: app.db).count() == members)
        }
    }

    @Test func longCommentsSubjectsAndValuesAreRefused() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let path = try await SuiviFixture.statusPath("1-1-1-A", app)
            let comment = try await browser.post(path, ["year": "2023", "status": "en_cours",
                                                        "comment": String(repeating: "x", count: 2_001)])
            #expect(comment.status == .badRequest)
            #expect(comment.body.string.contains("Le champ « Commentaire » ne doit pas dépasser 2\u{202F}000 caractères (reçu : 2\u{202F}001)."))
            #expect(try await SuiviFixture.entries("1-1-1-A", app).isEmpty)
            let roster = try await RegisterFixture.roster(app)
            let seances = try await RegisterFixture.counts(app)
            let form = RegisterFixture.seanceForm(roster, date: "2023-09-12",
                                                  fields: ["number": "CC2023-09-01", "subject": String(repeating: "o", count: 1_001)])
            let subject = try await browser.post("/pays-de-saint-eloy/seances", form)
            #expect(subject.body.string.contains("Le champ « Objet » ne doit pas dépasser 1\u{202F}000 caractères"))
            #expect(try await RegisterFixture.counts(app) == seances)
        }
    }

    @Test func implausibleDatesAreRefusedInEveryForm() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let status = try await browser.post(try await SuiviFixture.statusPath("1-1-1-A", app),
                                                ["year": "2023", "status": "en_cours", "date": "0000-01-01"])
            #expect(status.status == .unprocessableEntity)
            #expect(unescaped(status).contains("La date « 0000-01-01 » (Date du statut) n'est pas plausible : elle doit tomber entre 1950 et"))
            #expect(try await SuiviFixture.entries("1-1-1-A", app).isEmpty)

            let receivedBefore = try await RegisterFixture.entry(app).deliberation.receivedOn
            let receipt = try await browser.post("/pays-de-saint-eloy/deliberations/\(RegisterFixture.seedNumber)/suivi", ["receivedOn": "9999-12-31"])
            #expect(receipt.status == .unprocessableEntity)
            #expect(unescaped(receipt).contains("La date « 9999-12-31 » (Accusé de réception de la préfecture) n'est pas plausible"))
            #expect(try await RegisterFixture.entry(app).deliberation.receivedOn == receivedBefore)

            let member = try await browser.post("/pays-de-saint-eloy/conseil/membres", ["name": "Jeanne NOUVELLE", "role": "titulaire",
                                                                     "mandateStart": "1900-01-01"])
            #expect(unescaped(member).contains("La date « 1900-01-01 » (Début de mandat) n'est pas plausible"))
            #expect(try await CouncilMember.query(on: app.db).filter(\.$name == "Jeanne NOUVELLE").count() == 0)

            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            let measured = try await browser.post(Seed.ref.url(.indicatorMeasurements(id: indicator)).path,
                                                  ["year": "2023", "value": "12", "date": "0023-05-02"])
            #expect(unescaped(measured).contains("La date « 0023-05-02 » (Date de la mesure) n'est pas plausible"))
            #expect(try await IndicateurFixture.measurementCount(app) == 0)
        }
    }

    @Test func numbersThatWouldNotRoundTripAreRefused() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            let res = try await browser.post(Seed.ref.url(.indicatorMeasurements(id: indicator)).path,
                                             ["year": "2023", "value": "99999999999999999999999"])
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("Valeur : « 99999999999999999999999 » est hors des nombres acceptés"))
            #expect(try await IndicateurFixture.measurementCount(app) == 0)
            let target = try await browser.post(Seed.ref.url(.indicatorSettings(id: indicator)).path,
                                                IndicateurFixture.settings(kind: "count", targets: [2024: "1,00000000000000001"]))
            #expect(target.body.string.contains("Cible 2024 : « 1,00000000000000001 » est hors des nombres acceptés"))
            #expect(try await IndicatorTarget.query(on: app.db).count() == 0)
        }
    }

    @Test func addressesThatAreNotAddressesAreRefusedByTheFormAndTheCommand() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let users = try await User.query(on: app.db).count()
            for bad in ["a@exemple..fr", "a b@exemple.fr", "jean@localhost", "<script>@exemple.fr"] {
                let res = try await browser.post("/admin/utilisateurs", ["email": bad, "role": "lecteur",
                                                                        "password": "un mot de passe long"])
                #expect(res.status == .badRequest, "\(bad)")
                #expect(res.body.string.contains("n&#39;est pas valide") || res.body.string.contains("n'est pas valide"), "\(bad)")
            }
            let options = UserCreateCommand.Options(email: "jean@@exemple.fr", password: "un mot de passe long", role: "lecteur")
            await #expect(throws: CommandFailure.self) {
                try await UserCreateCommand.create(options, on: app.db, hasher: app.password.async)
            }
            #expect(try await User.query(on: app.db).count() == users)
        }
    }
}
