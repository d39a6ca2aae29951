@testable import App
import Foundation
import Testing
import Vapor

/// `ctg --help` typed in any directory must leave it as it was: it once created, migrated and
/// locked a `ctg.sqlite` there, because help looked like `serve` to the start-up code.
@Suite struct HelpCommandTests {
    @Test(arguments: [["ctg", "--help"], ["ctg", "serve", "--help"], ["ctg", "import", "-h"]])
    func helpOpensNoDatabaseFile(arguments: [String]) async throws {
        let directory = NSTemporaryDirectory() + "ctg-help-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let app = try await Application.make(Environment(name: "testing", arguments: arguments))
        app.directory = DirectoryConfiguration(workingDirectory: TestPaths.packageRoot + "/")
        do {
            #expect(isAskingForHelp(app))
            #expect(!isServing(app))
            try await configure(app, store: .sqliteFile(path: directory + "/ctg.sqlite"))
            try await prepareToServe(app)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test func serveWithoutHelpStillServes() async throws {
        let app = try await Application.make(Environment(name: "testing", arguments: ["ctg", "serve", "--port", "8080"]))
        #expect(isServing(app))
        #expect(!isAskingForHelp(app))
        try await app.asyncShutdown()
    }
}
