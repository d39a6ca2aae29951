import Foundation

/// An Atom 1.0 feed (RFC 4287) of what is new, for notification apps that follow a feed.
public enum AtomFeed {
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var title: String
        public var summary: String
        public var link: String
        public var updated: Date

        public init(id: String, title: String, summary: String, link: String, updated: Date) {
            self.id = id; self.title = title; self.summary = summary; self.link = link; self.updated = updated
        }
    }

    public static func render(id: String, title: String, selfLink: String, alternate: String,
                              entries: [Entry], updated: Date) -> String {
        var xml = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
        xml += #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">"# + "\n"
        xml += "<id>\(escape(id))</id>\n<title>\(escape(title))</title>\n"
        xml += "<updated>\(timestamp(entries.map(\.updated).max() ?? updated))</updated>\n"
        xml += #"<link rel="self" href="\#(escape(selfLink))"/>"# + "\n"
        xml += #"<link rel="alternate" href="\#(escape(alternate))"/>"# + "\n"
        xml += "<author><name>\(escape(title))</name></author>\n"
        for entry in entries {
            xml += "<entry><id>\(escape(entry.id))</id><title>\(escape(entry.title))</title>"
            xml += #"<link rel="alternate" href="\#(escape(entry.link))"/>"#
            xml += "<updated>\(timestamp(entry.updated))</updated><summary>\(escape(entry.summary))</summary></entry>\n"
        }
        return xml + "</feed>\n"
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
