@testable import App
import Vapor
import VaporTesting

/// What came back from one of many simultaneous posts.
struct ConcurrentAnswer: Sendable {
    var index: Int
    var status: HTTPStatus
    var body: String
}

extension Browser {
    /// Posts every form at the same moment, from this browser's session, and waits
    /// for all the answers (in the order of `forms`). The session and CSRF token are
    /// read once, before the burst: concurrent requests must not update the browser.
    func postAllAtOnce(_ path: String, _ forms: [[String: String]]) async throws -> [ConcurrentAnswer] {
        try await postAllAtOnce(forms.map { (path, $0) })
    }

    /// The same, each form to its own address (a cancellation racing a correction, say).
    func postAllAtOnce(_ requests: [(path: String, form: [String: String])]) async throws -> [ConcurrentAnswer] {
        if csrf == nil { try await get(SiteURL.signIn.path) }
        var headers = requestHeaders()
        headers.contentType = .urlEncodedForm
        let app = self.app
        let token = csrf
        let sent = headers
        return try await withThrowingTaskGroup(of: ConcurrentAnswer.self) { group in
            for (index, request) in requests.enumerated() {
                var fields = request.form
                fields[CSRF.fieldName] = token
                let body = ByteBuffer(string: Browser.encode(fields))
                group.addTask {
                    let response = try await app.testing().sendRequest(.POST, request.path, headers: sent, body: body)
                    return ConcurrentAnswer(index: index, status: response.status, body: response.body.string)
                }
            }
            var answers: [ConcurrentAnswer] = []
            for try await answer in group { answers.append(answer) }
            return answers.sorted { $0.index < $1.index }
        }
    }
}

extension Array where Element == ConcurrentAnswer {
    /// "n°3 : 500 …" for each answer that is a server error, to show in a failed expectation.
    var serverErrors: [String] {
        filter { $0.status.code >= 500 }.map { "n°\($0.index) : \($0.status.code) \($0.body.prefix(200))" }
    }

    func count(_ status: HTTPStatus) -> Int { filter { $0.status == status }.count }
}
