/// Small SVGs for the bilan synthesis: the stacked status bar and a plain progress bar.
public enum StatusBarRenderer {
    public static func counts(of statuses: [SubActionStatus]) -> [SubActionStatus: Int] {
        statuses.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// Horizontal stacked bar, one segment per status in workflow order, with a
    /// legend that spells out every count: the numbers never depend on colour.
    public static func svg(counts: [SubActionStatus: Int], title: String = "Répartition des sous-actions par statut",
                           idPrefix: String = "statuts", width: Double = 640) -> String {
        let n = PilotageSVG.num
        let present = SubActionStatus.allCases.filter { (counts[$0] ?? 0) > 0 }
        let total = present.reduce(0) { $0 + (counts[$1] ?? 0) }
        let labels = present.map { "\($0.label) : \(counts[$0] ?? 0) (\(share(counts[$0] ?? 0, of: total)))" }
        let positions = PilotageSVG.flow(widths: labels.map { 20 + PilotageSVG.approximateWidth($0, fontSize: 11) + 18 },
                                         maxWidth: width - 8, left: 4, top: 44, lineHeight: 20)
        let height = (positions.last?.y ?? 24) + 24
        let desc = total == 0 ? "Aucune sous-action."
            : "\(total) sous-action\(total > 1 ? "s" : "") : " + labels.joined(separator: ", ") + "."
        var out = [PilotageSVG.open(width: width, height: height, idPrefix: idPrefix, title: title, desc: desc),
                   PilotageSVG.patternDefs(idPrefix: idPrefix)]
        let barWidth = width - 8
        var x = 4.0
        if total == 0 {
            out.append("<rect x=\"4\" y=\"8\" width=\"\(n(barWidth))\" height=\"28\" fill=\"none\" stroke=\"\(PilotageSVG.gridColor)\"/>")
        }
        for status in present {
            let count = counts[status] ?? 0
            let w = barWidth * Double(count) / Double(total)
            out.append("<g><title>\(PilotageSVG.escape("\(status.label) : \(count)"))</title>"
                + PilotageSVG.statusRect(x: x, y: 8, width: w, height: 28, status: status, idPrefix: idPrefix))
            if PilotageSVG.approximateWidth(String(count), fontSize: 12) < w - 6 {
                out.append("<text x=\"\(n(x + w / 2))\" y=\"\(n(26.5))\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#FFFFFF\" \(PilotageSVG.halo(status.color))>\(count)</text>")
            }
            out.append("</g>")
            x += w
        }
        for (status, (label, pos)) in zip(present, zip(labels, positions)) {
            out.append(PilotageSVG.statusRect(x: pos.x, y: pos.y, width: 14, height: 14, status: status, idPrefix: idPrefix)
                + "<text x=\"\(n(pos.x + 20))\" y=\"\(n(pos.y + 11))\" font-size=\"11\">\(PilotageSVG.escape(label))</text>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// One progress bar with its percentage written beside it; nil reads "non mesurable".
    public static func progressSVG(_ progress: Double?, label: String, idPrefix: String = "avancement",
                                   width: Double = 320) -> String {
        let n = PilotageSVG.num
        let text = progress.map(PilotageFormat.progress) ?? "non mesurable"
        let barWidth = width - 110
        var out = [PilotageSVG.open(width: width, height: 24, idPrefix: idPrefix, title: label,
                                    desc: "Avancement : \(text)."),
                   "<rect x=\"1\" y=\"5\" width=\"\(n(barWidth))\" height=\"14\" rx=\"3\" fill=\"#FFFFFF\" stroke=\"#5F6B7A\"/>"]
        if let progress {
            out.append("<rect x=\"1\" y=\"5\" width=\"\(n(barWidth * min(max(progress, 0), 1)))\" height=\"14\" rx=\"3\" fill=\"\(SubActionStatus.realise.color)\"/>")
        }
        out.append("<text x=\"\(n(barWidth + 10))\" y=\"16\" font-weight=\"bold\">\(PilotageSVG.escape(text))</text>")
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    static func share(_ count: Int, of total: Int) -> String {
        total == 0 ? PilotageFormat.percent(0, maxFractionDigits: 0)
            : PilotageFormat.percent(Double(count) * 100 / Double(total), maxFractionDigits: 0)
    }
}
