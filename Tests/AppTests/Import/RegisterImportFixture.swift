@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// Imports the council texts of Tests/Fixtures/deliberations into the register and reads
/// back what was stored, in a form the tests compare with values written by hand.
enum RegisterImportFixture {
    static func path(_ name: String) -> String {
        TestPaths.packageRoot + "/Tests/Fixtures/deliberations/\(name).txt"
    }

    /// A text written to a temporary file, for variants of the fixtures.
    static func temporary(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-register-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    static func run(_ path: String, slug: String? = nil, replace: Bool = false, on app: Application) async throws -> [String] {
        guard case .register(let seance, let text) = try RegisterImport.load(path: path) else {
            Issue.record("\(path) n'est pas lu comme un texte pour le registre")
            return []
        }
        return try await RegisterImport.run(seance, text: text, path: path, territory: slug, replace: replace, on: app.db)
    }

    /// The French reason of a refused import, nil when it went through.
    static func refusal(_ path: String, slug: String? = nil, replace: Bool = false, on app: Application) async throws -> String? {
        do {
            try await run(path, slug: slug, replace: replace, on: app)
            return nil
        } catch let error as AppError {
            return error.reason
        }
    }

    static func seance(on date: String, _ app: Application) async throws -> Seance {
        try #require(try await Seance.query(on: app.db).filter(\.$sessionDate == date).with(\.$attendances).first())
    }

    /// "présent Gérard VAILLANT", "procuration Claire DUVAL → Paul ROCHE", in register order.
    static func lines(_ seance: Seance) -> [String] {
        seance.orderedAttendances.map { line in
            let other = line.otherName.map { " → \($0)" } ?? ""
            return "\(line.status.rawValue) \(line.memberName)\(other)"
        }
    }

    static func deliberation(_ number: String, _ app: Application) async throws -> Deliberation {
        try #require(try await Deliberation.query(on: app.db).filter(\.$number == number).first())
    }

    /// Every row the register import writes, counted.
    static func counts(_ app: Application) async throws -> [Int] {
        [try await Territory.query(on: app.db).count(), try await Seance.query(on: app.db).count(),
         try await SeanceAttendance.query(on: app.db).count(), try await Deliberation.query(on: app.db).count(),
         try await CouncilMember.query(on: app.db).count(), try await AuditEntry.query(on: app.db).count()]
    }
}
