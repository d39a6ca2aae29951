@testable import App
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Issue 9: a page cached by one process is dropped when another process writes to the same
/// database: a second instance, or `ctg import` beside the server.
@Suite struct SharedDatabaseCacheTests {
    let fiche = Seed.path(.fiche(code: "1-2-3"))

    @Test(.enabled(if: Environment.get("DATABASE_URL") == nil))
    func anotherProcessWritingTheSQLiteFileIsSeenAtOnce() async throws {
        let path = NSTemporaryDirectory() + "ctg-cache-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await withFileApp(path, seeded: true) { server in
            try await withFileApp(path, seeded: false) { other in
                _ = try await server.testing().sendRequest(.GET, fiche)
                _ = try await server.testing().sendRequest(.GET, fiche)
                #expect(try await server.contentVersions.version(on: server.db).fromMemory)

                let sub = try #require(try await SousAction.query(on: other.db).filter(\.$code == "1-2-3-A").first())
                sub.title = "Titre changé par un autre processus"
                try await sub.save(on: other.db)
                #expect(try await server.testing().sendRequest(.GET, fiche).body.string.contains("Titre changé par un autre processus"))

                // The server's own write outside `writeTransaction` is seen through the file too.
                sub.title = "Titre changé sans transaction d'écriture"
                try await sub.save(on: server.db)
                #expect(try await server.testing().sendRequest(.GET, fiche).body.string.contains("Titre changé sans transaction d'écriture".inPage))
            }
        }
    }

    @Test(.enabled(if: Environment.get("DATABASE_URL") != nil))
    func theListenerHearsAWriteAtCommitAndOnlyForItsSchema() async throws {
        try await withApp(seeded: false) { app in
            guard case .postgres(let target) = DatabaseSetup.engine(app), let schema = target.schema else {
                Issue.record("pas de schéma PostgreSQL de test")
                return
            }
            let config = try SQLPostgresConfiguration(url: target.url)
            let notifications = ExternalWrites.Notifications()
            let listener = ContentListener(configuration: config.coreConfiguration, schema: schema, notifications: notifications)
            try listener.didBoot(app)
            let listening = try await Self.waitFor { notifications.count != nil }
            #expect(listening)
            let start = try #require(notifications.count)
            try await app.db.writeTransaction { tx in
                try await Territory(name: "Territoire d'essai", siren: "200070001", departement: "71", kind: "epci",
                                    slug: "territoire-d-essai").create(on: tx)
            }
            #expect(try await Self.waitFor { (notifications.count ?? 0) > start })
            await listener.shutdownAsync(app)
        }
    }

    static func waitFor(_ condition: @Sendable () -> Bool) async throws -> Bool {
        for _ in 0..<100 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}
