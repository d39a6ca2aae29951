import Fluent
import Vapor

/// `/admin/utilisateurs`: the accounts of the coordinateur's territory.
struct AdminUsersPage: Encodable {
    struct Option: Encodable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Row: Encodable {
        var id: Int
        var email: String
        /// The account's display name, empty when none was given.
        var name: String
        var role: String
        var organisation: String?
        var active: Bool
        var isSelf: Bool
        var roleOptions: [Option]
        var organisationOptions: [Option]
        var updateAction: String
        var activationAction: String
        var resetAction: String
        /// « Invitation en attente jusqu'au … » while an unused link is alive.
        var pendingLink: String?
    }

    /// A link just issued, shown once with the address to copy.
    struct IssuedLink: Encodable {
        var email: String
        var url: String
        var invitation: Bool
        /// Whether the link also left by e-mail (nil without SMTP settings).
        var mailNote: String?
    }

    /// What the creation form shows again after an error (never the password).
    struct Draft: Encodable {
        var email = ""
        var name = ""
        var role = User.Role.referent.rawValue
        var organisationID: Int?
    }

    var layout: Layout
    var csrf: String
    var territory: String
    var users: [Row]
    var createAction: String
    var email: String
    var name: String
    var roleOptions: [Option]
    var organisationOptions: [Option]
    var minimumPasswordLength: Int
    var error: String?
    var notice: String?
    var issuedLink: IssuedLink?

    static func build(for admin: User, draft: Draft, error: String?, notice: String?,
                      csrf: String, on db: any Database) async throws -> AdminUsersPage {
        // Coordinateurs only reach this page: they always have a territory.
        guard let territory = try await admin.$territory.get(on: db) else { throw AppError.notFound(AccessDenied.notFound) }
        let organisations = try await Organisation.query(on: db)
            .filter(\.$territory.$id == admin.territoryID).all()
            .sorted { $0.name.compare($1.name, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending }
        let users = try await User.query(on: db).filter(\.$territory.$id == admin.territoryID)
            .with(\.$organisation).sort(\.$email).all()
        let pending = try await PendingLinks.describe(for: users.compactMap(\.id), on: db)
        let rows = try users.map { user in
            let id = try user.requireID()
            return Row(id: id, email: user.email, name: user.displayName ?? "", role: user.role.label, organisation: user.organisation?.name,
                       active: user.isActive, isSelf: id == admin.id,
                       roleOptions: roleOptions(selected: user.role.rawValue),
                       organisationOptions: organisationOptions(organisations, selected: user.organisationID),
                       updateAction: SiteURL.adminUser(id: id).path,
                       activationAction: SiteURL.adminUserActivation(id: id).path,
                       resetAction: SiteURL.adminUserReset(id: id).path, pendingLink: pending[id])
        }
        return AdminUsersPage(
            layout: Layout(title: "Utilisateurs", scope: TerritoryScope(territory: territory, convention: nil, ref: TerritoryRef(slug: territory.slug))), csrf: csrf, territory: territory.name, users: rows,
            createAction: SiteURL.adminUsers.path, email: draft.email, name: draft.name,
            roleOptions: roleOptions(selected: draft.role),
            organisationOptions: organisationOptions(organisations, selected: draft.organisationID),
            minimumPasswordLength: UserDirectory.minimumPasswordLength, error: error, notice: notice)
    }

    private static func roleOptions(selected: String) -> [Option] {
        User.Role.territorial.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == selected) }
    }

    private static func organisationOptions(_ organisations: [Organisation], selected: Int?) -> [Option] {
        [Option(value: "", label: "Aucune", selected: selected == nil)]
            + organisations.compactMap { organisation in
                organisation.id.map { Option(value: String($0), label: organisation.name, selected: $0 == selected) }
            }
    }
}
