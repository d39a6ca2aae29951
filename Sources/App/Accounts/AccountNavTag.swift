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
        for link in AccountNav.links(for: user) {
            items.append(#"<li><a href="\#(escape(link.href))">\#(escape(link.label))</a></li>"#)
        }
        items.append("""
            <li class="account"><span class="account-user">\(escape(user.email)) \
            <small>(\(escape(user.role.label)))</small></span> \
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

/// The back-office links a role sees.
enum AccountNav {
    static func links(for user: User) -> [Layout.Link] {
        var links: [Layout.Link] = [
            .init(label: "Suivi", href: SiteURL.suivi.path),
            .init(label: "Gantt", href: SiteURL.gantt.path),
            .init(label: "Financeurs", href: SiteURL.financeurs.path),
            .init(label: "Indicateurs", href: SiteURL.indicators.path),
            .init(label: "Bilan", href: SiteURL.bilanIndex.path),
        ]
        if user.role == .coordinateur || user.role == .lecteur {
            links.append(.init(label: "Journal", href: SiteURL.adminJournal.path))
        }
        if user.role == .coordinateur {
            links.append(.init(label: "Utilisateurs", href: SiteURL.adminUsers.path))
            links.append(.init(label: "Organisations", href: SiteURL.organisations.path))
        }
        return links
    }
}
