@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// A corrected document that inserts a sous-action keeps every status on its own
/// sous-action: rows are matched by code and title, not by position.
@Suite struct ImportMatchingTests {
    /// The seed with "Créer une liste d'attente commune" inserted as 1-1-1-B in fiche
    /// 1-1-1 (outline and table), the former 1-1-1-B renumbered 1-1-1-C.
    static var insertedDocument: String {
        var lines = ImportGuardFixture.seedText.components(separatedBy: "\n")
        let outline = lines.firstIndex { $0.hasPrefix(" - Adapter les agréments") }!
        lines.insert(" - Créer une liste d'attente commune", at: outline + 1)
        let row = lines.firstIndex { $0.contains("\t1-1-1-A\t") }!
        lines[row + 1] = lines[row + 1].replacingOccurrences(of: "\t1-1-1-B\t", with: "\t1-1-1-C\t")
        lines.insert("Créer une liste d'attente commune\t1-1-1-B\t\t\t\t\tCC\tCAF", at: row + 1)
        return lines.joined(separator: "\n")
    }

    private func statusOwners(_ app: Application) async throws -> [String] {
        let titles = Dictionary(uniqueKeysWithValues: try await SousAction.query(on: app.db).all().map { ($0.id!, $0.title) })
        return try await SousActionStatusEntry.query(on: app.db).sort(\.$id).all()
            .map { "\($0.id!) → \(titles[$0.$sousAction.id] ?? "?") \($0.comment ?? "")" }
    }

    @Test func anInsertedSousActionLeavesEveryStatusInPlace() async throws {
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            let owners = try await statusOwners(app)
            let followUp = try await ImportGuardFixture.followUp(app)
            let known = try #require(try await SousAction.query(on: app.db).filter(\.$code == "1-1-1-B").first())
            #expect(known.title.hasPrefix("Faire connaître"))

            let refusal = try await ImportGuardFixture.refusal(Data(Self.insertedDocument.utf8), on: app)
            #expect(refusal == nil, "\(refusal ?? "")")
            #expect(try await SousAction.query(on: app.db).count() == 47)
            #expect(try await statusOwners(app) == owners)
            #expect(try await ImportGuardFixture.followUp(app) == followUp)
            let moved = try #require(try await SousAction.find(known.id, on: app.db))
            #expect(moved.code == "1-1-1-C" && moved.position == 2)
            let inserted = try #require(try await SousAction.query(on: app.db).filter(\.$code == "1-1-1-B").first())
            #expect(inserted.title == "Créer une liste d'attente commune" && inserted.position == 1)
            #expect(try await SousActionStatusEntry.query(on: app.db).filter(\.$sousAction.$id == inserted.requireID()).count() == 0)
        }
    }
}
