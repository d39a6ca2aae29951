/// A lock that suspends its waiters instead of blocking their threads, served
/// in arrival order. `writeTransaction` uses it to make one SQLite writer at a time.
actor AsyncMutex {
    private var locked = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func lock() async {
        guard locked else {
            locked = true
            return
        }
        // Ownership passes straight from `unlock` to the first waiter: `locked` stays true.
        await withCheckedContinuation { waiters.append($0) }
    }

    func unlock() {
        if waiters.isEmpty {
            locked = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
