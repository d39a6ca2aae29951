import Foundation

extension PlanSheet {
    /// The plan a spreadsheet describes, laid over `existing` (the convention's plan
    /// today) so that what the columns do not carry (diagnostic, public, indicators,
    /// expected results, outline wordings) stays as it is. Every problem of the file
    /// is returned at once; with any problem there is no plan.
    public static func read(_ table: SheetTable, over existing: ParsedPlan) -> Result<ParsedPlan, PlanSheetProblems> {
        var problems: [SheetProblem] = []
        guard let headerIndex = table.rows.firstIndex(where: { !$0.isBlank }) else {
            return .failure(PlanSheetProblems([SheetProblem(line: nil, "le fichier est vide : il doit commencer par la ligne des titres de colonnes ("
                + header.joined(separator: ", ") + ")")]))
        }
        let columns = locate(table.rows[headerIndex], problems: &problems)
        guard problems.isEmpty else { return .failure(PlanSheetProblems(problems)) }
        var rows: [PlanSheetRow] = []
        for row in table.rows[(headerIndex + 1)...] where !row.isBlank {
            var reader = PlanSheetLineReader(row: row, columns: columns)
            rows.append(reader.read())
            problems += reader.problems
        }
        if rows.isEmpty {
            problems.append(SheetProblem(line: nil, "le fichier n'a aucune ligne sous les titres de colonnes : "
                + "un plan vide n'est pas importé"))
        }
        var assembler = PlanSheetAssembler(existing: existing)
        for row in rows { assembler.add(row) }
        problems += assembler.problems
        guard problems.isEmpty else { return .failure(PlanSheetProblems(problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })) }
        return .success(assembler.plan)
    }

    /// Where each expected column is, by its title (case, accents and spaces forgiven).
    static func locate(_ row: SheetRow, problems: inout [SheetProblem]) -> [Column: Int] {
        var found: [Column: Int] = [:]
        for (index, cell) in row.cells.enumerated() {
            guard let title = cell?.text, let column = Column.allCases.first(where: { key($0.header) == key(title) }) else { continue }
            if found[column] != nil {
                problems.append(SheetProblem(line: row.number, column: column.header, "la colonne figure deux fois"))
            }
            found[column] = index
        }
        for column in Column.allCases where found[column] == nil {
            problems.append(SheetProblem(line: row.number, column: column.header,
                                         "colonne absente : gardez les colonnes de l'export (" + header.joined(separator: ", ") + ")"))
        }
        return found
    }

    static func key(_ title: String) -> String {
        title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .replacingOccurrences(of: "’", with: "'")
            .components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// Every problem of a file, each with its line and column.
public struct PlanSheetProblems: Error, Equatable, Sendable {
    public var problems: [SheetProblem]
    public init(_ problems: [SheetProblem]) { self.problems = problems }
    /// One French line per problem.
    public var lines: [String] { problems.map(\.description) }
}
