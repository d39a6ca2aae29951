import CTGCore
import Foundation

/// The settings form of an indicator, checked. Field names are the form's.
struct IndicatorSettingsInput: Equatable {
    var kind: IndicatorKind
    var unit: String?
    var baseline: Double?
    var baselineDate: PilotageDate?
    var periodicity: Periodicity
    var direction: TargetDirection
    var computedSource: String?
    var targets: [Int: Double]

    /// Target fields are named `target_2023`; a blank one clears that year's target.
    static func targetField(_ year: Int) -> String { "target_\(year)" }

    static func read(_ form: [String: String], years: [Int], sources: ComputedSources,
                     check: inout FormCheck) -> IndicatorSettingsInput? {
        var kind = IndicatorKind(rawValue: form["kind"] ?? "")
        if kind == nil { check.fail("Type : choisissez nombre, taux, oui / non ou qualitatif.") }
        let source = check.text(form["computed_source"])
        if let source {
            if let known = sources.registry.source(id: source) {
                // A computed value has its source's kind: a count of animations cannot be a rate.
                kind = known.kind
            } else {
                check.fail("Source calculée : « \(source) » n'est pas une source connue.")
            }
        }
        let periodicity = Periodicity(rawValue: form["periodicity"] ?? Periodicity.annuelle.rawValue)
        if periodicity == nil { check.fail("Périodicité : valeur inconnue.") }
        let direction = TargetDirection(rawValue: form["direction"] ?? TargetDirection.atLeast.rawValue)
        if direction == nil { check.fail("Sens de la cible : valeur inconnue.") }
        guard let kind else { return nil }

        let baseline = check.value(form["baseline"], kind: kind, field: "Valeur de référence")
        let baselineDate = check.date(form["baseline_date"], field: "Date de la valeur de référence")
        var targets: [Int: Double] = [:]
        for year in years {
            targets[year] = check.value(form[targetField(year)], kind: kind, field: "Cible \(year)")
        }
        guard check.errors.isEmpty, let periodicity, let direction else { return nil }
        return IndicatorSettingsInput(kind: kind, unit: kind == .count ? check.text(form["unit"]) : nil,
                                      baseline: baseline, baselineDate: baselineDate, periodicity: periodicity,
                                      direction: direction, computedSource: source, targets: targets)
    }
}

/// One measurement typed in the form, checked against the indicator's kind and the convention's years.
struct MeasurementInput: Equatable {
    var value: Double?
    var text: String?
    var year: Int
    var periodLabel: String
    var date: PilotageDate?
    var source: String?
    var author: String?
    var comment: String?

    static func read(_ form: [String: String], kind: IndicatorKind, years: [Int], defaultAuthor: String,
                     check: inout FormCheck) -> MeasurementInput? {
        let year = check.year(form["year"], within: years)
        var value: Double?
        var text: String?
        if kind == .qualitative {
            text = check.text(form["text"])
            if text == nil { check.fail("Constat : décrivez ce qui a été observé (indicateur qualitatif).") }
        } else {
            value = check.value(form["value"], kind: kind, field: "Valeur")
            if value == nil, check.text(form["value"]) == nil { check.fail("Valeur : indiquez la valeur mesurée.") }
        }
        let date = check.date(form["date"], field: "Date de la mesure")
        if let date, let year, date.year != year {
            check.fail("Date de la mesure : le \(date.frenchDescription) ne tombe pas en \(year).")
        }
        guard check.errors.isEmpty, let year else { return nil }
        return MeasurementInput(value: value, text: text, year: year, periodLabel: check.text(form["period"]) ?? String(year),
                                date: date, source: check.text(form["source"]),
                                author: check.text(form["author"]) ?? defaultAuthor, comment: check.text(form["comment"]))
    }
}

/// A yearly judgement of an expected result.
struct AssessmentInput: Equatable {
    var year: Int
    var status: ExpectedResultStatus
    var comment: String?

    static func read(_ form: [String: String], years: [Int], check: inout FormCheck) -> AssessmentInput? {
        let year = check.year(form["year"], within: years)
        let status = ExpectedResultStatus(rawValue: form["status"] ?? "")
        if status == nil { check.fail("Statut : choisissez atteint, partiellement atteint, non atteint ou non évalué.") }
        guard check.errors.isEmpty, let year, let status else { return nil }
        return AssessmentInput(year: year, status: status, comment: check.text(form["comment"]))
    }
}
