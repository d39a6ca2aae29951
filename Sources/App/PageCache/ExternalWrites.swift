import Foundation
import NIOConcurrencyHelpers

/// Signs that another process wrote to the database. Two marks that are equal mean no other
/// process committed in between; `nil` means this cannot be known, and the database is asked.
final class ExternalWrites: Sendable {
    enum Mark: Equatable, Sendable {
        case header([UInt8])
        case notifications(UInt64)
    }

    private enum Source: Sendable {
        /// Nothing tells: an in-memory SQLite or a test's private schema, whose tests also write
        /// outside `writeTransaction` (fixtures) where `LocalWrites` does not see them.
        case unknown
        case sqliteShm(SharedMemoryHeader)
        case postgres(Notifications)
    }

    private let source: Source

    private init(_ source: Source) { self.source = source }

    static let unknown = ExternalWrites(.unknown)

    static func sqlite(path: String) -> ExternalWrites {
        ExternalWrites(.sqliteShm(SharedMemoryHeader(path: path + "-shm")))
    }

    static func postgres(_ notifications: Notifications) -> ExternalWrites {
        ExternalWrites(.postgres(notifications))
    }

    func mark() -> Mark? {
        switch source {
        case .unknown: return nil
        case .sqliteShm(let header): return header.read().map(Mark.header)
        case .postgres(let notifications): return notifications.count.map(Mark.notifications)
        }
    }

    /// What PostgreSQL's NOTIFY has told this process, counted. While the listening connection is
    /// down the count is unknown (`nil`): notifications may be missed then, so every request asks.
    final class Notifications: Sendable {
        private let state = NIOLockedValueBox<(listening: Bool, count: UInt64)>((false, 0))

        init() {}

        var count: UInt64? { state.withLockedValue { $0.listening ? $0.count : nil } }
        func received() { state.withLockedValue { $0.count &+= 1 } }
        /// A new listening connection also moves the count: what came before it was not heard.
        func listening(_ on: Bool) { state.withLockedValue { $0 = (on, $0.count &+ 1) } }
    }

    /// SQLite's WAL index (`<db>-shm`) starts with a header that changes on every commit, from any
    /// process (https://sqlite.org/walformat.html, "the wal-index header"): its first 48 bytes
    /// are compared, with one `pread` on a descriptor kept open. The file exists while a connection
    /// is open in WAL mode, which the server's pool keeps.
    final class SharedMemoryHeader: Sendable {
        private let path: String
        private let descriptor = NIOLockedValueBox<Int32>(-1)

        init(path: String) { self.path = path }

        deinit {
            let fd = descriptor.withLockedValue { $0 }
            if fd >= 0 { close(fd) }
        }

        func read() -> [UInt8]? {
            descriptor.withLockedValue { fd -> [UInt8]? in
                if fd < 0 { fd = open(path, O_RDONLY) }
                guard fd >= 0 else { return nil }
                var bytes = [UInt8](repeating: 0, count: 48)
                let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 48, 0) }
                guard got == 48 else { close(fd); fd = -1; return nil }
                return bytes
            }
        }
    }
}
