import Fluent
import Vapor

/// The value an indicator should reach in one year of the convention.
final class IndicatorTarget: Model, @unchecked Sendable {
    static let schema = "indicator_targets"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "indicator_id") var indicator: Indicator
    @Field(key: "year") var year: Int
    /// Raw value, in the indicator kind's unit (percentage points for rates, 1/0 for yes/no).
    @Field(key: "value") var value: Double

    init() {}

    init(indicatorID: Int, year: Int, value: Double) {
        self.$indicator.id = indicatorID
        self.year = year
        self.value = value
    }
}
