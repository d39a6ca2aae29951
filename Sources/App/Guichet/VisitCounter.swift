import CTGCore
import Fluent
import NIOConcurrencyHelpers
import NIOCore
import SQLKit
import Vapor

/// Counts the public pages of a territory a visitor opens, per page and per month, with no
/// cookie and nothing about the visitor. Robots and signed-in staff are not counted; a failure
/// to count never fails the page.
///
/// Counts are kept in memory and written every few seconds in one transaction (`VisitBuffer`):
/// a write per page view would put every visitor in the writers' queue, and serving a page
/// from the cache must not cost a database round trip. A crash loses the last seconds' counts.
struct VisitCounterMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard request.method == .GET, response.status == .ok,
              response.headers.contentType?.subType == "html",
              request.headers.first(name: .cookie).map({ !$0.contains(AccountsSetup.cookieName) }) ?? true,
              !VisitPolicy.isRobot(userAgent: request.headers.first(name: .userAgent)),
              let slug = request.url.path.split(separator: "/").first.map(String.init),
              TerritorySlug.isValid(slug) else { return response }
        request.application.visitBuffer.add(slug: slug, path: request.url.path, month: VisitPolicy.month(of: Date()))
        return response
    }
}

/// Visits waiting to be written, by (territory slug, month, path). The slug is resolved to the
/// territory when written: a cached page never looked its territory up.
final class VisitBuffer: LifecycleHandler, Sendable {
    struct Key: Hashable, Sendable {
        var slug: String
        var month: String
        var path: String
    }

    static let interval: TimeAmount = .seconds(5)
    private let pending = NIOLockedValueBox<[Key: Int]>([:])
    private let task = NIOLockedValueBox<RepeatedTask?>(nil)
    /// One flush at a time: a flush asked for while the periodic one is writing waits for it, so
    /// when it returns every count taken before it is in the database (or back in `pending`).
    private let flushing = AsyncMutex()

    func add(slug: String, path: String, month: String) {
        guard path.count <= VisitCounter.maxPathLength else { return }
        pending.withLockedValue { $0[Key(slug: slug, month: month, path: path), default: 0] += 1 }
    }

    /// Writes what is pending in one transaction; a failed write puts the counts back.
    func flush(on db: any Database) async throws {
        await flushing.lock()
        do {
            try await flushPending(on: db)
        } catch {
            await flushing.unlock()
            throw error
        }
        await flushing.unlock()
    }

    private func flushPending(on db: any Database) async throws {
        let counts = pending.withLockedValue { current in
            defer { current = [:] }
            return current
        }
        guard !counts.isEmpty else { return }
        do {
            try await VisitCounter.write(counts, on: db)
        } catch {
            pending.withLockedValue { current in
                for (key, count) in counts { current[key, default: 0] += count }
            }
            throw error
        }
    }

    func didBoot(_ app: Application) throws {
        let loop = app.eventLoopGroup.next()
        let repeated = loop.scheduleRepeatedAsyncTask(initialDelay: Self.interval, delay: Self.interval) { _ in
            loop.makeFutureWithTask { [self] in
                do { try await flush(on: app.db) } catch {
                    app.logger.warning("visites non enregistrées (nouvel essai plus tard) : \(String(describing: error))")
                }
            }
        }
        task.withLockedValue { $0 = repeated }
    }

    func shutdownAsync(_ app: Application) async {
        let repeated = task.withLockedValue { current in
            defer { current = nil }
            return current
        }
        if let repeated {
            let stopped = app.eventLoopGroup.next().makePromise(of: Void.self)
            repeated.cancel(promise: stopped)
            try? await stopped.futureResult.get()
        }
        try? await flush(on: app.db)
    }
}

extension Application {
    private struct VisitBufferKey: StorageKey { typealias Value = VisitBuffer }

    /// Set by `GuichetSetup.configure`.
    var visitBuffer: VisitBuffer {
        get { storage[VisitBufferKey.self] ?? VisitBuffer() }
        set { storage[VisitBufferKey.self] = newValue }
    }
}

enum VisitCounter {
    /// Paths are the site's own; a longer one is not a page worth a row.
    static let maxPathLength = 300

    /// One upsert per (territory, month, page), in one transaction, for the territories that exist.
    static func write(_ counts: [VisitBuffer.Key: Int], on db: any Database) async throws {
        try await db.writeTransaction { tx in
            guard let sql = tx as? any SQLDatabase else { return }
            let slugs = Array(Set(counts.keys.map(\.slug)))
            let rows = try await sql.select().column("id").column("slug").from("territories")
                .where("slug", .in, slugs).all()
            var ids: [String: Int] = [:]
            for row in rows { ids[try row.decode(column: "slug", as: String.self)] = try row.decode(column: "id", as: Int.self) }
            for (key, count) in counts {
                guard let territoryID = ids[key.slug] else { continue }
                try await sql.raw("""
                    INSERT INTO page_visits (territory_id, path, month, visits) VALUES (\(bind: territoryID), \(bind: key.path), \(bind: key.month), \(bind: count))
                    ON CONFLICT (territory_id, month, path) DO UPDATE SET visits = page_visits.visits + \(bind: count)
                    """).run()
            }
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
        let buffer = VisitBuffer()
        app.visitBuffer = buffer
        app.lifecycle.use(buffer)
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
