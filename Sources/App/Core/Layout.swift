import Vapor

/// What the shared layout needs: the page title and the public navigation links.
/// A page of a territory passes its scope, so the navigation stays in that territory;
/// instance-wide pages (sign-in, admin) pass nil and link to the list of territories.
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
    /// The territory whose pages these are, shown beside the brand.
    var territoryName: String?
    /// What the window title adds after the page's: the territory, unless the page is named after it.
    var titleSuffix: String?
    /// The territory's home, or the list of territories.
    var homeHref = SiteURL.home.path
    /// The session's CSRF token, for forms: set by `req.layout(title:)` (or use `#csrfField()`).
    var csrf: String?
    /// The accessibility statement, linked from every footer.
    var accessibilityHref = SiteURL.accessibility.path
    /// `@page` margin boxes (CTG, territory, date) for the browser's print (`PrintStylesheet`).
    var printStylesheet: String?

    init(title: String, scope: TerritoryScope?) {
        self.title = title
        self.stylesheet = SiteURL.stylesheet.path
        guard let scope else {
            self.nav = [Link(label: "Territoires", href: SiteURL.home.path)]
            return
        }
        self.territoryName = scope.territory.name
        // The territory's own home is titled with its name already.
        if title == scope.territory.name { self.titleSuffix = nil } else { self.titleSuffix = scope.territory.name }
        self.homeHref = scope.path(.home)
        self.printStylesheet = scope.path(.printStylesheet)
        self.nav = [
            Link(label: "Accueil", href: scope.path(.home)),
            Link(label: "Plan d'actions", href: scope.path(.plan)),
            Link(label: "Délibérations", href: scope.path(.deliberations)),
            Link(label: "Agenda", href: scope.path(.agenda)),
            Link(label: "Recherche", href: scope.path(.search)),
            Link(label: "Structures", href: scope.path(.guichet(.structures))),
            Link(label: "Parents", href: scope.path(.guichet(.space(.parents)))),
            Link(label: "Jeunes", href: scope.path(.guichet(.space(.jeunes)))),
            Link(label: "Enquêtes", href: scope.path(.survey(.list))),
            Link(label: "Conseil des jeunes", href: scope.path(.ccj(.home))),
        ]
    }
}
