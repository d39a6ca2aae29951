/// A child's age as a family types it into the directory's filter ("3 ans", "18 mois"),
/// turned into the months `AgeRange` counts in. A child "of 3" is anywhere from 36 to
/// 47 months old, so a year becomes an interval, and a structure matches when it serves
/// any part of it.
public enum ChildAge {
    public enum Unit: String, CaseIterable, Sendable {
        case years = "ans"
        case months = "mois"
    }

    /// Families of the directory are looking for children and young adults: beyond 30 years, a typo.
    public static let maxYears = 30

    /// The months a child of that age may be; nil for a negative or implausible age.
    public static func months(_ value: Int, unit: Unit) -> ClosedRange<Int>? {
        switch unit {
        case .years:
            guard (0...maxYears).contains(value) else { return nil }
            return (value * 12)...(value * 12 + 11)
        case .months:
            guard (0...(maxYears * 12)).contains(value) else { return nil }
            return value...value
        }
    }
}

extension AgeRange {
    /// Whether the structure serves some age within `months` (open bounds accept everyone on that side).
    public func overlaps(_ months: ClosedRange<Int>) -> Bool {
        if let minMonths, minMonths > months.upperBound { return false }
        if let maxMonths, maxMonths < months.lowerBound { return false }
        return true
    }

    /// "de 2 mois à 3 ans", "à partir de 11 ans", "tous âges", as families read it.
    public var label: String {
        switch (minMonths, maxMonths) {
        case (nil, nil): return "tous âges"
        case (let low?, nil): return "à partir de \(Self.phrase(low))"
        case (nil, let high?): return "jusqu'à \(Self.phrase(high))"
        case (let low?, let high?): return "de \(Self.phrase(low)) à \(Self.phrase(high))"
        }
    }

    /// Whole years above two years ("3 ans"), months otherwise ("18 mois").
    static func phrase(_ months: Int) -> String {
        if months >= 24, months % 12 == 0 { return "\(months / 12) ans" }
        if months == 12 { return "1 an" }
        return "\(months) mois"
    }
}
