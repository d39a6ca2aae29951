@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 7 §6: the same form submitted again (double click, reload, retry) writes once
/// and answers as the first submission did.
@Suite struct DuplicateSubmissionTests {
    /// The `form_token` of the first create form of a page.
    static func formToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="form_token" value=""#) else { return nil }
        let token = html[range.upperBound...].prefix { $0 != "\"" }
        return token.isEmpty ? nil : String(token)
    }

    @Test func everyCreateFormCarriesAFreshToken() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            for path in [Seed.ref.url(.indicator(id: indicator)).path, "/pays-de-saint-eloy/plan/fiches/1-1-1", "/pays-de-saint-eloy/conseil", "/pays-de-saint-eloy/seances/nouvelle", "/admin/utilisateurs"] {
                let first = Self.formToken(in: try await browser.get(path).body.string)
                let second = Self.formToken(in: try await browser.get(path).body.string)
                #expect(first != nil, "\(path)")
                #expect(first != second, "\(path)")
            }
        }
    }

    @Test func replayedMeasurementStatusMemberSeanceAndUserAreWrittenOnce() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let browser = try await signIn(app, as: .coordinateur)
            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            let roster = try await RegisterFixture.roster(app)
            let forms: [(String, [String: String])] = [
                (Seed.ref.url(.indicatorMeasurements(id: indicator)).path, ["year": "2023", "value": "12"]),
                (try await SuiviFixture.statusPath("1-1-1-A", app), ["year": "2023", "status": "en_cours"]),
                // The séance before the new member, whose row its attendance list would lack.
                ("/pays-de-saint-eloy/seances", RegisterFixture.seanceForm(roster, date: "2023-09-12", convokedOn: "2023-09-05",
                                                        fields: ["number": "CC2023-09-01", "subject": "Bilan d'étape"])),
                ("/pays-de-saint-eloy/conseil/membres", ["name": "Jeanne NOUVELLE", "role": "titulaire"]),
                ("/admin/utilisateurs", ["email": "nouveau@exemple.fr", "role": "lecteur", "password": "un mot de passe long"]),
            ]
            let before = try await counts(app)
            for (path, form) in forms {
                let token = ["form_token": CSRF.newToken()]
                let first = try await browser.post(path, form.merging(token) { $1 })
                #expect(first.status == .seeOther, "\(path)")
                for _ in 0..<3 {
                    let again = try await browser.post(path, form.merging(token) { $1 })
                    #expect(again.status == .seeOther, "\(path)")
                    #expect(again.headers.first(name: .location) == first.headers.first(name: .location), "\(path)")
                }
            }
            // One more of each, no more: measurement, status, member, séance (with its deliberation), account,
            // and their journal entries (two for the séance and its deliberation).
            let after = try await counts(app)
            #expect(after == zip(before, [1, 1, 1, 1, 1, 6]).map { $0 + $1 })
            // A new token is a new submission: a second measurement is written.
            let other = try await browser.post(Seed.ref.url(.indicatorMeasurements(id: indicator)).path,
                                               ["year": "2023", "value": "12", "form_token": CSRF.newToken()])
            #expect(other.status == .seeOther)
            #expect(try await IndicateurFixture.measurementCount(app) == before[0] + 2)
        }
    }

    @Test func fiftyConcurrentCopiesOfOneMeasurementCreateOne() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            let page = try await browser.get(Seed.ref.url(.indicator(id: indicator)).path).body.string
            let token = try #require(Self.formToken(in: page))
            var typed = HTTPHeaders()
            typed.replaceOrAdd(name: .cookie, value: "\(AccountsSetup.cookieName)=\(try #require(browser.session))")
            typed.contentType = .urlEncodedForm
            let headers = typed
            let body = Browser.encode(["year": "2023", "value": "12", "csrf": try #require(browser.csrf), "form_token": token])
            let path = Seed.ref.url(.indicatorMeasurements(id: indicator)).path
            let statuses = try await withThrowingTaskGroup(of: (HTTPStatus, String?).self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        let res = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
                        return (res.status, res.headers.first(name: .location))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.0.code >= 500 }.isEmpty, "\(statuses.map(\.0.code))")
            #expect(statuses.allSatisfy { $0.0 == .seeOther && $0.1 == Seed.ref.url(.indicator(id: indicator)).path })
            #expect(try await IndicateurFixture.measurementCount(app) == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .measurement).count() == 1)
        }
    }

    private func counts(_ app: Application) async throws -> [Int] {
        [try await MeasurementEntry.query(on: app.db).count(), try await SousActionStatusEntry.query(on: app.db).count(),
         try await CouncilMember.query(on: app.db).count(), try await Seance.query(on: app.db).count(),
         try await User.query(on: app.db).count(), try await AuditEntry.query(on: app.db).count()]
    }
}
