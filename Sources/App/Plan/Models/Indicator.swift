import Fluent
import Vapor

/// An "indicateur d'évaluation" line of a fiche. The follow-up work adds its
/// kind, targets and measurements in later migrations.
final class Indicator: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "action_id") var action: PlanAction
    @Field(key: "label") var label: String
    @Field(key: "position") var position: Int
    // Settings of the indicators section (migration 321, Pilotage/Indicateurs); all optional
    // because the import only knows the label. Read them through `Indicator+Settings.swift`.
    @OptionalField(key: "kind") var kindRaw: String?
    @OptionalField(key: "unit") var unit: String?
    @OptionalField(key: "baseline_value") var baselineValue: Double?
    @OptionalField(key: "baseline_date") var baselineDate: String?
    @OptionalField(key: "periodicity") var periodicityRaw: String?
    @OptionalField(key: "target_direction") var directionRaw: String?
    @OptionalField(key: "computed_source") var computedSource: String?
    // End of the indicators section's fields.

    init() {}

    init(actionID: Int, label: String, position: Int) {
        self.$action.id = actionID
        self.label = label
        self.position = position
    }
}

final class ExpectedResult: Model, @unchecked Sendable {
    static let schema = "expected_results"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "action_id") var action: PlanAction
    @Field(key: "text") var text: String
    @Field(key: "position") var position: Int

    init() {}

    init(actionID: Int, text: String, position: Int) {
        self.$action.id = actionID
        self.text = text
        self.position = position
    }
}

/// A warning the import raised, kept so the fiche page can show it where it applies.
final class ImportWarning: Model, @unchecked Sendable {
    static let schema = "import_warnings"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "convention_id") var convention: Convention
    @OptionalField(key: "action_code") var actionCode: String?
    @Field(key: "message") var message: String
    @Field(key: "position") var position: Int
    /// Set when a coordinateur marks the warning dealt with (migration 462): it leaves the pages.
    @OptionalField(key: "resolved_at") var resolvedAt: Date?
    @OptionalField(key: "resolved_by") var resolvedBy: String?
    /// What the coordinateur did about it (migration 540), optional.
    @OptionalField(key: "resolution_comment") var resolutionComment: String?

    init() {}

    init(conventionID: Int, actionCode: String?, message: String, position: Int) {
        self.$convention.id = conventionID
        self.actionCode = actionCode
        self.message = message
        self.position = position
    }
}
