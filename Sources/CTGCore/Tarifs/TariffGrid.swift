/// How a grid turns a QF into a price.
public enum TariffScheme: Equatable, Sendable {
    /// Brackets by QF, each with its own prices.
    case brackets([QFBracket])
    /// A taux d'effort per unit; a unit without a rate is not offered.
    case linear([TariffUnit: LinearRate])
}

/// The prices of one accueil de loisirs (or the coordinateur's harmonised draft) for a period.
public struct TariffGrid: Equatable, Sendable {
    public var scheme: TariffScheme
    /// Added to every price for a family living outside the territory; 0 when there is none.
    public var outsideSupplement: Int
    public var validFrom: CivilDate?
    public var validUntil: CivilDate?

    public init(scheme: TariffScheme, outsideSupplement: Int = 0, validFrom: CivilDate? = nil, validUntil: CivilDate? = nil) {
        self.scheme = scheme; self.outsideSupplement = outsideSupplement
        self.validFrom = validFrom; self.validUntil = validUntil
    }

    /// The price a family of that QF pays for the unit; nil when the grid does not price it
    /// (no bracket holds the QF, or the unit is not offered).
    public func price(qf: Int, unit: TariffUnit, outside: Bool = false) -> Int? {
        let base: Int?
        switch scheme {
        case .brackets(let brackets): base = brackets.first { $0.contains(qf) }?.prices[unit]
        case .linear(let rates): base = rates[unit]?.price(qf: qf)
        }
        return base.map { $0 + (outside ? outsideSupplement : 0) }
    }

    /// The units the grid prices somewhere, in the usual order.
    public var units: [TariffUnit] {
        switch scheme {
        case .brackets(let brackets): TariffUnit.allCases.filter { unit in brackets.contains { $0.prices[unit] != nil } }
        case .linear(let rates): TariffUnit.allCases.filter { rates[$0] != nil }
        }
    }

    /// Whether the grid applies on some day of the year (open validity bounds apply always).
    public func applies(in year: Int) -> Bool {
        if let validFrom, validFrom.year > year { return false }
        if let validUntil, validUntil.year < year { return false }
        return true
    }

    /// Whether the grid applies on that day.
    public func applies(on day: CivilDate) -> Bool {
        if let validFrom, validFrom > day { return false }
        if let validUntil, validUntil < day { return false }
        return true
    }
}
