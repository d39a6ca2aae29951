import Fluent
import Vapor

/// `ctg user create --email E --password-stdin --role coordinateur|referent|lecteur|admin|caf
/// [--organisation NAME] [--territory ID|SLUG] [--departement CODE]` (an admin takes no territory;
/// a caf account takes a département instead)
struct UserCommand: AsyncCommandGroup {
    var help: String { "Gère les comptes des utilisateurs." }
    var commands: [String: any AnyAsyncCommand] { ["create": UserCreateCommand(), "invite": UserInviteCommand()] }
}

struct UserCreateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "Adresse e-mail du compte.")
        var email: String?
        @Flag(name: "password-stdin", help: "Lit le mot de passe sur l'entrée standard (première ligne).")
        var passwordStdin: Bool
        @Option(name: "role", help: "coordinateur, referent, lecteur, admin (administrateur de l'instance) ou caf (lecture des territoires d'un département).")
        var role: String?
        @Option(name: "organisation", help: "Nom ou alias de l'organisation (obligatoire pour un référent).")
        var organisation: String?
        @Option(name: "territory", help: "Identifiant ou adresse du territoire (facultatif s'il n'y en a qu'un).")
        var territory: String?
        @Option(name: "departement", help: "Numéro du département d'un compte caf (63, 2A…).")
        var departement: String?
        @Option(name: "name", help: "Prénom et nom de la personne (facultatif), affiché à la place de l'adresse.")
        var name: String?
    }

    /// The command's inputs once read, so tests call `create` without a process or a terminal.
    struct Options: Sendable {
        var email: String?
        var password: String
        var role: String?
        var organisation: String?
        var territory: String?
        var departement: String? = nil
        var name: String? = nil
    }

    var help: String { "Crée un compte (le mot de passe est lu sur l'entrée standard)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        // Never on the command line: it would end up in the shell history and the process list.
        guard signature.passwordStdin else {
            throw CommandFailure("Donnez le mot de passe sur l'entrée standard avec --password-stdin, "
                + "par exemple : printf '%s\\n' \"$MOT_DE_PASSE\" | ctg user create --password-stdin …")
        }
        let password = readLine(strippingNewline: true) ?? ""
        let app = context.application
        try await app.autoMigrate()
        let options = Options(email: signature.email, password: password, role: signature.role,
                              organisation: signature.organisation, territory: signature.territory,
                              departement: signature.departement, name: signature.name)
        let user = try await Self.create(options, on: app.db, hasher: app.password.async)
        let organisation = try await user.$organisation.get(on: app.db)
        context.console.info(Self.confirmation(user, organisation: organisation?.name))
    }

    /// The line printed once the account exists: the person's name first when one was given.
    static func confirmation(_ user: User, organisation: String?) -> String {
        let description = [user.role.label, organisation, user.departement.map { "département \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        let who = user.displayName.map { "\($0), \(user.email)" } ?? user.email
        return "Compte créé : \(who) (\(description))."
    }

    /// Resolves role, territory and organisation, then creates the account; every
    /// refusal is a `CommandFailure` in French, and nothing is written then.
    static func create(_ options: Options, on db: any Database, hasher: AsyncPasswordHasher) async throws -> User {
        guard let email = options.email, !email.isEmpty else {
            throw CommandFailure("Indiquez l'adresse e-mail du compte avec --email.")
        }
        guard let rawRole = options.role else {
            throw CommandFailure("Indiquez le rôle avec --role : coordinateur, referent, lecteur, admin ou caf.")
        }
        let roleKey = rawRole.lowercased().replacingOccurrences(of: "é", with: "e")
        guard let role = User.Role(rawValue: roleKey) else {
            throw CommandFailure("Rôle inconnu « \(rawRole) » : choisissez coordinateur, referent, lecteur, admin ou caf.")
        }
        if role == .caf {
            guard options.territory == nil, options.organisation == nil else {
                throw CommandFailure("Un compte CAF lit tous les territoires de son département : retirez --territory et --organisation.")
            }
            guard options.departement != nil else {
                throw CommandFailure("Indiquez le département du compte CAF avec --departement, par exemple --departement 63.")
            }
            return try await create(options, role: role, email: email, territoryID: nil, organisationID: nil, on: db, hasher: hasher)
        }
        if options.departement != nil {
            throw CommandFailure("Seul un compte caf prend --departement : retirez-le.")
        }
        if role == .admin {
            guard options.territory == nil, options.organisation == nil else {
                throw CommandFailure("Un administrateur de l'instance n'appartient à aucun territoire : retirez --territory et --organisation.")
            }
            return try await create(options, role: role, email: email, territoryID: nil, organisationID: nil, on: db, hasher: hasher)
        }
        let territory = try await territory(options.territory, on: db)
        let territoryID = try territory.requireID()
        var organisationID: Int?
        if let name = options.organisation {
            organisationID = try await organisation(named: name, territoryID: territoryID, on: db)
        }
        return try await create(options, role: role, email: email, territoryID: territoryID,
                                organisationID: organisationID, on: db, hasher: hasher)
    }

    private static func create(_ options: Options, role: User.Role, email: String, territoryID: Int?, organisationID: Int?,
                               on db: any Database, hasher: AsyncPasswordHasher) async throws -> User {
        do {
            return try await UserDirectory.create(
                .init(email: email, password: options.password, role: role, territoryID: territoryID,
                      organisationID: organisationID, departement: options.departement,
                      displayName: options.name),
                by: nil, hasher: hasher, on: db)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
    }

    private static func territory(_ raw: String?, on db: any Database) async throws -> Territory {
        if let raw {
            let found = if let id = Int(raw) { try await Territory.find(id, on: db) }
                else { try await Territory.query(on: db).filter(\.$slug == raw).first() }
            guard let found else {
                throw CommandFailure("Le territoire « \(raw) » n'existe pas. \(try await territoryChoices(on: db))")
            }
            return found
        }
        let territories = try await Territory.query(on: db).sort(\.$id).all()
        switch territories.count {
        case 0:
            throw CommandFailure("Aucun territoire n'existe encore : importez d'abord une convention (ctg import) "
                + "ou lancez ctg serve une première fois.")
        case 1:
            return territories[0]
        default:
            throw CommandFailure("Plusieurs territoires existent : précisez --territory. \(try await territoryChoices(on: db))")
        }
    }

    private static func territoryChoices(on db: any Database) async throws -> String {
        let list = try await Territory.query(on: db).sort(\.$id).all()
            .map { "\($0.id ?? 0) ou \($0.slug) (\($0.name))" }.joined(separator: ", ")
        return list.isEmpty ? "Aucun territoire n'existe encore." : "Territoires : \(list)."
    }

    /// A name or any name the organisation appears under, by the general alias rules
    /// (case, accents, "Association X" = "X"…), never fuzzy: "Communes du territoire"
    /// must never become the EPCI.
    private static func organisation(named raw: String, territoryID: Int, on db: any Database) async throws -> Int {
        guard let territory = try await Territory.find(territoryID, on: db) else {
            throw CommandFailure("Territoire n° \(territoryID) introuvable.")
        }
        let list = try await TerritoryOrganisations.load(territory, on: db)
        if let match = list.find(raw) { return match.id }
        let choices = list.rows.map(\.name).joined(separator: ", ")
        throw CommandFailure("L'organisation « \(raw) » n'existe pas dans ce territoire. "
            + (choices.isEmpty ? "Aucune organisation n'est enregistrée." : "Choix possibles : \(choices)."))
    }
}
