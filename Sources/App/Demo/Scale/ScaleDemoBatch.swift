import CTGCore
import Foundation
import SQLKit

/// The rows of a batch of generated territories, table by table, in parent-before-child order.
struct ScaleDemoBatch {
    static let tables: [(String, [String])] = [
        ("territories", ["name", "siren", "departement", "kind", "slug"]),
        ("organisations", ["territory_id", "name", "kind", "aliases"]),
        ("conventions", ["territory_id", "title", "caf_name", "signatories", "start_year", "end_year", "source_hash", "source_name"]),
        ("axes", ["convention_id", "number", "title"]),
        ("objectifs", ["axe_id", "number", "title"]),
        ("actions", ["objectif_id", "convention_id", "code", "title", "diagnostic", "audience"]),
        ("action_organisations", ["action_id", "organisation_id", "role", "label", "position"]),
        ("sous_actions", ["action_id", "code", "title", "years", "position"]),
        ("indicators", ["action_id", "label", "position"]),
        ("expected_results", ["action_id", "text", "position"]),
        ("sous_action_statuses", ["sous_action_id", "year", "status", "recorded_on", "created_at"]),
        ("indicator_measurements", ["indicator_id", "value", "period_label", "year", "measured_on", "source", "author", "created_at"]),
        ("deliberations", ["territory_id", "convention_id", "number", "subject", "session_date", "unanimous"]),
        ("audit_entries", ["created_at", "user_email", "territory_id", "convention_id", "entity", "entity_id", "summary"]),
    ]

    private var rows: [String: BulkRows] = [:]
    let now = Date()

    static func start(on sql: any SQLDatabase) async throws -> ScaleDemoBatch {
        var batch = ScaleDemoBatch()
        for (table, columns) in tables {
            batch.rows[table] = BulkRows(table: table, columns: columns, firstID: try await BulkRows.firstFreeID(table, on: sql))
        }
        return batch
    }

    @discardableResult
    mutating func add(_ table: String, _ values: [any Encodable & Sendable]) -> Int {
        rows[table]!.add(values)
    }

    func write(on sql: any SQLDatabase) async throws {
        for (table, _) in Self.tables {
            try await rows[table]!.write(on: sql)
            try await rows[table]!.advanceSequence(on: sql)
        }
    }

    /// One generated territory: its EPCI and CAF as organisations, its convention and plan, a
    /// follow-up (statuses, measurements), the deliberation approving it, and its journal line.
    mutating func add(_ t: SyntheticTerritory, slug: String) {
        let territory = add("territories", [t.name, t.siren, t.departement.code, "epci", slug])
        let epci = add("organisations", [territory, t.name, "epci", ""])
        let cafName = t.departement.cafName
        let caf = add("organisations", [territory, cafName, "caf", ""])
        let title = "Convention Territoriale Globale \(t.startYear)-\(t.endYear)"
        let convention = add("conventions", [territory, title, cafName, t.name + "\n" + cafName, t.startYear, t.endYear,
                                             "demo-\(t.index)", "ctg demo (territoire généré)"])
        var subIndex = 0, indicatorIndex = 0
        for axe in t.plan.axes {
            let axeID = add("axes", [convention, axe.number, axe.title])
            for objective in axe.objectives {
                let objectiveID = add("objectifs", [axeID, objective.number, objective.title])
                for action in objective.actions {
                    let actionID = add("actions", [objectiveID, convention, action.code, action.title, action.diagnostic, action.audience])
                    add("action_organisations", [actionID, epci, "lead", t.name, 0])
                    add("action_organisations", [actionID, caf, "partner", cafName, 1])
                    for (position, sub) in action.subActions.enumerated() {
                        let subID = add("sous_actions", [actionID, sub.code, sub.title, sub.years.map(String.init).joined(separator: ","), position])
                        for entry in t.statuses[subIndex] {
                            add("sous_action_statuses", [subID, entry.year, entry.status.rawValue, "\(entry.year)-12-15", now])
                        }
                        subIndex += 1
                    }
                    for (position, label) in action.indicators.enumerated() {
                        let indicatorID = add("indicators", [actionID, label, position])
                        for entry in t.measurements[indicatorIndex] {
                            add("indicator_measurements", [indicatorID, entry.value, String(entry.year), entry.year,
                                                           "\(entry.year)-12-31", "données de démonstration", "ctg demo", now])
                        }
                        indicatorIndex += 1
                    }
                    for (position, text) in action.expectedResults.enumerated() {
                        add("expected_results", [actionID, text, position])
                    }
                }
            }
        }
        add("deliberations", [territory, convention, "DEMO-\(t.startYear - 1)-\(t.index)",
                              "Approbation de la \(title)", "\(t.startYear - 1)-12-10", true])
        add("audit_entries", [now, Audit.commandLineAuthor, territory, convention, AuditEntity.territory.rawValue, territory,
                              "Territoire généré par ctg demo (données de démonstration)"])
    }
}
