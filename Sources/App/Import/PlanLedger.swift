import CTGCore
import Fluent
import SQLKit

/// What one convention holds, as keys per kind of row, read before and after an
/// import (inside its transaction) to count what the import removed, cascades
/// included. Rows with follow-up data are counted by id; organisation links and
/// funders, which the writer rebuilds on every import, by their content.
struct PlanLedger {
    struct Kind: Sendable {
        var singular: String
        var plural: String
        var feminine: Bool
        /// Losing one of these loses something people typed, not just document text.
        var followUp: Bool
        var table: String
        /// The key selected for each row, as text; `nil` for the row's id.
        var key: String? = nil
        var condition: String? = nil
    }

    static let kinds: [Kind] = [
        Kind(singular: "axe", plural: "axes", feminine: false, followUp: false, table: "axes"),
        Kind(singular: "objectif", plural: "objectifs", feminine: false, followUp: false, table: "objectifs"),
        Kind(singular: "fiche", plural: "fiches", feminine: true, followUp: false, table: "actions"),
        Kind(singular: "sous-action", plural: "sous-actions", feminine: true, followUp: false, table: "sous_actions"),
        Kind(singular: "indicateur", plural: "indicateurs", feminine: false, followUp: false, table: "indicators"),
        Kind(singular: "résultat attendu", plural: "résultats attendus", feminine: false, followUp: false,
             table: "expected_results"),
        Kind(singular: "lien avec un organisme", plural: "liens avec des organismes", feminine: false, followUp: false,
             table: "action_organisations", key: "CAST(action_id AS TEXT) || '|' || role || '|' || label"),
        Kind(singular: "financeur", plural: "financeurs", feminine: false, followUp: false,
             table: "sous_action_funders", key: "CAST(sous_action_id AS TEXT) || '|' || label"),
        Kind(singular: "statut", plural: "statuts", feminine: false, followUp: true, table: "sous_action_statuses"),
        Kind(singular: "mesure", plural: "mesures", feminine: true, followUp: true, table: "indicator_measurements"),
        Kind(singular: "cible", plural: "cibles", feminine: true, followUp: true, table: "indicator_targets"),
        Kind(singular: "évaluation de résultat", plural: "évaluations de résultats", feminine: true, followUp: true,
             table: "expected_result_assessments"),
        Kind(singular: "réglage d'indicateur", plural: "réglages d'indicateurs", feminine: false, followUp: true,
             table: "indicators", condition: AddIndicatorSettings.columns.map { "\($0.0.description) IS NOT NULL" }
                .joined(separator: " OR ")),
    ] + ["axes", "objectifs", "actions", "sous_actions"].map {
        Kind(singular: "pondération", plural: "pondérations", feminine: true, followUp: true, table: $0,
             condition: "weight IS NOT NULL")
    }

    /// Per kind (same order as `kinds`), how many rows carry each key.
    var keys: [[String: Int]]

    static func read(conventionID: Int, on db: any Database) async throws -> PlanLedger {
        let sql = try PlanBackup.sqlDatabase(db)
        var keys: [[String: Int]] = []
        for kind in kinds {
            guard let table = PlanTable.named(kind.table) else { continue }
            let key = kind.key ?? "CAST(id AS TEXT)"
            let extra = kind.condition.map { " AND (\($0))" } ?? ""
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: key) AS k FROM \(ident: kind.table) \
                WHERE \(table.scope(conventionID: conventionID))\(unsafeRaw: extra)
                """).all()
            var counts: [String: Int] = [:]
            for row in rows { counts[try row.decode(column: "k", as: String.self), default: 0] += 1 }
            keys.append(counts)
        }
        return PlanLedger(keys: keys)
    }

    func count(_ table: String) -> Int {
        guard let index = Self.kinds.firstIndex(where: { $0.table == table && $0.condition == nil }) else { return 0 }
        return keys[index].values.reduce(0, +)
    }

    var counts: PlanCounts {
        PlanCounts(axes: count("axes"), fiches: count("actions"), subActions: count("sous_actions"),
                   indicators: count("indicators"))
    }

    /// What is in `self` and no longer in `after`.
    func removed(after: PlanLedger) -> ImportLoss {
        var lost: [String: (kind: Kind, count: Int)] = [:]
        for (index, kind) in Self.kinds.enumerated() {
            let gone = keys[index].reduce(0) { $0 + max(0, $1.value - (after.keys[index][$1.key] ?? 0)) }
            lost[kind.singular, default: (kind, 0)].count += gone
        }
        // Kinds in their declared order, the plan first, then what people typed.
        var seen = Set<String>()
        let ordered = Self.kinds.filter { seen.insert($0.singular).inserted }
        return ImportLoss(items: ordered.compactMap { kind in lost[kind.singular].map { ($0.kind, $0.count) } })
    }
}
