import Vapor

/// The page that asks before a deletion, without JavaScript: the « Supprimer » link
/// leads here (GET), and only its form (POST, CSRF token, `confirm`) deletes.
struct ConfirmPage: Encodable {
    static let fieldName = "confirm"

    var layout: Layout
    var question: String
    var action: String
    var cancelHref: String

    static func render(_ req: Request, title: String, question: String, action: String, cancel: String) async throws -> View {
        try await req.view.render("confirm", ConfirmPage(layout: Layout(title: title, scope: req.resolvedTerritoryScope), question: question,
                                                         action: action, cancelHref: cancel))
    }

    /// Whether the POST came from the confirmation form; a bare POST (an old page, a
    /// script, a stray click on a one-click button) deletes nothing.
    static func isConfirmed(_ req: Request) -> Bool {
        (try? req.content.get(String.self, at: fieldName)) == "1"
    }
}
