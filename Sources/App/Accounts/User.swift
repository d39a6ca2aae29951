import Fluent
import Vapor

/// A person who signs in. Anonymous visitors have no row: they see the public pages only.
final class User: Model, Authenticatable, @unchecked Sendable {
    static let schema = "users"

    /// Stored as its raw string, so adding a role is a new case, not a migration.
    enum Role: String, Codable, Sendable, CaseIterable {
        /// Admin of their territory: edits everything, manages accounts.
        case coordinateur
        /// Référent partenaire: edits the fiches where their organisation is responsable.
        case referent
        /// CAF reader or élu: reads and exports everything, edits nothing.
        case lecteur
        /// Instance admin (issue 8): creates territories and their first coordinateurs;
        /// belongs to no territory, so every territory page refuses them.
        case admin
        /// CAF staff (issue 8 §5): reads every territory of one département, edits nothing,
        /// and compares those territories on `/territoires`.
        case caf

        var label: String {
            switch self {
            case .coordinateur: return "Coordinateur CTG"
            case .referent: return "Référent partenaire"
            case .lecteur: return "Lecteur (CAF, élu)"
            case .admin: return "Administrateur de l'instance"
            case .caf: return "CAF (lecture des territoires du département)"
            }
        }

        /// The role's name inside a sentence.
        var noun: String {
            switch self {
            case .coordinateur: return "coordinateur"
            case .referent: return "référent partenaire"
            case .lecteur: return "lecteur"
            case .admin: return "administrateur"
            case .caf: return "CAF"
            }
        }

        /// The roles a territory's coordinateur may give: not the instance admin, nor a CAF
        /// account, which belongs to a département rather than to one territory.
        static var territorial: [Role] { allCases.filter { $0 != .admin && $0 != .caf } }

        /// Roles that read and export but never write: refused with `AccessDenied.readOnly`.
        var isReadOnly: Bool { self == .lecteur || self == .caf }
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// Always lowercased and trimmed: see `User.normalise(email:)`.
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: Role
    /// Nil for instance admins only (migration 460).
    @OptionalParent(key: "territory_id") var territory: Territory?
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    /// A `caf` account's département code ("63", "2A"); nil for every other role (migration 480).
    @OptionalField(key: "departement") var departement: String?
    /// "Marie Dupont", shown instead of the e-mail address when set (migration 710).
    @OptionalField(key: "display_name") var displayName: String?
    /// Deactivated accounts keep their row so the audit log still names them.
    @Field(key: "active") var isActive: Bool
    /// Sessions opened before this moment are ended (password set, account deactivated; migration 641).
    @OptionalField(key: "credentials_changed_at") var credentialsChangedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// How pages name the person: their name when they gave one, else their address.
    var shownName: String { displayName ?? email }

    init(email: String, passwordHash: String, role: Role, territoryID: Int?, organisationID: Int?) {
        self.email = User.normalise(email: email)
        self.passwordHash = passwordHash
        self.role = role
        self.$territory.id = territoryID
        self.$organisation.id = organisationID
        self.isActive = true
    }

    /// E-mail addresses compare case-insensitively; storing one spelling keeps the unique index honest.
    static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func find(email: String, on db: any Database) async throws -> User? {
        try await User.query(on: db).filter(\.$email == normalise(email: email)).first()
    }

    /// The account's territory for the territory pages' checks. An admin has none and gets
    /// `noTerritory`, an id no row has, so every "same territory?" check refuses them.
    var territoryID: Int { $territory.id ?? Self.noTerritory }
    static let noTerritory = 0
    var organisationID: Int? { $organisation.id }
}
