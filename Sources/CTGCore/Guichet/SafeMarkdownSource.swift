import Foundation

/// What makes editors' Markdown safe to render: the Markdown library passes raw HTML through,
/// so the source's `<` and `"` are turned into entities before it is parsed (a `<script>` or an
/// `<img onerror>` then shows as text), and after rendering every link and image address is
/// checked against the schemes a page may point to (no `javascript:` or `data:`).
public enum SafeMarkdownSource {
    /// The source with every raw tag neutralised. `>` is kept: it starts Markdown quotes and
    /// cannot open a tag on its own; `"` is escaped so an address cannot close its attribute.
    public static func neutralised(_ markdown: String) -> String {
        var out = ""
        out.reserveCapacity(markdown.utf8.count)
        for character in markdown {
            switch character {
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether a rendered `href` or `src` may stay: web and mail addresses, and paths of this site.
    public static func isAllowedAddress(_ address: String) -> Bool {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if trimmed.hasPrefix("/") { return !trimmed.hasPrefix("//") }
        if trimmed.hasPrefix("#") { return true }
        for scheme in ["https://", "http://", "mailto:", "tel:"] where trimmed.hasPrefix(scheme) { return true }
        // A relative address has no scheme: nothing before a ':' that comes before any '/'.
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        if let slash = trimmed.firstIndex(of: "/"), slash < colon { return true }
        return false
    }

    /// Rewrites every `href="…"` and `src="…"` of rendered HTML whose address is not allowed to `#`.
    public static func sanitisingAddresses(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let match = nextAddressAttribute(in: rest) {
            result += rest[..<match.upperBound]
            let value = rest[match.upperBound...].prefix { $0 != "\"" }
            let decoded = value.replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&#58;", with: ":").replacingOccurrences(of: "&colon;", with: ":")
            result += isAllowedAddress(decoded) && !decoded.contains("&#") ? String(value) : "#"
            rest = rest[match.upperBound...].dropFirst(value.count)
        }
        return result + rest
    }

    /// The first `href="` or `src="` (the attribute names Ink writes).
    private static func nextAddressAttribute(in text: Substring) -> Range<Substring.Index>? {
        [text.range(of: "href=\""), text.range(of: "src=\"")].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
    }
}
