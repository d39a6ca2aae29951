@testable import App
import Fluent
import Vapor
import VaporTesting

/// A browser for tests: keeps the session and anonymous CSRF cookies and the last CSRF token seen in
/// a page between requests, so a test reads like a visit.
///
///     let browser = try await signIn(app, as: .referent, organisation: "AFJC")
///     let res = try await browser.post("/pays-de-saint-eloy/plan/fiches/1-1-1/statut", ["status": "en cours"])
final class Browser: @unchecked Sendable {
    let app: Application
    /// The session cookie's value, nil once signed out or before any session.
    private(set) var session: String?
    /// The anonymous CSRF cookie's value (`AnonymousCSRF`), set by pages seen while signed out.
    private(set) var anonymousCSRFCookie: String?
    /// The CSRF token of the last page that had a form.
    private(set) var csrf: String?
    /// Sent with every request (e.g. `X-Forwarded-For`).
    var headers: HTTPHeaders = [:]

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    /// Posts a form with the session's CSRF token (fetching a page first if none
    /// was seen yet); `csrf: false` leaves it out, `csrf: "…"` sends that instead.
    @discardableResult
    func post(_ path: String, _ form: [String: String] = [:], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf {
            if self.csrf == nil { try await get(SiteURL.signIn.path) }
            fields[CSRF.fieldName] = self.csrf
        }
        return try await send(.POST, path, form: fields)
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, form: [String: String]? = nil,
              headers extra: HTTPHeaders = [:], rawBody: ByteBuffer? = nil) async throws -> TestingHTTPResponse {
        var headers = requestHeaders()
        headers.add(contentsOf: extra)
        var body = rawBody
        if let form {
            headers.contentType = .urlEncodedForm
            body = ByteBuffer(string: Self.encode(form))
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        absorb(response)
        return response
    }

    /// The browser's own headers with its cookies (session, anonymous CSRF).
    func requestHeaders() -> HTTPHeaders {
        var headers = self.headers
        var cookies: [String] = []
        if let session { cookies.append("\(AccountsSetup.cookieName)=\(session)") }
        if let anonymousCSRFCookie { cookies.append("\(AnonymousCSRF.cookieName)=\(anonymousCSRFCookie)") }
        if !cookies.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookies.joined(separator: "; ")) }
        return headers
    }

    /// Signs in through the form, then opens the page it leads to (the user's territory's home
    /// unless `next` says otherwise) to pick up the new session's token.
    @discardableResult
    func signIn(email: String, password: String = TestAccounts.password, next: String? = nil) async throws -> TestingHTTPResponse {
        try await get(SiteURL.signIn.path)
        var form = ["email": email, "password": password]
        form["next"] = next
        let response = try await post(SiteURL.signIn.path, form)
        if response.status == .seeOther { try await get(response.headers.first(name: .location) ?? SiteURL.home.path) }
        return response
    }

    /// The raw `Set-Cookie` line of the session cookie in a response, if any.
    static func sessionCookieLine(_ response: TestingHTTPResponse) -> String? {
        cookieLine(AccountsSetup.cookieName, in: response)
    }

    static func cookieLine(_ name: String, in response: TestingHTTPResponse) -> String? {
        response.headers[.setCookie].first { $0.hasPrefix(name + "=") }
    }

    private func absorb(_ response: TestingHTTPResponse) {
        if let line = Self.sessionCookieLine(response) {
            let value = line.dropFirst(AccountsSetup.cookieName.count + 1).prefix { $0 != ";" }
            session = value.isEmpty ? nil : String(value)
        }
        if let line = Self.cookieLine(AnonymousCSRF.cookieName, in: response) {
            let value = line.dropFirst(AnonymousCSRF.cookieName.count + 1).prefix { $0 != ";" }
            anonymousCSRFCookie = value.isEmpty ? nil : String(value)
        }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        let token = html[range.upperBound...].prefix { $0 != "\"" }
        return token.isEmpty ? nil : String(token)
    }

    static func encode(_ form: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.sorted { $0.key < $1.key }.map { key, value in
            "\(key.addingPercentEncoding(withAllowedCharacters: allowed) ?? key)="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
    }
}

/// Accounts for tests, all with the same password.
enum TestAccounts {
    static let password = "mot de passe de test"

    /// Creates an account in the seeded territory (or `territoryID`); `organisation`
    /// is an organisation's exact name ("AFJC", "La Clé des Champs").
    @discardableResult
    static func create(_ app: Application, role: User.Role, organisation: String? = nil,
                       email: String? = nil, territoryID: Int? = nil) async throws -> User {
        var territoryID = territoryID
        if territoryID == nil {
            territoryID = try await Territory.query(on: app.db).sort(\.$id).first()?.requireID()
        }
        guard let territoryID else { preconditionFailure("aucun territoire : le jeu d'essai n'est pas chargé") }
        var organisationID: Int?
        if let organisation {
            organisationID = try await Organisation.query(on: app.db).filter(\.$territory.$id == territoryID)
                .filter(\.$name == organisation).first()?.requireID()
            precondition(organisationID != nil, "organisation inconnue dans le jeu d'essai : \(organisation)")
        }
        let slug = (organisation ?? "ctg").lowercased().filter { $0.isLetter }
        return try await UserDirectory.create(
            .init(email: email ?? "\(role.rawValue).\(slug).\(UUID().uuidString.prefix(6))@exemple.fr",
                  password: password, role: role, territoryID: territoryID, organisationID: organisationID),
            by: nil, hasher: app.password.async, on: app.db)
    }
}

/// A browser signed in as a new account of that role (and organisation, for a référent).
func signIn(_ app: Application, as role: User.Role, organisation: String? = nil,
            territoryID: Int? = nil) async throws -> Browser {
    let user = try await TestAccounts.create(app, role: role, organisation: organisation, territoryID: territoryID)
    let browser = Browser(app)
    let response = try await browser.signIn(email: user.email)
    precondition(response.status == .seeOther, "la connexion de test a échoué : \(response.status)")
    return browser
}

extension String {
    /// The text as Leaf escapes it into a page (`'` becomes `&#39;`), for `body.contains`.
    var inPage: String {
        unicodeScalars.reduce(into: "") { result, scalar in
            switch scalar {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
    }
}
