@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// Many people answer one survey at the same moment: every answer is kept, and a form sent
/// several times at once (one form token) is kept once.
@Suite struct ConcurrentSurveyAnswersTests {
    @Test func fortyAnswersAtOnceAndOneFormSentTenTimes() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try await SurveyFixture.make(app, coordinator: coordinator)
            let q = try await SurveyFixture.questionIDs(app, id)
            let visitor = Browser(app)
            _ = try await visitor.get(Seed.path(.survey(.survey(id: id))))
            var headers = visitor.requestHeaders()
            headers.contentType = .urlEncodedForm
            let path = Seed.path(.survey(.survey(id: id)))
            let csrf = visitor.csrf
            let repeated = UUID().uuidString
            // 40 distinct respondents, then the same form (one token) 10 times.
            let bodies = (0..<40).map { SurveyFixture.body([(q[0], $0.isMultiple(of: 2) ? "Parent" : "Professionnel"), (q[2], String($0 % 5 + 1))], csrf: csrf) }
                + (0..<10).map { _ in SurveyFixture.body([(q[0], "Grand-parent")], csrf: csrf, formToken: repeated) }
            let sent = headers
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for body in bodies {
                    group.addTask { try await app.testing().sendRequest(.POST, path, headers: sent, body: ByteBuffer(string: body)).status }
                }
                var all: [HTTPStatus] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses)")
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$survey.$id == id).count() == 41)
            let firstAnswers = try await SurveyAnswer.query(on: app.db).filter(\.$question.$id == q[0]).all(\.$value)
            #expect(firstAnswers.filter { $0 == "Parent" }.count == 20)
            #expect(firstAnswers.filter { $0 == "Professionnel" }.count == 20)
            #expect(firstAnswers.filter { $0 == "Grand-parent" }.count == 1)
            #expect(try await SurveyAnswer.query(on: app.db).filter(\.$question.$id == q[2]).count() == 40)
        }
    }
}
