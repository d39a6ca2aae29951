extension GanttRenderer {
    /// The same content as `svg(rows:years:)`, for an HTML table placed next to the chart.
    public static func textAlternative(rows: [GanttRow], years: ClosedRange<Int> = 2022...2025,
                                       caption: String = "Calendrier des sous-actions") -> GanttTable {
        let headers = ["Numéro", "Sous-action"] + years.map(String.init) + ["Statut"]
        let groups = GanttRow.groups(rows).map { group in
            GanttTable.Group(heading: group.heading, rows: group.rows.map { tableRow($0, years: years) })
        }
        return GanttTable(caption: caption, headers: headers, groups: groups)
    }

    static func tableRow(_ row: GanttRow, years: ClosedRange<Int>) -> GanttTable.Row {
        let planned = Set(row.plannedYears)
        let cells = years.map { year -> String in
            if planned.isEmpty { return "non renseigné" }
            return planned.contains(year) ? row.status(in: year).label : "—"
        }
        // Years outside the convention would vanish from the chart; the table says so.
        let outside = planned.filter { !years.contains($0) }.sorted()
        var note: String?
        if planned.isEmpty {
            note = "années non renseignées"
        } else if !outside.isEmpty {
            note = "prévu aussi hors convention : " + outside.map(String.init).joined(separator: ", ")
        }
        return GanttTable.Row(code: row.codeLabel, title: row.title, yearCells: cells,
                              status: row.status.label, note: note)
    }
}
