import Vapor

/// What the shared layout needs: the page title and the public navigation links.
/// The follow-up links (suivi, Gantt, indicateurs, bilan) need an account, so
/// `#accountNav()` adds them for signed-in users only.
struct Layout: Encodable {
    struct Link: Encodable {
        var label: String
        var href: String
    }

    var title: String
    var nav: [Link]
    var stylesheet: String
    /// The session's CSRF token, for forms: set by `req.layout(title:)` (or use `#csrfField()`).
    var csrf: String?

    init(title: String) {
        self.title = title
        self.stylesheet = SiteURL.stylesheet.path
        self.nav = [
            Link(label: "Accueil", href: SiteURL.home.path),
            Link(label: "Plan d'actions", href: SiteURL.plan.path),
            Link(label: "Délibérations", href: SiteURL.deliberations.path),
            Link(label: "Recherche", href: SiteURL.search.path),
        ]
    }
}
