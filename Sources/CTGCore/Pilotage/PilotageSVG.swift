/// Shared pieces of the server-made SVGs: escaping, coordinates, root element, patterns.
enum PilotageSVG {
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Arial, sans-serif"
    static let textColor = "#1F2328"
    static let gridColor = "#C9CED6"

    /// Escapes for text and attribute values alike, and drops characters XML 1.0
    /// forbids: titles imported from Word documents carry vertical tabs and
    /// form feeds that would make the whole SVG unreadable.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                let allowed = v >= 0x20 && !(0xD800...0xDFFF).contains(v) && v != 0xFFFE && v != 0xFFFF
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Coordinates always use a dot, whatever the French display around them.
    static func num(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = String(Int(rounded)) }
        return text
    }

    /// Cuts long labels on the drawing; the full text stays in `<title>` and in the table.
    static func truncate(_ text: String, to limit: Int) -> String {
        let clean = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard clean.count > limit, limit > 1 else { return clean }
        var cut = String(clean.prefix(limit - 1))
        while cut.last?.isWhitespace == true { cut.removeLast() }
        return cut + "…"
    }

    /// Root element: `role="img"` plus `aria-labelledby` on `<title>` and `<desc>`
    /// is the pattern screen readers announce reliably for inline SVG.
    static func open(width: Double, height: Double, idPrefix: String, title: String, desc: String) -> String {
        let p = escape(idPrefix)
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(num(width))" height="\(num(height))" \
        viewBox="0 0 \(num(width)) \(num(height))" role="img" aria-labelledby="\(p)-title \(p)-desc" \
        font-family="\(fontFamily)" font-size="12" fill="\(textColor)">
        <title id="\(p)-title">\(escape(title))</title>
        <desc id="\(p)-desc">\(escape(desc))</desc>
        """
    }

    /// Hatching per status, so bars stay distinguishable on a black-and-white printout.
    /// `realise` stays solid: the most common "done" state is the plainest one.
    static func patternDefs(idPrefix: String) -> String {
        var defs = ["<defs>"]
        for status in SubActionStatus.allCases {
            guard let shape = patternShape(status) else { continue }
            defs.append("<pattern id=\"\(escape(idPrefix))-pat-\(status.rawValue)\" width=\"6\" height=\"6\" "
                + "patternUnits=\"userSpaceOnUse\"\(shape.rotation.map { " patternTransform=\"rotate(\($0))\"" } ?? "")>"
                + shape.body + "</pattern>")
        }
        defs.append("<pattern id=\"\(escape(idPrefix))-pat-unknown\" width=\"6\" height=\"6\" "
            + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"1.5\" height=\"6\" fill=\"#5F6B7A\" fill-opacity=\"0.45\"/></pattern>")
        defs.append("</defs>")
        return defs.joined(separator: "\n")
    }

    private static func patternShape(_ status: SubActionStatus) -> (rotation: Int?, body: String)? {
        let white = "fill=\"#FFFFFF\" fill-opacity=\"0.35\""
        switch status {
        case .realise: return nil
        case .en_cours: return (45, "<rect width=\"2\" height=\"6\" \(white)/>")
        case .en_pause: return (nil, "<rect width=\"2\" height=\"6\" \(white)/>")
        case .en_retard: return (45, "<rect width=\"2\" height=\"6\" \(white)/><rect width=\"6\" height=\"2\" \(white)/>")
        case .a_venir: return (nil, "<circle cx=\"3\" cy=\"3\" r=\"1.2\" \(white)/>")
        case .abandonne: return (nil, "<rect width=\"6\" height=\"2\" \(white)/>")
        }
    }

    /// A coloured rectangle with its status pattern on top.
    static func statusRect(x: Double, y: Double, width: Double, height: Double,
                           status: SubActionStatus, idPrefix: String) -> String {
        let geometry = "x=\"\(num(x))\" y=\"\(num(y))\" width=\"\(num(width))\" height=\"\(num(height))\""
        var out = "<rect \(geometry) rx=\"2\" fill=\"\(status.color)\"/>"
        if patternShape(status) != nil {
            out += "<rect \(geometry) rx=\"2\" fill=\"url(#\(escape(idPrefix))-pat-\(status.rawValue))\"/>"
        }
        return out
    }

    /// A stroke of the bar's own colour behind white text hides the hatching under the letters.
    static func halo(_ color: String) -> String {
        "stroke=\"\(color)\" stroke-width=\"3\" paint-order=\"stroke\""
    }

    /// Rough width of a label at a font size; enough to decide whether text fits in a bar.
    static func approximateWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.58
    }
}
