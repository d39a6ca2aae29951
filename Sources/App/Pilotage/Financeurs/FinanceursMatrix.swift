/// Financeurs × fiches-actions, from the "Moyens financiers" cell of each
/// sous-action. A cell counts the sous-actions of the fiche that name the
/// financeur; the totals say how many fiches and sous-actions each one funds.
struct FinanceursMatrix: Encodable, Sendable {
    struct Column: Encodable, Sendable {
        var name: String
        /// Fiches where the financeur appears at least once.
        var fiches: Int
        /// Sous-action lines naming the financeur.
        var subActions: Int
    }

    struct Cell: Encodable, Sendable {
        /// Sous-actions of the fiche naming the financeur ("number": `count` is a Leaf function).
        var number: Int
        var label: String
    }

    struct Row: Encodable, Sendable {
        var code: String
        var title: String
        var href: String
        var cells: [Cell]
    }

    var columns: [Column]
    var rows: [Row]

    /// - Parameter actions: each fiche with, per sous-action, the financeur names of its cell (in plan order).
    static func build(actions: [(code: String, title: String, href: String, subActions: [[String]])]) -> FinanceursMatrix {
        var fiches: [String: Int] = [:]
        var lines: [String: Int] = [:]
        for action in actions {
            let named = action.subActions.map { Set($0) }
            for name in named.reduce(Set<String>(), { $0.union($1) }) { fiches[name, default: 0] += 1 }
            for set in named { for name in set { lines[name, default: 0] += 1 } }
        }
        // Most present financeurs first, so the CAF and the communauté de communes lead the table.
        let names = fiches.keys.sorted {
            (fiches[$0]!, lines[$0]!, $1) > (fiches[$1]!, lines[$1]!, $0)
        }
        let rows = actions.map { action in
            Row(code: action.code, title: action.title, href: action.href, cells: names.map { name in
                let count = action.subActions.filter { $0.contains(name) }.count
                return Cell(number: count, label: count == 0 ? "" : "\(name) : \(count) sous-action\(count > 1 ? "s" : "")")
            })
        }
        return FinanceursMatrix(columns: names.map { Column(name: $0, fiches: fiches[$0]!, subActions: lines[$0]!) }, rows: rows)
    }
}
