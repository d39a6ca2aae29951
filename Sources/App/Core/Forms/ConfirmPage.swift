import Vapor

/// The page that asks before a deletion, without JavaScript: the « Supprimer » link
/// leads here (GET), and only its form (POST, CSRF token, `confirm`) deletes.
struct ConfirmPage: Encodable {
    static let fieldName = "confirm"

    var layout: Layout
    var question: String
    var action: String
    var cancelHref: String
    // A confirmation other than a deletion (a cancellation, issue 13) words its own button, its
    // note and its way back, lists what goes with it and may ask for a required reason.
    var button = "Confirmer la suppression"
    var note = "La suppression est inscrite au journal des modifications, d'où un coordinateur peut la restaurer."
    var back = "Annuler"
    var details: [String] = []
    var reason: ReasonField?
    /// What the page showed (a fingerprint), posted back so that a change meanwhile is refused.
    var basis: String?

    struct ReasonField: Encodable {
        var label: String
        var value: String = ""
        var error: String?
    }

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
