@testable import App
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 7 §6: every error Vapor or the router produces is a French page (or
/// French JSON under /api), with no English decoder text, and a wrong method is a 405.
@Suite struct ErrorPageTests {
    @Test func anUndecodableFormValueGetsAFrenchSentenceOnly() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let browser = try await signIn(app, as: .coordinateur)
            let token = try #require(browser.csrf)
            let path = try await SuiviFixture.statusPath("1-2-3-A", app)
            let body = ByteBuffer(string: "year=2023&status=en_cours&comment=%FF")
            let response = try await browser.send(.POST, path, headers: ["X-CSRF-Token": token, "Content-Type": "application/x-www-form-urlencoded"],
                                                  rawBody: body)
            #expect(response.status == .badRequest)
            let page = response.body.string
            #expect(page.contains(HTTPStatusMessage.french(.badRequest).inPage))
            #expect(!page.contains("Value was not") && !page.contains("at path") && !page.contains("comment'"))
            #expect(try await SuiviFixture.entries("1-2-3-A", app).isEmpty)
        }
    }

    @Test func anUnsupportedContentTypeIsA415InFrench() async throws {
        try await withApp { app in
            let browser = Browser(app)
            try await browser.get(SiteURL.signIn.path)
            let token = try #require(browser.csrf)
            let response = try await browser.send(.POST, SiteURL.signIn.path, headers: ["X-CSRF-Token": token, "Content-Type": "application/xml"],
                                                  rawBody: ByteBuffer(string: "<email>a@b.fr</email>"))
            #expect(response.status == .unsupportedMediaType)
            #expect(response.body.string.contains("Ce type de contenu n&#39;est pas accepté"))
            #expect(!response.body.string.contains("Une erreur interne"))
        }
    }

    @Test(arguments: [
        (HTTPMethod.POST, "/pays-de-saint-eloy/plan", "GET, HEAD"),
        (.PUT, "/", "GET, HEAD"),
        (.GET, "/deconnexion", "POST"),
        (.POST, "/api/v1/conventions", "GET, HEAD"),
    ])
    func aWrongMethodIsA405WithAllow(method: HTTPMethod, path: String, allow: String) async throws {
        try await withApp { app in
            let response = try await Browser(app).send(method, path)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == allow)
            if path.hasPrefix("/api/") {
                let error = try response.content.decode(APIError.self)
                #expect(error.status == 405 && error.reason == HTTPStatusMessage.french(.methodNotAllowed))
            } else {
                #expect(response.body.string.contains("Erreur 405"))
                #expect(response.body.string.contains("méthode HTTP non autorisée"))
            }
        }
    }

    @Test func anUnknownAddressStaysA404() async throws {
        try await withApp { app in
            for method in [HTTPMethod.GET, .POST] {
                let response = try await Browser(app).send(method, "/nulle-part/ici")
                #expect(response.status == .notFound)
                #expect(response.headers.first(name: .allow) == nil)
                #expect(response.body.string.contains("Cette page n&#39;existe pas."))
            }
            let api = try await Browser(app).get("/api/v1/nulle-part")
            #expect(try api.content.decode(APIError.self).reason == "Cette page n'existe pas.")
        }
    }

    @Test func everyStatusVaporCanProduceHasAFrenchSentence() {
        let english = ["error", "the", "request", "not", "found", "payload"]
        for code in [400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 413, 414, 415, 416, 422, 429, 431, 500, 501, 503] {
            let message = HTTPStatusMessage.french(HTTPResponseStatus(statusCode: code))
            #expect(!message.isEmpty)
            #expect(!message.lowercased().split(separator: " ").contains { english.contains(String($0)) }, "\(code): \(message)")
        }
        #expect(HTTPStatusMessage.french(.uriTooLong) == "L'adresse demandée est trop longue.")
        #expect(HTTPStatusMessage.french(.requestHeaderFieldsTooLarge) != HTTPStatusMessage.french(.internalServerError))
        #expect(HTTPStatusMessage.french(.requestTimeout) != HTTPStatusMessage.french(.internalServerError))
    }
}

/// Addresses too long for the file system or for reason: French 404 and 414, never a 500.
@Suite struct LongAddressTests {
    @Test func aNameTooLongForTheFileSystemIsA404() async throws {
        try await withApp { app in
            let response = try await Browser(app).get("/" + String(repeating: "a", count: 300))
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("Cette page n&#39;existe pas."))
            #expect(try await Browser(app).get("/css/ctg.css").status == .ok)
        }
    }

    @Test func anOverlongAddressIsA414() async throws {
        try await withApp { app in
            let response = try await Browser(app).get("/" + String(repeating: "a/", count: 5000))
            #expect(response.status == .uriTooLong)
            #expect(response.body.string.contains("L&#39;adresse demandée est trop longue."))
        }
    }
}
