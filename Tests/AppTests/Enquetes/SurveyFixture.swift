@testable import App
import CTGCore
import Fluent
import Vapor
import VaporTesting

/// A survey built through the coordinateur's pages, and anonymous answers posted like a browser.
enum SurveyFixture {
    static func today(_ app: Application) -> CivilDate {
        let t = app.pilotageClock.today()
        return CivilDate(year: t.year, month: t.month, day: t.day)!
    }

    /// Creates, fills and (unless told otherwise) publishes a survey open around today; returns its id.
    static func make(_ app: Application, coordinator: Browser, opensIn: Int = -3, closesIn: Int = 10,
                     publish: Bool = true, code: String = "3-1-2") async throws -> Int {
        let today = today(app)
        let created = try await coordinator.post(Seed.path(.survey(.manage)), [
            "title": "Diagnostic du LAEP", "audience": "parents",
            "opensOn": today.adding(days: opensIn).description, "closesOn": today.adding(days: closesIn).description])
        precondition(created.status == .seeOther, "création refusée : \(created.body.string)")
        let survey = try await Survey.query(on: app.db).sort(\.$id, .descending).first()!
        let id = try survey.requireID()
        let questions: [[String: String]] = [
            ["prompt": "Vous êtes", "kind": "choix-unique", "choices": "Parent\nGrand-parent\nProfessionnel", "required": "oui"],
            ["prompt": "Ce qui vous ferait venir", "kind": "choix-multiples", "choices": "Jeux\nÉcoute\nConseils"],
            ["prompt": "Satisfaction", "kind": "echelle"],
            ["prompt": "Où habitez-vous ?", "kind": "commune", "choices": "Vernines\nAurières"],
            ["prompt": "Vos idées", "kind": "texte-long"],
        ]
        for q in questions {
            let added = try await coordinator.post(Seed.path(.survey(.questions(id: id))), q)
            precondition(added.status == .seeOther, "question refusée : \(added.body.string)")
        }
        let settings = try await coordinator.post(Seed.path(.survey(.edit(id: id))), [
            "title": "Diagnostic du LAEP", "audience": "parents", "code": code,
            "opensOn": today.adding(days: opensIn).description, "closesOn": today.adding(days: closesIn).description,
            "published": publish ? "oui" : ""])
        precondition(settings.status == .seeOther, "paramètres refusés : \(settings.body.string)")
        return id
    }

    static func questionIDs(_ app: Application, _ surveyID: Int) async throws -> [Int] {
        try await SurveyQuestionRow.of(surveyID: surveyID, on: app.db).map { try $0.requireID() }
    }

    /// `answer[id]=value` pairs, repeated for several ticks, with the page's CSRF token and a form token.
    static func body(_ pairs: [(Int, String)], csrf: String?, formToken: String = UUID().uuidString) -> String {
        var fields = pairs.map { ("answer[\($0.0)]", $0.1) }
        fields.append((CSRF.fieldName, csrf ?? ""))
        fields.append((FormSubmissions.fieldName, formToken))
        return fields.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    static func answer(_ browser: Browser, _ surveyID: Int, _ pairs: [(Int, String)], formToken: String = UUID().uuidString) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await browser.send(.POST, Seed.path(.survey(.survey(id: surveyID))), headers: headers,
                                      rawBody: ByteBuffer(string: body(pairs, csrf: browser.csrf, formToken: formToken)))
    }
}
