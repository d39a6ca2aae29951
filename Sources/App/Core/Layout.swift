import Vapor

/// What the shared layout needs: the page title and the navigation links.
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
            // Follow-up pages ask for sign-in; the public is sent to /connexion.
            Link(label: "Suivi", href: SiteURL.suivi.path),
            Link(label: "Gantt", href: SiteURL.gantt.path),
            Link(label: "Indicateurs", href: SiteURL.indicators.path),
            Link(label: "Bilan", href: SiteURL.bilanIndex.path),
            Link(label: "Recherche", href: SiteURL.search.path),
        ]
    }
}
