import CTGCore
import Fluent
import SQLKit
import Vapor

/// Counts the public pages of a territory a visitor opens, per page and per month, with no
/// cookie and nothing about the visitor: one upsert on a counter row. Robots and signed-in
/// staff are not counted; a failure to count never fails the page.
///
/// The counter goes through `writeTransaction` (so SQLite writers stay in one queue) but
/// records no journal entry: it changes no page's content, and a journal line per visit
/// would be personal-data-free noise that also invalidated every cached page.
struct VisitCounterMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard request.method == .GET, response.status == .ok,
              response.headers.contentType?.subType == "html",
              let scope = request.resolvedTerritoryScope, request.currentUser == nil,
              !VisitPolicy.isRobot(userAgent: request.headers.first(name: .userAgent)) else { return response }
        do {
            try await VisitCounter.count(territoryID: scope.territoryID, path: request.url.path, at: Date(), on: request.db)
        } catch {
            request.logger.warning("visite non comptée : \(String(reflecting: error))")
        }
        return response
    }
}

enum VisitCounter {
    /// Paths are the site's own; a longer one is not a page worth a row.
    static let maxPathLength = 300

    static func count(territoryID: Int, path: String, at date: Date, on db: any Database) async throws {
        guard path.count <= maxPathLength else { return }
        let month = VisitPolicy.month(of: date)
        try await db.writeTransaction { tx in
            guard let sql = tx as? any SQLDatabase else { return }
            try await sql.raw("""
                INSERT INTO page_visits (territory_id, path, month, visits) VALUES (\(bind: territoryID), \(bind: path), \(bind: month), 1)
                ON CONFLICT (territory_id, month, path) DO UPDATE SET visits = page_visits.visits + 1
                """).run()
        }
    }

    struct MonthTotal: Decodable, Equatable {
        var month: String
        var total: Int
    }

    /// Visits per month of a territory, all pages together, oldest month first.
    static func monthly(territoryID: Int, on db: any Database) async throws -> [MonthTotal] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.raw("""
            SELECT month, CAST(SUM(visits) AS BIGINT) AS total FROM page_visits WHERE territory_id = \(bind: territoryID)
            GROUP BY month ORDER BY month
            """).all(decoding: MonthTotal.self)
    }
}

/// "visits.monthly" for the plan's indicators (fiche 2-1-2): one record per month of the
/// territory's convention, its value the visits of that month.
struct VisitsProvider: ComputedRecordProvider {
    func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
        guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
        return try await VisitCounter.monthly(territoryID: territoryID, on: db).compactMap { row in
            let parts = row.month.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            return ComputedRecord(id: row.month, label: "\(FrenchCount.phrase(row.total, "visite")) en \(row.month)",
                                  year: parts[0], value: Double(row.total))
        }
    }
}

enum GuichetSetup {
    /// Routes, the visit counter and its computed source; called from `configure`.
    static func configure(_ app: Application) {
        app.computedSources.registry.registerVisits()
        app.computedSources.provide(VisitPolicy.source.id, with: VisitsProvider())
        app.middleware.use(VisitCounterMiddleware())
    }

    static func routes(_ app: Application) {
        StructureEditController.register(on: app)
        InfoPagesController.register(on: app)
        InfoPageEditController.register(on: app)
        GuichetManageController.register(on: app)
        app.get(.accessibility, use: AccessibilityController.show)
        app.get(.api(.structures(.init(slug: ""))), use: StructuresAPIController.list)
    }
}
