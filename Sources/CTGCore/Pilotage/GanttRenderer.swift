/// Server-made Gantt chart of the sous-actions: no JavaScript, prints as is.
public enum GanttRenderer {
    static let headerHeight = 30.0
    static let groupHeight = 26.0
    static let rowHeight = 24.0

    /// - Parameters:
    ///   - today: draws a dashed "aujourd'hui" line when it falls inside `years`.
    ///   - idPrefix: must be unique per page when several SVGs are inlined (ids are global in HTML).
    public static func svg(rows: [GanttRow], years: ClosedRange<Int> = 2022...2025, today: PilotageDate? = nil,
                           title: String = "Calendrier des sous-actions", idPrefix: String = "gantt",
                           width: Double = 960) -> String {
        let labelWidth = min(340, width * 0.4)
        let colWidth = (width - labelWidth - 12) / Double(years.count)
        let groups = GanttRow.groups(rows)
        let bodyHeight = Double(groups.count) * groupHeight + Double(rows.count) * rowHeight
        let gridBottom = headerHeight + max(bodyHeight, rowHeight)
        let legend = GanttLegend(width: width, top: gridBottom + 16, showToday: today.map { years.contains($0.year) } ?? false)
        let height = legend.bottom + 8
        func columnX(_ year: Int) -> Double { labelWidth + Double(year - years.lowerBound) * colWidth }

        var out = [PilotageSVG.open(width: width, height: height, idPrefix: idPrefix, title: title,
                                    desc: description(rows: rows, groups: groups.count, years: years)),
                   PilotageSVG.patternDefs(idPrefix: idPrefix)]
        // Year header and grid first, so bars are drawn over the lines.
        for year in years {
            let x = columnX(year)
            out.append("<text x=\"\(PilotageSVG.num(x + colWidth / 2))\" y=\"20\" text-anchor=\"middle\" font-weight=\"bold\">\(year)</text>")
            out.append(vLine(x, from: headerHeight - 4, to: gridBottom, color: PilotageSVG.gridColor))
        }
        out.append(vLine(columnX(years.upperBound + 1), from: headerHeight - 4, to: gridBottom, color: PilotageSVG.gridColor))
        if rows.isEmpty {
            out.append("<text x=\"8\" y=\"\(PilotageSVG.num(headerHeight + 16))\">Aucune sous-action à afficher.</text>")
        }

        var y = headerHeight
        for group in groups {
            out.append("<rect x=\"0\" y=\"\(PilotageSVG.num(y))\" width=\"\(PilotageSVG.num(width))\" height=\"\(PilotageSVG.num(groupHeight))\" fill=\"#E8ECF1\"/>")
            let heading = PilotageSVG.truncate(group.heading, to: Int(width / 7.5))
            out.append("<text x=\"8\" y=\"\(PilotageSVG.num(y + 17))\" font-weight=\"bold\" font-size=\"13\">\(PilotageSVG.escape(heading))</text>")
            y += groupHeight
            for (index, row) in group.rows.enumerated() {
                out.append(rowSVG(row, y: y, zebra: index % 2 == 1, width: width, labelWidth: labelWidth,
                                  colWidth: colWidth, years: years, idPrefix: idPrefix, columnX: columnX))
                y += rowHeight
            }
        }
        if let today, years.contains(today.year) {
            let x = columnX(today.year) + today.fractionOfYear * colWidth
            out.append("<g><title>\(PilotageSVG.escape("Aujourd'hui : " + today.frenchDescription))</title>"
                + vLine(x, from: headerHeight - 4, to: gridBottom, color: "#B00020", dashed: true, width: 2) + "</g>")
        }
        out.append(legend.svg(idPrefix: idPrefix))
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    static func rowSVG(_ row: GanttRow, y: Double, zebra: Bool, width: Double, labelWidth: Double, colWidth: Double,
                       years: ClosedRange<Int>, idPrefix: String, columnX: (Int) -> Double) -> String {
        let n = PilotageSVG.num
        var parts = ["<g><title>\(PilotageSVG.escape(rowTooltip(row)))</title>"]
        if zebra {
            parts.append("<rect x=\"0\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(rowHeight))\" fill=\"#F6F7F9\"/>")
        }
        let maxChars = Int((labelWidth - 16) / 6.6)
        let title = PilotageSVG.truncate(row.title, to: max(8, maxChars - row.codeLabel.count - 1))
        parts.append("<text x=\"8\" y=\"\(n(y + 16))\"><tspan font-weight=\"bold\">\(PilotageSVG.escape(row.codeLabel))</tspan> \(PilotageSVG.escape(title))</text>")
        let barY = y + 4, barHeight = rowHeight - 8
        if row.plannedYears.isEmpty {
            let x = columnX(years.lowerBound) + 3, w = colWidth * Double(years.count) - 6
            parts.append("<rect x=\"\(n(x))\" y=\"\(n(barY))\" width=\"\(n(w))\" height=\"\(n(barHeight))\" rx=\"2\" "
                + "fill=\"url(#\(PilotageSVG.escape(idPrefix))-pat-unknown)\" stroke=\"#5F6B7A\" stroke-dasharray=\"4 3\"/>")
            parts.append("<text x=\"\(n(x + w / 2))\" y=\"\(n(barY + 12))\" text-anchor=\"middle\" font-size=\"11\" "
                + "stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\">années non renseignées</text>")
        }
        for year in Set(row.plannedYears).sorted() where years.contains(year) {
            let status = row.status(in: year)
            let x = columnX(year) + 3, w = colWidth - 6
            parts.append("<g><title>\(PilotageSVG.escape("\(row.codeLabel) — \(year) : \(status.label)"))</title>"
                + PilotageSVG.statusRect(x: x, y: barY, width: w, height: barHeight, status: status, idPrefix: idPrefix))
            if PilotageSVG.approximateWidth(status.label, fontSize: 10) < w - 4 {
                parts.append("<text x=\"\(n(x + w / 2))\" y=\"\(n(barY + 11.5))\" text-anchor=\"middle\" font-size=\"10\" fill=\"#FFFFFF\" \(PilotageSVG.halo(status.color))>\(PilotageSVG.escape(status.label))</text>")
            }
            parts.append("</g>")
        }
        parts.append("</g>")
        return parts.joined()
    }

    static func rowTooltip(_ row: GanttRow) -> String {
        let when = row.plannedYears.isEmpty ? "années non renseignées"
            : Set(row.plannedYears).sorted().map(String.init).joined(separator: ", ")
        return "\(row.codeLabel) — \(row.title) (\(when)) : \(row.status.label)"
    }

    static func description(rows: [GanttRow], groups: Int, years: ClosedRange<Int>) -> String {
        let unknown = rows.filter { $0.plannedYears.isEmpty }.count
        let plural = rows.count > 1 ? "s" : ""
        var text = "Diagramme de Gantt de \(rows.count) sous-action\(plural) (\(groups) axe\(groups > 1 ? "s" : "")), "
            + "de \(years.lowerBound) à \(years.upperBound). Chaque barre marque une année prévue et porte le statut de la sous-action cette année-là."
        if unknown > 0 {
            text += " \(unknown) sous-action\(unknown > 1 ? "s n'ont" : " n'a") pas d'années renseignées (bande hachurée)."
        }
        return text + " Le tableau associé reprend les mêmes informations."
    }

    static func vLine(_ x: Double, from y1: Double, to y2: Double, color: String, dashed: Bool = false, width: Double = 1) -> String {
        let n = PilotageSVG.num
        return "<line x1=\"\(n(x))\" y1=\"\(n(y1))\" x2=\"\(n(x))\" y2=\"\(n(y2))\" stroke=\"\(color)\" stroke-width=\"\(n(width))\""
            + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>"
    }
}
