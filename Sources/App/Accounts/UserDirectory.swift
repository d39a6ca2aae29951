import CTGCore
import Fluent
import Vapor

/// Creating and changing accounts, for the admin page and `ctg user create`
/// alike: the same checks, the same French errors, and an audit entry in the
/// same transaction as the change. Nothing is saved when a check fails.
enum UserDirectory {
    static let minimumPasswordLength = 12
    /// Bcrypt ignores what lies beyond 72 bytes; refusing is more honest than truncating.
    static let maximumPasswordBytes = 72

    struct NewAccount: Sendable {
        var email: String
        var password: String
        var role: User.Role
        /// Nil for an instance admin, required for every other role.
        var territoryID: Int?
        var organisationID: Int?
        /// Required for a `caf` account only, which has no territory: a code `Departement.withCode` knows.
        var departement: String? = nil
        /// "Marie Dupont"; nil or blank for none.
        var displayName: String? = nil
    }

    @discardableResult
    static func create(_ input: NewAccount, by author: User?, hasher: AsyncPasswordHasher,
                       on db: any Database) async throws -> User {
        let email = User.normalise(email: input.email)
        try validate(email: email)
        try validate(password: input.password)
        let displayName = try cleanName(input.displayName)
        var departement: Departement?
        if input.role == .caf {
            departement = try cafDepartement(input)
        } else if input.departement != nil {
            throw AppError.invalidInput("Seul un compte CAF est rattaché à un département.")
        }
        if input.role == .admin || input.role == .caf {
            guard input.territoryID == nil, input.organisationID == nil else {
                throw AppError.invalidInput("Un compte \(input.role.noun) n'appartient à aucun territoire ni organisation.")
            }
        } else {
            guard let territoryID = input.territoryID, try await Territory.find(territoryID, on: db) != nil else {
                throw AppError.invalidInput("Le territoire n°\(input.territoryID ?? 0) n'existe pas.")
            }
        }
        let organisation = try await organisation(input.organisationID, role: input.role,
                                                  territoryID: input.territoryID ?? User.noTerritory, on: db)
        let duplicate = AppError.conflict("Un compte existe déjà pour l'adresse « \(email) ».")
        guard try await User.find(email: email, on: db) == nil else { throw duplicate }
        let hash = try await hasher.hash(input.password).get()
        let user = User(email: email, passwordHash: hash, role: input.role,
                        territoryID: input.territoryID, organisationID: organisation?.id)
        user.departement = departement?.code
        user.displayName = displayName
        try await db.writeTransaction { tx in
            // Checked again inside the write lock: another request may have created it meanwhile.
            guard try await User.find(email: email, on: tx) == nil else { throw duplicate }
            try await DatabaseFailure.refusingDuplicates(duplicate) { try await user.create(on: tx) }
            let description = [displayName, input.role.label, organisation?.name, user.departement.map { "département \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
            // An admin or CAF account belongs to no territory: the instance journal has it.
            try await AccountJournal.record(on: tx, author: author, subject: user, field: "Compte",
                                            after: "\(email) (\(description))",
                                            summary: "Compte créé : \(email) (\(description))")
        }
        return user
    }

    /// Creates the account without a password anyone knows, and its invitation link in the
    /// same transaction: the invitee chooses the password. Returns the link's token, shown once.
    static func invite(_ input: NewAccount, by author: User?, hasher: AsyncPasswordHasher,
                       on db: any Database) async throws -> (User, String) {
        var copy = input
        copy.password = CSRF.newToken()
        let unknowable = copy
        return try await db.writeTransaction { tx in
            let user = try await create(unknowable, by: author, hasher: hasher, on: tx)
            let token = try await PasswordLinks.issue(for: user, purpose: .invitation, by: author, on: tx)
            return (user, token)
        }
    }

    /// Changes role and organisation together, since a référent needs both right at once.
    static func update(_ user: User, role: User.Role, organisationID: Int?, by author: User,
                       on db: any Database) async throws {
        let organisation = try await organisation(organisationID, role: role, territoryID: user.territoryID, on: db)
        if user.id == author.id, role != .coordinateur {
            throw AppError.invalidInput("Vous ne pouvez pas retirer votre propre rôle de coordinateur.")
        }
        let oldRole = user.role
        let oldOrganisation = try await user.$organisation.get(on: db)
        try await db.writeTransaction { tx in
            user.role = role
            user.$organisation.id = organisation?.id
            try await user.save(on: tx)
            if oldRole != role {
                try await Audit.record(on: tx, user: author, territoryID: user.territoryID, entity: .user,
                                       entityID: user.id, field: "Rôle", before: oldRole.label, after: role.label,
                                       summary: "Rôle de \(user.email) : « \(oldRole.label) » → « \(role.label) »")
            }
            if oldOrganisation?.id != organisation?.id {
                try await Audit.record(on: tx, user: author, territoryID: user.territoryID, entity: .user,
                                       entityID: user.id, field: "Organisation",
                                       before: oldOrganisation?.name, after: organisation?.name,
                                       summary: "Organisation de \(user.email) : « \(oldOrganisation?.name ?? "aucune") » → « \(organisation?.name ?? "aucune") »")
            }
        }
    }

    /// Deactivated users cannot sign in and lose their current sessions at the next request.
    static func setActive(_ user: User, _ active: Bool, by author: User, on db: any Database) async throws {
        guard user.isActive != active else { return }
        if user.id == author.id, !active {
            throw AppError.invalidInput("Vous ne pouvez pas désactiver votre propre compte.")
        }
        try await db.writeTransaction { tx in
            user.isActive = active
            // Its sessions end now, and stay ended if the account is reactivated later.
            if !active { user.credentialsChangedAt = Date() }
            try await user.save(on: tx)
            let (before, after) = active ? ("désactivé", "actif") : ("actif", "désactivé")
            try await Audit.record(on: tx, user: author, territoryID: user.territoryID, entity: .user,
                                   entityID: user.id, field: "État du compte", before: before, after: after,
                                   summary: "Compte \(user.email) \(active ? "réactivé" : "désactivé")")
        }
    }

    /// Sets or clears an account's display name, journaled; by the person or their coordinateur.
    static func rename(_ user: User, to raw: String?, by author: User?, on db: any Database) async throws {
        let name = try cleanName(raw)
        guard name != user.displayName else { return }
        let before = user.displayName
        try await db.writeTransaction { tx in
            user.displayName = name
            try await user.save(on: tx)
            try await AccountJournal.record(on: tx, author: author, subject: user, field: "Nom",
                                            before: before, after: name,
                                            summary: "Nom du compte \(user.email) : « \(before ?? "aucun") » → « \(name ?? "aucun") »")
        }
    }

    static func cleanName(_ raw: String?) throws -> String? {
        do { return try DisplayName.clean(raw) } catch { throw AppError.invalidInput(error.message) }
    }

    static func validate(email: String) throws {
        if let problem = EmailAddress.problem(email) { throw AppError.invalidInput(problem) }
    }

    /// A chosen password (typed twice) checked by the length rules, then hashed.
    static func newPasswordHash(_ password: String, confirmation: String, hasher: AsyncPasswordHasher) async throws -> String {
        try validate(password: password)
        if let problem = PasswordLink.confirmationProblem(password, confirmation) { throw AppError.invalidInput(problem) }
        return try await hasher.hash(password).get()
    }

    static func validate(password: String) throws {
        guard password.count >= minimumPasswordLength else {
            throw AppError.invalidInput("Le mot de passe doit contenir au moins \(minimumPasswordLength) caractères.")
        }
        guard password.utf8.count <= maximumPasswordBytes else {
            throw AppError.invalidInput("Le mot de passe est trop long : 72 octets au plus (environ 70 caractères sans accents).")
        }
    }

    /// A CAF account's département, stored by its national code ("063" becomes "63").
    private static func cafDepartement(_ input: NewAccount) throws -> Departement {
        guard let raw = input.departement?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            throw AppError.invalidInput("Un compte CAF doit être rattaché à un département (par exemple 63 ou 2A).")
        }
        guard let departement = Departement.withCode(raw) else {
            throw AppError.invalidInput("Le département « \(raw) » n'existe pas : indiquez son numéro, par exemple 63 ou 2A.")
        }
        return departement
    }

    /// The organisation a role needs: required for a référent, and always of the user's territory.
    private static func organisation(_ id: Int?, role: User.Role, territoryID: Int,
                                     on db: any Database) async throws -> Organisation? {
        guard let id else {
            if role == .referent {
                throw AppError.invalidInput("Un référent partenaire doit être rattaché à une organisation.")
            }
            return nil
        }
        guard let organisation = try await Organisation.find(id, on: db), organisation.$territory.id == territoryID else {
            throw AppError.invalidInput("Cette organisation n'appartient pas au territoire du compte.")
        }
        return organisation
    }
}
