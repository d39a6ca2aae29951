/// The attendance of a séance from its labelled lists ("Présents :", "Excusés :",
/// "Absents ayant donné pouvoir :", "Secrétaire de séance :"…), from a flattened
/// "Absents/excusés — Pouvoir à" table, and from sentences anywhere in the text.
enum SessionAttendance {
    enum Kind { case present, excused, absent, proxies, substitutes, secretary, president }

    struct Label {
        var kind: Kind
        /// Where the list starts in the folded line (after the colon).
        var rest: String.Index
        var titled: String
    }

    static func read(_ t: SessionText, into s: inout ParsedSeance) {
        var i = 0
        // Lines outside the lists are read as sentences, a paragraph at a time: they wrap.
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { readSentences(paragraph.joined(separator: " "), into: &s) }
            paragraph = []
        }
        while i < t.lines.count {
            if isTableHeader(t.folded[i]) {
                flush()
                i = readTable(t, after: i, into: &s)
                continue
            }
            guard let label = label(t.folded[i]) else {
                if t.lines[i].isEmpty { flush() } else { paragraph.append(t.lines[i]) }
                i += 1
                continue
            }
            flush()
            var text = t.original(i, from: label.rest)
            var j = i + 1
            while j < t.lines.count, !t.lines[j].isEmpty, Self.label(t.folded[j]) == nil,
                  !isTableHeader(t.folded[j]), looksLikeList(t.lines[j]) {
                text += "\n" + t.lines[j]; j += 1
            }
            apply(label, SessionNames.items(text), into: &s)
            i = j
        }
        flush()
    }

    static func label(_ folded: String) -> Label? {
        guard let colon = folded.firstIndex(of: ":"), folded.distance(from: folded.startIndex, to: colon) <= 60 else { return nil }
        let title = String(folded[..<colon])
        guard DocumentParser.Text.words(title).count <= 8 else { return nil }
        let kind: Kind
        if title.contains("secretaire") { kind = .secretary }
        else if title.contains("presiden") { kind = .president }
        else if title.contains("pouvoir") || title.contains("procuration") || title.contains("represente") { kind = .proxies }
        else if title.contains("suppleant") || title.contains("remplace") { kind = .substitutes }
        else if title.contains("excuse") { kind = .excused }
        else if title.contains("absent") { kind = .absent }
        else if title.contains("present") { kind = .present }
        else { return nil }
        return Label(kind: kind, rest: folded.index(after: colon), titled: title)
    }

    private static func apply(_ label: Label, _ items: [String], into s: inout ParsedSeance) {
        switch label.kind {
        case .secretary:
            if s.secretary == nil { s.secretary = items.first.flatMap(SessionNames.clean) }
        case .president:
            if s.president == nil { s.president = items.first.flatMap(SessionNames.clean) }
        default:
            var lastName: String?
            for item in items {
                if SessionNames.isRole(item) {
                    let key = DocumentParser.Text.comparisonKey(item)
                    if key.hasSuffix("president") || key.hasSuffix("presidente"), s.president == nil { s.president = lastName }
                    continue
                }
                // "Mme X, pouvoir à M. Y": the comma put the proxy in an item of its own.
                if let lastName, let holder = proxyFragment(item) {
                    s.proxies.append(.init(from: lastName, to: holder))
                    continue
                }
                lastName = add(item, kind: label.kind, title: label.titled, into: &s)
            }
        }
    }

    /// Records one item of a list; returns the name it gave, if any.
    private static func add(_ item: String, kind: Kind, title: String, into s: inout ParsedSeance) -> String? {
        switch SessionRelations.parse(item, inProxyList: kind == .proxies) {
        case .proxy(let from, let to)?:
            s.proxies.append(.init(from: from, to: to))
            if kind == .absent || (kind == .proxies && !title.contains("excuse") && title.contains("absent")) {
                s.absent.append(from)
            } else if kind == .excused || (kind == .proxies && title.contains("excuse")) {
                s.excused.append(from)
            }
            return from
        case .substitute(let member, let substitute)?:
            s.substitutes.append(.init(member: member, substitute: substitute))
            if !s.present.contains(substitute) { s.present.append(substitute) }
            return substitute
        case nil:
            guard let name = SessionNames.clean(item) else { return nil }
            switch kind {
            case .present: s.present.append(name)
            case .excused: s.excused.append(name)
            case .absent: s.absent.append(name)
            default: return nil
            }
            return name
        }
    }

    private static func proxyFragment(_ item: String) -> String? {
        guard let m = item.wholeMatch(of: Patterns.proxyFragment) else { return nil }
        return SessionNames.clean(String(m.1 ?? m.2 ?? ""))
    }

    /// A continuation line of a list: at least half of its items are names or relations.
    private static func looksLikeList(_ line: String) -> Bool {
        let items = SessionNames.items(line)
        guard !items.isEmpty else { return false }
        let names = items.filter { SessionNames.clean($0) != nil || SessionRelations.parse($0) != nil || SessionNames.isRole($0) }
        return names.count * 2 >= items.count
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let proxyFragment = /(?i)\s*(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|a)\s+(.+)|\s*repr[ée]sent[ée]e?\s+par\s+(.+)/
}
