@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// `ctg user invite`: a link printed on the command line that opens the password page once.
@Suite struct UserInviteCommandTests {
    @Test func printsALinkThatSetsThePasswordOnce() async throws {
        try await withApp { app in
            let admin = try await CafFixture.user(app, role: .admin)
            let link = try await UserInviteCommand.invite(email: " \(admin.email.uppercased()) ",
                                                          site: "https://ctg.exemple.fr/", on: app.db)
            #expect(link.email == admin.email)
            #expect(link.url.hasPrefix("https://ctg.exemple.fr/mot-de-passe?jeton="))
            let path = String(link.url.dropFirst("https://ctg.exemple.fr".count))
            let page = try await Browser(app).get(path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(admin.email))
            #expect(page.headers.first(name: "Referrer-Policy") == "no-referrer")
            // Journaled in the instance journal (an admin has no territory), as the command line.
            let line = try #require(try await InstanceJournalEntry.query(on: app.db).sort(\.$id, .descending).first())
            #expect(line.author == "ligne de commande")
            #expect(line.summary.contains(admin.email))
        }
    }

    @Test func refusesUnknownAccountsAndOddSites() async throws {
        try await withApp { app in
            await #expect(throws: CommandFailure.self) {
                _ = try await UserInviteCommand.invite(email: "personne@exemple.fr", site: nil, on: app.db)
            }
            let user = try await TestAccounts.create(app, role: .lecteur)
            await #expect(throws: CommandFailure.self) {
                _ = try await UserInviteCommand.invite(email: user.email, site: "ctg.exemple.fr", on: app.db)
            }
            #expect(try await AccountToken.query(on: app.db).count() == 0)
        }
    }
}
