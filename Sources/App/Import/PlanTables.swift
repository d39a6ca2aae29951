import SQLKit

/// Every table that holds one convention's plan or the follow-up typed on it, in
/// parent-before-child order, each with the SQL that selects the convention's rows.
/// The snapshot and the import's loss count both walk this list, so a new table
/// hanging off the plan (a calendar, a comment thread) is covered by adding one line.
struct PlanTable: Sendable {
    var name: String
    /// The column tying a row to its parent (or to the convention when `parent` is nil).
    var column: String
    var parent: String?
    /// Restored by updating the existing row rather than deleting and re-inserting it:
    /// the convention and its deliberation are referenced from outside the plan
    /// (journal, séances), and deleting them would cascade there.
    var updatedInPlace = false

    static let all: [PlanTable] = [
        PlanTable(name: "conventions", column: "id", parent: nil, updatedInPlace: true),
        PlanTable(name: "deliberations", column: "convention_id", parent: nil, updatedInPlace: true),
        PlanTable(name: "attendances", column: "deliberation_id", parent: "deliberations"),
        PlanTable(name: "import_warnings", column: "convention_id", parent: nil),
        PlanTable(name: "axes", column: "convention_id", parent: nil),
        PlanTable(name: "objectifs", column: "axe_id", parent: "axes"),
        PlanTable(name: "actions", column: "convention_id", parent: nil),
        PlanTable(name: "action_organisations", column: "action_id", parent: "actions"),
        PlanTable(name: "sous_actions", column: "action_id", parent: "actions"),
        PlanTable(name: "sous_action_funders", column: "sous_action_id", parent: "sous_actions"),
        PlanTable(name: "sous_action_statuses", column: "sous_action_id", parent: "sous_actions"),
        PlanTable(name: "indicators", column: "action_id", parent: "actions"),
        PlanTable(name: "indicator_targets", column: "indicator_id", parent: "indicators"),
        PlanTable(name: "indicator_measurements", column: "indicator_id", parent: "indicators"),
        PlanTable(name: "expected_results", column: "action_id", parent: "actions"),
        PlanTable(name: "expected_result_assessments", column: "expected_result_id", parent: "expected_results"),
    ]

    static func named(_ name: String) -> PlanTable? { all.first { $0.name == name } }

    /// `column IN (…)` down to the convention: the condition selecting this table's rows.
    func scope(conventionID: Int) -> SQLQueryString {
        guard let parent, let parentTable = PlanTable.named(parent) else {
            return "\(ident: column) = \(bind: conventionID)"
        }
        return "\(ident: column) IN (SELECT \(ident: "id") FROM \(ident: parent) WHERE \(parentTable.scope(conventionID: conventionID)))"
    }
}
