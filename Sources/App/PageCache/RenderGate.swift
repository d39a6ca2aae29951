import NIOConcurrencyHelpers

/// One rendering per missing page: when 32 visitors ask for a page that is not cached (the
/// first visit, or right after a write), the first renders it and the others wait for its
/// result instead of rendering it 31 more times on a 2-core machine.
final class RenderGate: Sendable {
    enum Turn: Sendable {
        /// Render the page, then call `finish`.
        case lead
        /// Another request rendered it: its entry, or nil when it could not be cached.
        case follow(PageCache.Entry?)
    }

    private let waiting = NIOLockedValueBox<[String: [CheckedContinuation<Turn, Never>]]>([:])

    /// Returns at once with `.lead` for the first caller of a key; later callers wait until the
    /// leader calls `finish`.
    func join(_ key: String) async -> Turn {
        await withCheckedContinuation { continuation in
            let leads = waiting.withLockedValue { table -> Bool in
                if table[key] != nil {
                    table[key]!.append(continuation)
                    return false
                }
                table[key] = []
                return true
            }
            if leads { continuation.resume(returning: .lead) }
        }
    }

    /// Must follow every `.lead`, even when rendering failed (then with nil), or the followers
    /// would wait forever.
    func finish(_ key: String, with entry: PageCache.Entry?) {
        let followers = waiting.withLockedValue { $0.removeValue(forKey: key) } ?? []
        for follower in followers { follower.resume(returning: .follow(entry)) }
    }
}
