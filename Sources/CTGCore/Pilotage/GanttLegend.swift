/// Legend under the Gantt chart: every status with its colour, pattern and name,
/// so a printed page can be read without the screen.
struct GanttLegend {
    let width: Double
    let top: Double
    let showToday: Bool

    private static let swatch = 14.0
    private static let lineHeight = 20.0

    private var labels: [String] {
        SubActionStatus.allCases.map(\.label) + ["années non renseignées"] + (showToday ? ["aujourd'hui"] : [])
    }

    private var positions: [(x: Double, y: Double)] {
        PilotageSVG.flow(widths: labels.map { Self.swatch + 6 + PilotageSVG.approximateWidth($0, fontSize: 11) + 18 },
                         maxWidth: width - 16, left: 8, top: top, lineHeight: Self.lineHeight)
    }

    var bottom: Double { (positions.last?.y ?? top) + Self.lineHeight }

    func svg(idPrefix: String) -> String {
        let n = PilotageSVG.num, s = Self.swatch
        var out = ["<g font-size=\"11\"><title>Légende</title>"]
        for (index, (label, pos)) in zip(labels, positions).enumerated() {
            let textX = pos.x + s + 6, textY = pos.y + 11
            if index < SubActionStatus.allCases.count {
                let status = SubActionStatus.allCases[index]
                out.append(PilotageSVG.statusRect(x: pos.x, y: pos.y, width: s, height: s, status: status, idPrefix: idPrefix))
            } else if label == "années non renseignées" {
                out.append("<rect x=\"\(n(pos.x))\" y=\"\(n(pos.y))\" width=\"\(n(s))\" height=\"\(n(s))\" "
                    + "fill=\"url(#\(PilotageSVG.escape(idPrefix))-pat-unknown)\" stroke=\"#5F6B7A\" stroke-dasharray=\"3 2\"/>")
            } else {
                out.append(GanttRenderer.vLine(pos.x + s / 2, from: pos.y - 1, to: pos.y + s + 1, color: "#B00020", dashed: true, width: 2))
            }
            out.append("<text x=\"\(n(textX))\" y=\"\(n(textY))\">\(PilotageSVG.escape(label))</text>")
        }
        out.append("</g>")
        return out.joined(separator: "\n")
    }
}

extension PilotageSVG {
    /// Left-to-right placement that wraps to a new line when an item would overflow.
    static func flow(widths: [Double], maxWidth: Double, left: Double, top: Double, lineHeight: Double) -> [(x: Double, y: Double)] {
        var x = left, y = top
        var out: [(x: Double, y: Double)] = []
        for w in widths {
            if x > left && x + w > left + maxWidth {
                x = left
                y += lineHeight
            }
            out.append((x, y))
            x += w
        }
        return out
    }
}
