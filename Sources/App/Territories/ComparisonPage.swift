import CTGCore
import Vapor

/// What `territoires.leaf` shows: one column per territory, rows lined up by `TerritoryComparison`.
struct ComparisonPage: Encodable {
    struct Cell: Encodable {
        var text: String
        var progress: ProgressBar?
    }
    struct Row: Encodable {
        var label: String
        var cells: [Cell]
    }
    struct Column: Encodable {
        var name: String
        var href: String
        var departement: String
        var period: String
        var overall: ProgressBar?
        var lateFiches: [Layout.Link]
        var lateSummary: String
        var values: [String]
        var valuesSummary: String
    }

    var layout: Layout
    var scopeLabel: String
    var columns: [Column]
    var axeRows: [Row]

    init(layout: Layout, scopeLabel: String, table: TerritoryComparison) {
        self.layout = layout
        self.scopeLabel = scopeLabel
        columns = table.columns.map { column in
            let ref = TerritoryRef(slug: column.key)
            return Column(
                name: column.name, href: ref.path(.home), departement: column.departement,
                period: column.period ?? "aucune convention",
                overall: column.overall.map { ProgressBar($0, label: "Avancement de la convention de \(column.name)") },
                lateFiches: column.lateFiches.map { Layout.Link(label: $0, href: ref.path(.fiche(code: $0))) },
                lateSummary: FrenchCount.phrase(column.lateFiches.count, "fiche en retard", "fiches en retard"),
                values: TerritoryComparison.recent(column).map { "\($0.label) (fiche \($0.ficheCode)) : \($0.value) en \($0.year)" },
                valuesSummary: FrenchCount.phrase(column.latestValues.count, "indicateur renseigné", "indicateurs renseignés")
                    + " sur \(column.indicatorCount)")
        }
        let names = table.columns.map(\.name)
        // Rows are the axe numbers some territory has (1, 2, 4…), not positions: label by number.
        axeRows = table.axeRows.map { cells in
            let number = cells.compactMap { $0?.number }.first ?? 0
            return Row(label: "Axe \(number)", cells: zip(cells, names).map { axe, name in
                guard let axe else { return Cell(text: "—", progress: nil) }
                return Cell(text: axe.title, progress: ProgressBar(axe.progress, label: "Avancement de l'axe \(axe.number) de \(name)"))
            })
        }
    }
}
