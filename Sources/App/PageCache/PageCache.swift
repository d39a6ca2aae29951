import CTGCore
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Public pages as they were last rendered, each under the content version it was rendered at.
/// An entry is served only while the version stands still, so no write is ever hidden; the day
/// is part of the key because pages say what is late or exécutoire as of today.
final class PageCache: Sendable {
    struct Entry: Sendable {
        var version: Int64
        var body: ByteBuffer
        var contentType: String
        var etag: String
    }

    private struct Store: Sendable {
        var entries: [String: Entry] = [:]
        /// Insertion order, for dropping the oldest when the budget is spent.
        var order: [String] = []
        var bytes = 0
    }

    /// Memory allowed for bodies (`CTG_PAGE_CACHE_MB`, default 32): 2,000 territories' pages do not
    /// fit, and need not: the oldest go first.
    let budget: Int
    let gate = RenderGate()
    private let store = NIOLockedValueBox(Store())
    private let day = NIOLockedValueBox<(minute: Int, text: String)>((-1, ""))

    init(budgetBytes: Int) {
        self.budget = budgetBytes
    }

    static func fromEnvironment() -> PageCache {
        let megabytes = Environment.get("CTG_PAGE_CACHE_MB").flatMap(Int.init) ?? 32
        return PageCache(budgetBytes: max(0, megabytes) * 1_048_576)
    }

    func entry(_ key: String, version: Int64) -> Entry? {
        store.withLockedValue { $0.entries[key] }.flatMap { $0.version == version ? $0 : nil }
    }

    func save(_ entry: Entry, for key: String) {
        guard entry.body.readableBytes <= budget / 8 else { return }
        store.withLockedValue { store in
            if let old = store.entries.updateValue(entry, forKey: key) {
                store.bytes -= old.body.readableBytes
            } else {
                store.order.append(key)
            }
            store.bytes += entry.body.readableBytes
            var dropped = 0
            while store.bytes > budget, dropped < store.order.count {
                let oldest = store.order[dropped]
                dropped += 1
                if let gone = store.entries.removeValue(forKey: oldest) { store.bytes -= gone.body.readableBytes }
            }
            if dropped > 0 { store.order.removeFirst(dropped) }
        }
    }

    var count: Int { store.withLockedValue { $0.entries.count } }

    /// Today in Paris, worked out at most once a minute (a calendar computation per request would
    /// cost more than serving the page).
    func today(now: Date = Date()) -> String {
        let minute = Int(now.timeIntervalSince1970 / 60)
        if let cached = day.withLockedValue({ $0.minute == minute ? $0.text : nil }) { return cached }
        let text = CivilDate.todayInParis(now).description
        day.withLockedValue { $0 = (minute, text) }
        return text
    }
}

extension Application {
    private struct PageCacheKey: StorageKey { typealias Value = PageCache }

    /// Set by `configure`; a bare application gets a cache that keeps nothing.
    var pageCache: PageCache {
        get { storage[PageCacheKey.self] ?? PageCache(budgetBytes: 0) }
        set { storage[PageCacheKey.self] = newValue }
    }
}
