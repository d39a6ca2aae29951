import Foundation

/// One event of an iCalendar feed: what `ICalendar.render` needs, nothing more.
public struct ICalendarEvent: Equatable, Sendable {
    /// Stable across renders, so calendar apps update an event instead of duplicating it.
    public var uid: String
    public var start: Date
    public var end: Date
    public var summary: String
    public var description: String
    public var location: String
    public var url: String?
    public var isCancelled: Bool

    public init(uid: String, start: Date, end: Date, summary: String, description: String = "",
                location: String = "", url: String? = nil, isCancelled: Bool = false) {
        self.uid = uid; self.start = start; self.end = end; self.summary = summary
        self.description = description; self.location = location; self.url = url; self.isCancelled = isCancelled
    }
}

/// An RFC 5545 calendar: CRLF line ends, text escaping, lines folded at 75 octets,
/// times in UTC (the `Z` form needs no VTIMEZONE block, which calendar apps then convert).
public enum ICalendar {
    public static func render(name: String, events: [ICalendarEvent], stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ctg//agenda//FR", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name)]
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + escape(event.uid), "DTSTAMP:" + utc(stamp),
                      "DTSTART:" + utc(event.start), "DTEND:" + utc(max(event.end, event.start)),
                      "SUMMARY:" + escape(event.summary)]
            if !event.description.isEmpty { lines.append("DESCRIPTION:" + escape(event.description)) }
            if !event.location.isEmpty { lines.append("LOCATION:" + escape(event.location)) }
            if let url = event.url { lines.append("URL:" + url) }
            lines.append("STATUS:" + (event.isCancelled ? "CANCELLED" : "CONFIRMED"))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values: backslash, semicolon and comma are escaped, line breaks become `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default:
                // Other control characters are not allowed in a content line.
                if scalar.value < 0x20 && scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits a content line into pieces of at most 75 octets (the first) and 74 plus the
    /// leading space (the others), never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
