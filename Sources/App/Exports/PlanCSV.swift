import Foundation

/// One row per sous-action, made to open as it is in French Excel:
/// UTF-8 with a byte-order mark, `;` as separator, CRLF line ends.
enum PlanCSV {
    static let header = ["Axe", "Objectif", "Code action", "Titre de l'action", "Code sous-action",
                         "Titre de la sous-action", "Années", "Responsables", "Partenaires", "Personnel", "Financeurs"]

    static func render(_ tree: PlanTree) throws -> Data {
        try CSVExport.render(header: header, rows: rows(tree))
    }

    static func rows(_ tree: PlanTree) -> [[String]] {
        var rows: [[String]] = []
        for axe in tree.axes {
            for objectif in axe.sortedObjectifs {
                for action in objectif.sortedActions {
                    for sub in action.sortedSousActions {
                        rows.append([
                            "Axe \(axe.number)" + (axe.title.map { " — \($0)" } ?? ""),
                            "Objectif \(objectif.number) : \(objectif.title)",
                            action.code, action.title, sub.code ?? "", sub.title,
                            sub.years.map(String.init).joined(separator: ", "),
                            action.leads.map(\.label).joined(separator: ", "),
                            action.partners.map(\.label).joined(separator: ", "),
                            sub.staff ?? "", sub.sortedFunders.map(\.label).joined(separator: ", "),
                        ])
                    }
                }
            }
        }
        return rows
    }
}
