import CTGCore
import Fluent
import Vapor

/// One typed measurement of an indicator. Named `MeasurementEntry` because
/// Foundation has `Measurement` and CTGCore has `IndicatorMeasurement`, the
/// plain value this row turns into.
final class MeasurementEntry: Model, @unchecked Sendable {
    static let schema = "indicator_measurements"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "indicator_id") var indicator: Indicator
    @OptionalField(key: "value") var value: Double?
    /// Qualitative indicators carry text; others may add it as a precision.
    @OptionalField(key: "text") var text: String?
    /// As typed: "2023", "1er semestre 2023".
    @Field(key: "period_label") var periodLabel: String
    @Field(key: "year") var year: Int
    /// ISO date the measure refers to, when given; orders measures within a year.
    @OptionalField(key: "measured_on") var measuredOn: String?
    @OptionalField(key: "source") var source: String?
    /// Who provided the figure (defaults to the account that typed it).
    @OptionalField(key: "author") var author: String?
    @OptionalField(key: "author_id") var authorID: Int?
    @OptionalField(key: "comment") var comment: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Bumped by every edit (migration 691); optional so rows kept before it still decode.
    @OptionalField(key: "revision") var revision: Int?

    init() {}

    /// The plain value the series and the bilan read.
    var measurement: IndicatorMeasurement {
        IndicatorMeasurement(value: value, text: text, periodLabel: periodLabel, year: year,
                             date: measuredOn.flatMap(PilotageDate.init(iso:)), source: source,
                             author: author, comment: comment)
    }
}
