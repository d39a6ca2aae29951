import NIOConcurrencyHelpers

/// Counts the write transactions this process has finished. A cached page is checked against it
/// on every request: the writer's next page, in this process, never comes from before its write.
/// Process-wide rather than per database: tests run many applications in one process, and a
/// move of the count for another's write only costs one query.
enum LocalWrites {
    private static let count = NIOLockedValueBox<UInt64>(0)

    static var epoch: UInt64 { count.withLockedValue { $0 } }

    /// Called once the transaction has ended, committed or not: an epoch read before the end
    /// then differs from one read after, and the page is checked again.
    static func finished() {
        count.withLockedValue { $0 &+= 1 }
    }
}
