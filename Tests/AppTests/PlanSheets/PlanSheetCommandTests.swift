@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import Workbook

/// `ctg plan export` and `ctg plan import`.
@Suite struct PlanSheetCommandTests {
    static func run(_ command: any AsyncCommand, _ arguments: [String], app: Application) async throws {
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["ctg"] + arguments))
        context.application = app
        try await command.run(using: &context)
    }

    static func temporary(_ ext: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ctg-plan-\(UUID().uuidString).\(ext)").path
    }

    @Test(arguments: ["xlsx", "csv"])
    func exportEditImportWithDryRunFirst(format: String) async throws {
        try await withApp { app in
            let slug = try #require(try await Territory.query(on: app.db).first()).slug
            let path = Self.temporary(format)
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await Self.run(PlanSheetExportCommand(), ["--territory", slug, "--format", format, "--output", path], app: app)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            var rows = try PlanSheetFile.table(data, filename: path).rows.map { row in
                (0..<PlanSheet.header.count).map { row[$0]?.text ?? "" }
            }
            let b = PlanSheetFixture.index(of: "2-1-1-B", in: rows)
            rows[b][5] = "Harmoniser les tarifs (commande)"
            let edited = format == "xlsx" ? try PlanSheetFixture.xlsx(rows)
                : try CSVExport.render(header: rows[0], rows: Array(rows.dropFirst()))
            try edited.write(to: URL(fileURLWithPath: path))

            try await Self.run(PlanSheetImportCommand(), [path, "--territory", slug, "--dry-run"], app: app)
            #expect(try await PlanSheetFixture.sousAction("2-1-1-B", app)?.title == "Harmoniser les tarifs")
            #expect(try await PlanBackup.query(on: app.db).count() == 0)

            try await Self.run(PlanSheetImportCommand(), [path, "--territory", slug], app: app)
            #expect(try await PlanSheetFixture.sousAction("2-1-1-B", app)?.title == "Harmoniser les tarifs (commande)")
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .planImport).first())
            #expect(entry.userEmail == Audit.commandLineAuthor)
        }
    }

    @Test func errorsAndUnknownTerritoriesExitWithAFrenchMessage() async throws {
        try await withApp { app in
            let slug = try #require(try await Territory.query(on: app.db).first()).slug
            let path = Self.temporary("csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try Data("Axe;Objectif\nAxe 1;Objectif 1-1 : Titre\n".utf8).write(to: URL(fileURLWithPath: path))
            let failure = await #expect(throws: CommandFailure.self) {
                try await Self.run(PlanSheetImportCommand(), [path, "--territory", slug], app: app)
            }
            #expect(failure?.description.hasSuffix(": rien n'a été importé.") == true)
            let unknown = await #expect(throws: CommandFailure.self) {
                try await Self.run(PlanSheetImportCommand(), [path, "--territory", "nulle-part"], app: app)
            }
            #expect(unknown?.description == "Aucun territoire n'a l'adresse « nulle-part ».")
        }
    }
}
