import Leaf
import Vapor

/// `#accountNav()` in the layout's navigation: "Connexion" for visitors; for a
/// signed-in user, their back-office links, who they are, and "Se déconnecter"
/// (a POST form with its CSRF token). A tag rather than a `Layout` field so
/// every page has it without each controller passing the request along.
struct AccountNavTag: UnsafeUnescapedLeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let request = ctx.request else { return .string("") }
        guard let user = request.currentUser else {
            let here = request.method == .GET && request.url.path != SiteURL.signIn.path ? request.url.string : nil
            return .string(#"<li><a href="\#(escape(SiteURL.signInPath(next: here)))">Connexion</a></li>"#)
        }
        var items: [String] = []
        for link in AccountNav.links(for: user, on: request) {
            items.append(#"<li><a href="\#(escape(link.href))">\#(escape(link.label))</a></li>"#)
        }
        items.append("""
            <li class="account"><span class="account-user">Connecté : \(escape(user.shownName)) \
            <small>(\(escape(user.role.label)))</small></span> \
            <a href="\(SiteURL.accountPassword.path)">Mon compte</a> \
            <form method="post" action="\(SiteURL.signOut.path)" class="inline-form">\
            <input type="hidden" name="\(CSRF.fieldName)" value="\(escape(request.csrfToken()))">\
            <button type="submit" class="link-button">Se déconnecter</button></form></li>
            """)
        return .string(items.joined())
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// The back-office links a role sees, in their own territory (on an older convention of
/// it when the page shows one).
enum AccountNav {
    static func links(for user: User, on request: Request) -> [Layout.Link] {
        let compare = Layout.Link(label: "Comparer les territoires", href: SiteURL.territories.path)
        if user.role == .admin {
            return [.init(label: "Territoires", href: SiteURL.adminTerritories.path), compare,
                    .init(label: "Journal de l'instance", href: SiteURL.adminInstanceJournal.path)]
        }
        var links: [Layout.Link] = user.role == .caf ? [compare] : []
        if let own = ownTerritory(of: user, on: request) {
            links += [
                .init(label: "Suivi", href: own.path(.suivi)),
                .init(label: "Gantt", href: own.path(.gantt)),
                .init(label: "Financeurs", href: own.path(.financeurs)),
                .init(label: "Indicateurs", href: own.path(.indicators)),
                .init(label: "Bilan", href: own.path(.bilanIndex)),
                .init(label: "Occupation", href: own.path(.occupancy(.home))),
                .init(label: "Matériel", href: own.path(.equipment(.home))),
                .init(label: "RPE", href: own.path(.rpe(.home))),
                .init(label: "Chantiers de jeunes", href: own.path(.chantier(.list))),
                .init(label: "Tarifs ALSH", href: own.path(.tariffs(.home))),
            ]
        }
        if user.role == .coordinateur || user.role == .referent, let own = ownTerritory(of: user, on: request) {
            links.append(.init(label: "Animations", href: own.path(.animationsAdmin)))
        }
        if user.role == .coordinateur, let own = ownTerritory(of: user, on: request) {
            links.append(.init(label: "Gestion des enquêtes", href: own.path(.survey(.manage))))
        }
        if user.role == .coordinateur || user.role == .lecteur {
            links.append(.init(label: "Journal", href: SiteURL.adminJournal.path))
        }
        if user.role == .coordinateur {
            if let own = ownTerritory(of: user, on: request) {
                links.append(.init(label: "Éditeur du plan", href: own.path(.planEditor(.home))))
            }
            links.append(.init(label: "Utilisateurs", href: SiteURL.adminUsers.path))
            if let own = ownTerritory(of: user, on: request) {
                links.append(.init(label: "Organisations", href: own.path(.organisations)))
            }
        }
        return links
    }

    /// The territory the page shows when the user reads it (for a `caf` account, any of its
    /// département's), else the user's own.
    private static func ownTerritory(of user: User, on request: Request) -> TerritoryRef? {
        if let scope = request.resolvedTerritoryScope, AccessPolicy.reads(user, scope.territory) { return scope.ref }
        return (user.$territory.value ?? nil).map { TerritoryRef(slug: $0.slug) }
    }
}
