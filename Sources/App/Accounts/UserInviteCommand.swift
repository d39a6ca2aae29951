import CTGCore
import Fluent
import Vapor

/// `ctg user invite --email E [--site https://ctg.exemple.fr] [--name "Marie Dupont"]`: prints a single-use link (valid
/// 48 hours) with which an existing account chooses its password. For the instance admin's
/// first accounts, and for anyone locked out when no coordinateur is there to make a link.
struct UserInviteCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "Adresse e-mail du compte.")
        var email: String?
        @Option(name: "site", help: "Adresse du site telle que les utilisateurs la tapent (https://ctg.exemple.fr).")
        var site: String?
        @Option(name: "name", help: "Prénom et nom de la personne, enregistré sur le compte avant l'envoi du lien.")
        var name: String?
    }

    var help: String { "Affiche un lien à usage unique (valable 48 heures) pour choisir le mot de passe d'un compte." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let link = try await Self.invite(email: signature.email, site: signature.site,
                                          name: signature.name, on: app.db)
        context.console.info("Lien créé pour \(link.email), valable 48 heures et utilisable une seule fois :")
        context.console.print(link.url)
    }

    /// Issues the link, journaled as made on the command line; refusals are French `CommandFailure`s.
    static func invite(email: String?, site: String?, name: String? = nil, on db: any Database) async throws -> (email: String, url: String) {
        let typed = User.normalise(email: email ?? "")
        guard !typed.isEmpty else { throw CommandFailure("Donnez l'adresse du compte avec --email.") }
        guard let user = try await User.find(email: typed, on: db) else {
            throw CommandFailure("Aucun compte n'a l'adresse \(typed) : créez-le d'abord avec « ctg user create ».")
        }
        guard user.isActive else {
            throw CommandFailure("Le compte \(typed) est désactivé : réactivez-le avant de lui envoyer un lien.")
        }
        let base = (site ?? "http://localhost:8080").trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
            throw CommandFailure("L'adresse du site doit commencer par https:// (ou http://), par exemple https://ctg.exemple.fr.")
        }
        if let name {
            do { try await UserDirectory.rename(user, to: name, by: nil, on: db) } catch let error as AppError {
                throw CommandFailure(error.reason)
            }
        }
        // A user who never signed in is invited; one who had a password gets a reset link.
        let purpose: PasswordLink.Purpose = user.credentialsChangedAt == nil ? .invitation : .reset
        let token = try await db.writeTransaction { tx in
            try await PasswordLinks.issue(for: user, purpose: purpose, by: nil, on: tx)
        }
        return (typed, base + SiteURL.passwordLink.path(query: [("jeton", token)]))
    }
}
