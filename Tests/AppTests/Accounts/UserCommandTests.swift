@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

@Suite struct UserCommandTests {
    private func create(_ app: Application, email: String? = "cli@exemple.fr", password: String = "un mot de passe long",
                        role: String? = "referent", organisation: String? = nil, territory: String? = nil,
                        departement: String? = nil) async throws -> User {
        try await UserCreateCommand.create(
            .init(email: email, password: password, role: role, organisation: organisation, territory: territory,
                  departement: departement),
            on: app.db, hasher: app.password.async)
    }

    private func failure(_ body: () async throws -> User) async -> String? {
        do {
            _ = try await body()
            return nil
        } catch let error as CommandFailure {
            return error.description
        } catch {
            return "autre erreur : \(error)"
        }
    }

    @Test func createsAnAccountInTheOnlyTerritory() async throws {
        try await withApp { app in
            let user = try await create(app, email: "Cli@Exemple.fr", organisation: "association la clé des champs")
            #expect(user.email == "cli@exemple.fr")
            #expect(user.role == .referent)
            let organisation = try #require(try await user.$organisation.get(on: app.db))
            #expect(organisation.name == "La Clé des Champs")
            #expect(try Bcrypt.verify("un mot de passe long", created: user.passwordHash))
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .user).first())
            #expect(entry.userEmail == Audit.commandLineAuthor)
            #expect(entry.summary.contains("cli@exemple.fr"))

            let lecteur = try await create(app, email: "caf@exemple.fr", role: "lecteur")
            #expect(lecteur.organisationID == nil)
            #expect(try await create(app, email: "coord@exemple.fr", role: "coordinateur", organisation: "AFJC").role == .coordinateur)
        }
    }

    @Test func anAdminBelongsToNoTerritory() async throws {
        try await withApp { app in
            let admin = try await create(app, email: "admin@exemple.fr", role: "admin")
            #expect(admin.role == .admin)
            let stored = try #require(try await User.find(email: "admin@exemple.fr", on: app.db))
            #expect(stored.$territory.id == nil)
            #expect(stored.role == .admin)
        }
    }

    @Test func aCafAccountTakesADepartementAndNoTerritory() async throws {
        try await withApp { app in
            let caf = try await create(app, email: "caf63@exemple.fr", role: "caf", departement: "063")
            let stored = try #require(try await User.find(email: "caf63@exemple.fr", on: app.db))
            #expect(caf.role == .caf)
            #expect(stored.departement == "63")
            #expect(stored.$territory.id == nil)
            let count = try await User.query(on: app.db).count()
            #expect(await failure { try await create(app, role: "caf") }
                    == "Indiquez le département du compte CAF avec --departement, par exemple --departement 63.")
            #expect(await failure { try await create(app, role: "caf", territory: "1", departement: "63") }
                    == "Un compte CAF lit tous les territoires de son département : retirez --territory et --organisation.")
            #expect(await failure { try await create(app, role: "caf", organisation: "AFJC", departement: "63") }
                    == "Un compte CAF lit tous les territoires de son département : retirez --territory et --organisation.")
            #expect(await failure { try await create(app, role: "caf", departement: "20") }
                    == "Le département « 20 » n'existe pas : indiquez son numéro, par exemple 63 ou 2A.")
            #expect(await failure { try await create(app, role: "caf", departement: "Puy-de-Dôme") }
                    == "Le département « Puy-de-Dôme » n'existe pas : indiquez son numéro, par exemple 63 ou 2A.")
            #expect(await failure { try await create(app, role: "lecteur", departement: "63") }
                    == "Seul un compte caf prend --departement : retirez-le.")
            #expect(try await User.query(on: app.db).count() == count)
        }
    }

    @Test func refusesInFrenchAndWritesNothing() async throws {
        try await withApp { app in
            _ = try await create(app, email: "deja@exemple.fr", role: "lecteur")
            let count = try await User.query(on: app.db).count()

            #expect(await failure { try await create(app, email: nil) } == "Indiquez l'adresse e-mail du compte avec --email.")
            #expect(await failure { try await create(app, role: nil) }?.contains("Indiquez le rôle avec --role") == true)
            #expect(await failure { try await create(app, role: "superviseur") }
                    == "Rôle inconnu « superviseur » : choisissez coordinateur, referent, lecteur, admin ou caf.")
            #expect(await failure { try await create(app, role: "admin", territory: "1") }
                    == "Un administrateur de l'instance n'appartient à aucun territoire : retirez --territory et --organisation.")
            #expect(await failure { try await create(app) } == "Un référent partenaire doit être rattaché à une organisation.")
            #expect(await failure { try await create(app, password: "court", role: "lecteur") }
                    == "Le mot de passe doit contenir au moins 12 caractères.")
            #expect(await failure { try await create(app, email: "DEJA@exemple.fr", role: "lecteur") }
                    == "Un compte existe déjà pour l'adresse « deja@exemple.fr ».")
            let unknown = try #require(await failure { try await create(app, organisation: "Mairie de Nulle Part") })
            #expect(unknown.hasPrefix("L'organisation « Mairie de Nulle Part » n'existe pas dans ce territoire. Choix possibles : "))
            #expect(unknown.contains("AFJC"))
            #expect(unknown.contains("La Clé des Champs"))
            #expect(await failure { try await create(app, role: "lecteur", territory: "abc") }?.hasPrefix("Le territoire « abc » n'existe pas.") == true)
            #expect(await failure { try await create(app, role: "lecteur", territory: "999") }?.hasPrefix("Le territoire « 999 » n'existe pas.") == true)

            #expect(try await User.query(on: app.db).count() == count)
        }
    }

    @Test func severalTerritoriesNeedTheFlag() async throws {
        try await withApp { app in
            let other = try await AccessTests.otherTerritory(app)
            let message = try #require(await failure { try await create(app, role: "lecteur") })
            #expect(message.hasPrefix("Plusieurs territoires existent : précisez --territory."))
            #expect(message.contains("(Communauté de communes de Combrailles)"))
            let user = try await create(app, role: "lecteur", territory: String(other.territoryID))
            #expect(user.territoryID == other.territoryID)
            // The organisations offered are those of the chosen territory only (it has none).
            #expect(await failure { try await create(app, email: "r@exemple.fr", organisation: "AFJC", territory: String(other.territoryID)) }
                    == "L'organisation « AFJC » n'existe pas dans ce territoire. Aucune organisation n'est enregistrée.")
        }
    }

    @Test func noTerritoryYet() async throws {
        try await withApp(seeded: false) { app in
            #expect(await failure { try await create(app, role: "lecteur") }?.hasPrefix("Aucun territoire n'existe encore") == true)
        }
    }

    @Test func theCommandIsRegistered() async throws {
        try await withApp(seeded: false) { app in
            let group = try #require(app.asyncCommands.commands["user"] as? UserCommand)
            #expect(group.commands["create"] is UserCreateCommand)
        }
    }
}
