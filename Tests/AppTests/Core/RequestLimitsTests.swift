@testable import App
import CTGCore
import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

/// Issue 7 §6: bodies are capped (a French 413), and request logs cannot be forged.
@Suite struct RequestLimitsTests {
    @Test func anOversizedBodyIsA413InFrench() async throws {
        try await withApp { app in
            let browser = Browser(app)
            try await browser.get(SiteURL.signIn.path)
            let big = String(repeating: "a", count: BodyLimit.standard + 1)
            let page = try await browser.post(SiteURL.signIn.path, ["email": big, "password": "x"])
            #expect(page.status == .payloadTooLarge)
            #expect(page.body.string.contains("Le contenu envoyé est trop volumineux."))

            let api = try await browser.send(.POST, "/api/v1/conventions", headers: ["X-CSRF-Token": try #require(browser.csrf)],
                                             rawBody: ByteBuffer(string: big))
            #expect(api.status == .payloadTooLarge)
            #expect(try api.content.decode(APIError.self).reason == "Le contenu envoyé est trop volumineux.")
        }
    }

    @Test func theCouncilUploadAcceptsMoreThanAForm() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            // Twice a form's limit, on one line: read, then refused by the import itself (unknown columns).
            let response = try await coordinateur.post(Seed.ref.url(.councilImport).path, ["csv": String(repeating: "x", count: 2 * BodyLimit.standard)])
            #expect(response.status != .payloadTooLarge)
            #expect(response.status.code < 500)
            let tooBig = try await coordinateur.post(Seed.ref.url(.councilImport).path, ["csv": String(repeating: "x", count: BodyLimit.upload)])
            #expect(tooBig.status == .payloadTooLarge)
        }
    }

    @Test func aLineFeedInThePathCannotForgeALogLine() async throws {
        try await withApp { app in
            let lines = NIOLockedValueBox<[String]>([])
            let request = Request(application: app, method: .GET, url: URI(string: "/plan%0A%5B%20INFO%20%5D%20Connexion%20de%20admin%0D"),
                                  on: app.eventLoopGroup.next())
            request.logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
            let responder = AsyncBasicResponder { _ in Response(status: .ok) }
            _ = try await RequestLogMiddleware().respond(to: request, chainingTo: responder)
            let logged = lines.withLockedValue { $0 }
            #expect(logged == [#"GET /plan\n[ INFO ] Connexion de admin\r"#])
            #expect(app.middleware.resolve().contains { $0 is RequestLogMiddleware })
            #expect(!app.middleware.resolve().contains { $0 is RouteLoggingMiddleware })
        }
    }
}

/// Keeps every message logged through it, for assertions.
struct CapturingLogHandler: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.withLockedValue { $0.append(event.message.description) }
    }
}
