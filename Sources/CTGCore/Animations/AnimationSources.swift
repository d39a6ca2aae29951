import Foundation

/// The computed sources the animations feed beyond the two standard ones (issue 10):
/// attendance rate, communes of origin (fiche 4-2-1) and monthly regularity (fiche 2-2-1-A).
public enum AnimationSources {
    public static let attendanceRate = "animations.attendanceRate"
    public static let communes = "animations.communes"
    public static let regularity = "animations.regularity"

    /// Adds the sources to `registry`; `today` (asked at each evaluation, so a server running
    /// for months stays right) bounds the months elapsed of the current year.
    public static func register(into registry: inout ComputedIndicatorRegistry,
                                today: @escaping @Sendable () -> (year: Int, month: Int)) {
        registry.register(ComputedSource(
            id: attendanceRate, label: "Taux de présence aux animations",
            ruleDescription: "Moyenne, sur les animations de l'année dont les présences sont saisies, de la part des places confirmées effectivement présentes.",
            kind: .rate), rule: .averageInYear)
        registry.register(ComputedSource(
            id: communes, label: "Nombre de communes d'origine des participants",
            ruleDescription: "Nombre de communes de résidence différentes parmi les inscrits présents et les participants non inscrits de l'année.",
            kind: .count), rule: distinctLabelsInYear)
        registry.register(ComputedSource(
            id: regularity, label: "Régularité mensuelle des animations",
            ruleDescription: "Mois ayant eu au moins une animation, rapportés aux mois écoulés de l'année.",
            kind: .rate), rule: monthlyRegularity(today: today))
    }

    /// Distinct record labels of the year (each record's label is a commune).
    public static let distinctLabelsInYear = ComputedRule { records, year in
        let used = records.filter { $0.year == year }
        return (Double(Set(used.map(\.label)).count), used)
    }

    /// Records are dated events; the value is in percentage points, like every rate.
    public static func monthlyRegularity(today: @escaping @Sendable () -> (year: Int, month: Int)) -> ComputedRule {
        ComputedRule { records, year in
            let current = today()
            let used = records.filter { $0.year == year && $0.date != nil }
            let months = used.compactMap(\.date).map { (year: $0.year, month: $0.month) }
            let result = MonthlyRegularity.rate(eventMonths: months, year: year, today: current)
            return (result.rate.map { $0 * 100 }, used.filter { ($0.date?.month ?? 13) <= result.elapsed })
        }
    }
}
