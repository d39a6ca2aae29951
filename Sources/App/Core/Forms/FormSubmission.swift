import Fluent
import Leaf
import Vapor

/// A create form already carried out (see `FormSubmissions`).
final class FormSubmission: Model, @unchecked Sendable {
    static let schema = "form_submissions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "token") var token: String
    @Field(key: "location") var location: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(token: String, location: String, at date: Date = Date()) {
        self.token = token
        self.location = location
        self.createdAt = date
    }
}

/// Once per form: every create form carries a random `form_token` (`#formToken()`), and
/// the write stores that token, UNIQUE, in the same transaction. Fifty copies of one
/// submission, one after the other or all at once, create one row: the others find the
/// token (or lose the race on its UNIQUE constraint) and get the first one's redirect.
///
///     if let replay = try await FormSubmissions.replay(req) { return replay }
///     … validate; on error show the form again (nothing stored, the token stays usable) …
///     return try await FormSubmissions.once(req) { tx in
///         try await row.create(on: tx)
///         return SiteURL.thing(id: row.id!).path
///     }
enum FormSubmissions {
    static let fieldName = "form_token"
    /// Long enough for any double-click, retry or reload of a browser tab.
    static let retention: TimeInterval = 7 * 24 * 3600

    static func configure(_ app: Application) {
        app.leaf.tags["formToken"] = FormTokenTag()
    }

    /// The posted token, when the form had one (forms of older pages and API clients may not).
    static func token(_ req: Request) -> String? {
        guard let token = try? req.content.get(String.self, at: fieldName), !token.isEmpty else { return nil }
        return token
    }

    /// The first submission's answer when this token was already used, else nil.
    static func replay(_ req: Request) async throws -> Response? {
        guard let token = token(req),
              let done = try await FormSubmission.query(on: req.db).filter(\.$token == token).first() else { return nil }
        return req.redirect(to: done.location, redirectType: .normal)
    }

    /// Runs `write` in one transaction with the token's row; `write` returns where to send the browser.
    static func once(_ req: Request, _ write: @escaping @Sendable (any Database) async throws -> String) async throws -> Response {
        guard let token = token(req) else {
            let location = try await req.db.writeTransaction { tx in try await write(tx) }
            return req.redirect(to: location, redirectType: .normal)
        }
        do {
            let location = try await req.db.writeTransaction { tx in
                let location = try await write(tx)
                try await FormSubmission(token: token, location: location).create(on: tx)
                try await FormSubmission.query(on: tx).filter(\.$createdAt < Date().addingTimeInterval(-retention)).delete()
                return location
            }
            return req.redirect(to: location, redirectType: .normal)
        } catch {
            // A concurrent copy committed first (UNIQUE on the token): its write stands, ours was rolled back.
            guard DatabaseFailure.isUniqueViolation(error),
                  let replay = try await replay(req) else { throw error }
            return replay
        }
    }
}

/// `#formToken()`: the hidden input of a create form, a fresh token at each display.
struct FormTokenTag: UnsafeUnescapedLeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        .string("<input type=\"hidden\" name=\"\(FormSubmissions.fieldName)\" value=\"\(CSRF.newToken())\">")
    }
}
