import CTGCore
import Fluent
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// How long the names and addresses of registrants are kept after their animation:
/// 12 months unless `CTG_REGISTRATION_RETENTION_MONTHS` says otherwise. After that the
/// rows are emptied of what identifies a person; places, commune, status and attendance stay,
/// so the indicators' counts do not change.
struct RegistrationRetention: Sendable {
    var months = 12

    static func fromEnvironment() -> RegistrationRetention {
        let months = Environment.get("CTG_REGISTRATION_RETENTION_MONTHS").flatMap(Int.init) ?? 12
        return RegistrationRetention(months: min(max(months, 1), 120))
    }

    /// Registrations to animations that ended before `now - months`, emptied; returns how many.
    @discardableResult
    func purge(on db: any Database, now: Date = Date()) async throws -> Int {
        guard let cutoff = AnimationDates.calendar.date(byAdding: .month, value: -months, to: now) else { return 0 }
        return try await db.writeTransaction { tx in
            let old = try await Animation.query(on: tx).filter(\.$endsAt < cutoff).all()
            var purged = 0
            for animation in old {
                let id = try animation.requireID()
                let rows = try await AnimationRegistration.query(on: tx).filter(\.$animation.$id == id)
                    .filter(\.$purgedAt == nil).all()
                guard !rows.isEmpty else { continue }
                for row in rows { try await Self.anonymise(row, at: now, on: tx) }
                try await AnimationMessage.query(on: tx).filter(\.$animation.$id == id).delete()
                purged += rows.count
                try await Audit.record(on: tx, user: nil, territoryID: animation.$territory.id, entity: .animation, entityID: id,
                                       summary: "Animation « \(animation.title) » : données personnelles de \(FrenchCount.phrase(rows.count, "inscription")) effacées après \(months) mois (les effectifs sont conservés)")
            }
            return purged
        }
    }

    /// Empties a registration of its name, address, children's ages and token.
    static func anonymise(_ row: AnimationRegistration, at now: Date, on tx: any Database) async throws {
        row.name = ""
        row.email = ""
        row.childrenAges = ""
        row.tokenHash = "effacé-\(try row.requireID())"
        row.purgedAt = now
        try await row.save(on: tx)
    }

    /// Purges at start and then every day, like the sessions' housekeeping.
    final class Schedule: LifecycleHandler, Sendable {
        private let task = NIOLockedValueBox<RepeatedTask?>(nil)

        func didBoot(_ app: Application) throws {
            guard app.environment != .testing else { return }
            let loop = app.eventLoopGroup.next()
            let repeated = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(30), delay: .hours(24)) { _ in
                loop.makeFutureWithTask {
                    do {
                        let count = try await app.registrationRetention.purge(on: app.db)
                        if count > 0 { app.logger.notice("Inscriptions anciennes anonymisées : \(count)") }
                    } catch {
                        app.logger.warning("Purge des inscriptions impossible : \(String(describing: error))")
                    }
                }
            }
            task.withLockedValue { $0 = repeated }
        }

        func shutdownAsync(_ app: Application) async {
            guard let repeated = task.withLockedValue({ current in defer { current = nil }; return current }) else { return }
            let stopped = app.eventLoopGroup.next().makePromise(of: Void.self)
            repeated.cancel(promise: stopped)
            try? await stopped.futureResult.get()
        }
    }
}

extension Application {
    private struct RetentionKey: StorageKey { typealias Value = RegistrationRetention }

    var registrationRetention: RegistrationRetention {
        get { storage[RetentionKey.self] ?? RegistrationRetention() }
        set { storage[RetentionKey.self] = newValue }
    }
}
