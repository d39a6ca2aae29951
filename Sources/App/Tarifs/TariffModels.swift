import CTGCore
import Fluent
import Vapor

/// A grid of one ALSH, or the territory's harmonised draft (no structure). See migration 600.
final class TariffGridRow: Model, @unchecked Sendable {
    static let schema = "tariff_grids"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @OptionalParent(key: "structure_id") var structure: Structure?
    /// 1 for the draft, nil for a structure's grid: a unique (territory, draft_key) allows one draft.
    @OptionalField(key: "draft_key") var draftKey: Int?
    /// "tranches" or "taux".
    @Field(key: "mode") var mode: String
    @Field(key: "outside_supplement") var outsideSupplement: Int
    @OptionalField(key: "valid_from") var validFrom: String?
    @OptionalField(key: "valid_until") var validUntil: String?
    /// The typical families' QFs, as typed ("400, 700, 1 000, 1 500"); used on the draft.
    @Field(key: "reference_qfs") var referenceQFs: String
    /// Moves at each save, so a form saved over someone else's newer save is refused.
    @Field(key: "version") var version: Int
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(territoryID: Int, structureID: Int?, isDemo: Bool = false) {
        $territory.id = territoryID
        $structure.id = structureID
        draftKey = structureID == nil ? 1 : nil
        mode = "tranches"; outsideSupplement = 0
        referenceQFs = TariffSimulation.defaultFamilies.map(String.init).joined(separator: ", ")
        version = 0; self.isDemo = isDemo
    }

    var isDraft: Bool { $structure.id == nil }
}

final class TariffBracketRow: Model, @unchecked Sendable {
    static let schema = "tariff_brackets"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "grid_id") var grid: TariffGridRow
    @Field(key: "position") var position: Int
    @Field(key: "lower_qf") var lowerQF: Int
    @Field(key: "lower_inclusive") var lowerInclusive: Bool
    @OptionalField(key: "upper_qf") var upperQF: Int?
    @Field(key: "upper_inclusive") var upperInclusive: Bool
    @OptionalField(key: "price_day_meal") var priceDayMeal: Int?
    @OptionalField(key: "price_day") var priceDay: Int?
    @OptionalField(key: "price_half_day_meal") var priceHalfDayMeal: Int?
    @OptionalField(key: "price_half_day") var priceHalfDay: Int?

    init() {}

    init(gridID: Int, position: Int, _ bracket: QFBracket) {
        $grid.id = gridID; self.position = position
        lowerQF = bracket.lower; lowerInclusive = bracket.lowerInclusive
        upperQF = bracket.upper; upperInclusive = bracket.upperInclusive
        priceDayMeal = bracket.prices[.dayMeal]; priceDay = bracket.prices[.day]
        priceHalfDayMeal = bracket.prices[.halfDayMeal]; priceHalfDay = bracket.prices[.halfDay]
    }

    var bracket: QFBracket {
        var prices: [TariffUnit: Int] = [:]
        prices[.dayMeal] = priceDayMeal; prices[.day] = priceDay
        prices[.halfDayMeal] = priceHalfDayMeal; prices[.halfDay] = priceHalfDay
        return QFBracket(lower: lowerQF, lowerInclusive: lowerInclusive, upper: upperQF, upperInclusive: upperInclusive, prices: prices)
    }
}

final class TariffRateRow: Model, @unchecked Sendable {
    static let schema = "tariff_rates"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "grid_id") var grid: TariffGridRow
    @Field(key: "unit") var unit: String
    @Field(key: "rate_e4") var rateE4: Int
    @Field(key: "floor_price") var floor: Int
    @Field(key: "ceiling_price") var ceiling: Int

    init() {}

    init(gridID: Int, unit: TariffUnit, _ rate: LinearRate) {
        $grid.id = gridID; self.unit = unit.rawValue
        rateE4 = rate.rateE4; floor = rate.floor; ceiling = rate.ceiling
    }
}

/// Units attended in a bracket over the grid's validity (days with meal, half-days…).
final class TariffAttendanceRow: Model, @unchecked Sendable {
    static let schema = "tariff_attendances"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "bracket_id") var bracket: TariffBracketRow
    @Field(key: "unit") var unit: String
    @Field(key: "quantity") var quantity: Int

    init() {}

    init(bracketID: Int, unit: TariffUnit, quantity: Int) {
        $bracket.id = bracketID; self.unit = unit.rawValue; self.quantity = quantity
    }
}
