import CSV
import Foundation

/// One row per sous-action, made to open as it is in French Excel:
/// UTF-8 with a byte-order mark, `;` as separator, CRLF line ends.
enum PlanCSV {
    static let header = ["Axe", "Objectif", "Code action", "Titre de l'action", "Code sous-action",
                         "Titre de la sous-action", "Années", "Responsables", "Partenaires", "Personnel", "Financeurs"]

    static func render(_ tree: PlanTree) throws -> Data {
        try FrenchCSV.render(header: header, rows: rows(tree))
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

/// The CSV dialect French spreadsheets open without an import wizard.
enum FrenchCSV {
    static func render(header: [String], rows: [[String]]) throws -> Data {
        let writer = try CSVWriter(stream: .toMemory(), delimiter: ";", newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(row: row)
        }
        writer.stream.close()
        guard let body = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw AppError.unavailable("L'export CSV n'a pas pu être produit.")
        }
        return Data([0xEF, 0xBB, 0xBF]) + body
    }
}
