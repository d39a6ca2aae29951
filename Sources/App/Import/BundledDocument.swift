import Fluent
import Vapor

/// The Saint-Eloy deliberation shipped with ctg, loaded on first start so a
/// newcomer sees a real CTG without any setup.
enum BundledDocument {
    static func path(in app: Application) -> String {
        app.directory.resourcesDirectory + "Documents/saint-eloy-ctg-2022.txt"
    }

    /// Imports the bundled document when the database holds no convention yet.
    static func loadIfEmpty(_ app: Application) async throws {
        guard try await Convention.query(on: app.db).count() == 0 else { return }
        let path = path(in: app)
        let document = try DocumentSource.load(path: path)
        let summary = try await PlanImporter.run(document, sourceName: "saint-eloy-ctg-2022.txt", on: app.db)
        app.logger.notice("Premier démarrage : document de Saint-Eloy importé. \(summary.lines.prefix(2).joined(separator: " "))")
    }
}

/// `ctg serve` (the default command) migrates and seeds before serving.
public func prepareToServe(_ app: Application) async throws {
    guard isServing(app) else { return }
    // First start only (no convention yet): the bundled territory, then the demonstration
    // territories unless CTG_DEMO=0 (an instance meant for real territories).
    // Under a lock: a second instance starting at the same moment waits, then finds it done
    // (migrations included: two would create the same tables).
    try await StartupLock.run(app) {
        try await app.autoMigrate()
        let firstStart = try await Convention.query(on: app.db).count() == 0
        try await BundledDocument.loadIfEmpty(app)
        // CTG_DEMO=0 means no demonstration data at all: no demo territories, and no demo
        // services added to the bundled territory either.
        guard Environment.get("CTG_DEMO") != "0" else { return }
        if firstStart {
            for loaded in try await DemoTerritories.load(count: DemoTerritories.names.count + 1, app: app) {
                app.logger.notice("Territoire de démonstration chargé : \(loaded.territory)")
            }
        }
        for line in try await AnimationDemo.loadAll(app) { app.logger.notice("\(line)") }
        try await GuichetDemo.load(app)
        try await SurveyDemo.load(app)
        try await OccupancyDemo.loadForFirstStart(app)
        if firstStart { try await CCJDemo.load(app) }
        try await TariffDemo.load(app)
        if firstStart { try await BudgetDemo.load(app) }
    }
}
