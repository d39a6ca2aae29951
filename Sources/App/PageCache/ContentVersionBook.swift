import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Knows the database's content version without asking it on every request. The version read
/// last stays good while nothing that could have moved it has happened since: no write finished
/// in this process (`LocalWrites`), and no sign of another process's write (`ExternalWrites`).
/// Those signs are read before the database is asked, so a write landing in between is seen
/// by the next request, never missed.
final class ContentVersionBook: Sendable {
    struct Signature: Equatable, Sendable {
        var localEpoch: UInt64
        var external: ExternalWrites.Mark
    }

    private struct Known: Sendable {
        var version: Int64
        var signature: Signature
    }

    let external: ExternalWrites
    private let known = NIOLockedValueBox<Known?>(nil)

    init(external: ExternalWrites) {
        self.external = external
    }

    /// The current version, and whether it came without a query.
    func version(on db: any Database) async throws -> (version: Int64, fromMemory: Bool) {
        let now = external.mark().map { Signature(localEpoch: LocalWrites.epoch, external: $0) }
        if let now, let known = known.withLockedValue({ $0 }), known.signature == now {
            return (known.version, true)
        }
        let version = try await Self.read(on: db)
        if let now { known.withLockedValue { $0 = Known(version: version, signature: now) } }
        return (version, false)
    }

    static func read(on db: any Database) async throws -> Int64 {
        guard let sql = db as? any SQLDatabase else { throw AppError.unavailable("Base de données indisponible.") }
        let row = try await sql.raw("SELECT version FROM \(ident: ContentVersionTriggers.table) WHERE id = 1").first()
        return try row?.decode(column: "version", as: Int64.self) ?? 0
    }
}

extension Application {
    private struct ContentVersionBookKey: StorageKey { typealias Value = ContentVersionBook }

    /// Set while configuring the database; a bare application asks the database every time.
    var contentVersions: ContentVersionBook {
        get { storage[ContentVersionBookKey.self] ?? ContentVersionBook(external: .unknown) }
        set { storage[ContentVersionBookKey.self] = newValue }
    }
}
