import CTGCore
import Foundation

/// An `<option>` of a select.
struct FormOption: Encodable {
    var value: String
    var label: String
    var selected: Bool
}

/// The measurement form, filled with what was typed when a submission is refused.
struct MeasurementFormView: Encodable {
    var action: String
    var years: [FormOption]
    var qualitative: Bool
    /// What the value field accepts, in French.
    var hint: String
    var values: [String: String]
    /// "fiche" when the form sits on the fiche page, so a success returns there.
    var back: String?

    init(visit: IndicatorVisit, typed: [String: String]? = nil, back: String? = nil) {
        let kind = visit.item.series.kind
        let year = typed?["year"] ?? String(visit.defaultYear)
        action = visit.ref.path(.indicatorMeasurements(id: visit.item.id))
        years = visit.years.map { FormOption(value: String($0), label: String($0), selected: String($0) == year) }
        qualitative = kind == .qualitative
        hint = switch kind {
        case .count: "un nombre, par exemple 12 ou 3,5"
        case .rate: "un pourcentage entre 0 et 100, par exemple 72,5"
        case .yes_no: "« oui » ou « non »"
        case .qualitative: "un constat rédigé"
        }
        var values = typed ?? ["author": visit.user.email]
        // Every field present, so the template never meets a missing key.
        for key in ["period", "value", "text", "date", "source", "author", "comment"] where values[key] == nil { values[key] = "" }
        values["csrf"] = nil
        self.values = values
        self.back = back
    }
}

/// The settings form: kind, unit, baseline, periodicity, direction, source, targets.
struct SettingsFormView: Encodable {
    struct TargetField: Encodable {
        var year: Int
        var name: String
        var value: String
    }

    var action: String
    var kinds: [FormOption]
    var periodicities: [FormOption]
    var directions: [FormOption]
    var sources: [FormOption]
    var targets: [TargetField]
    var values: [String: String]

    init(visit: IndicatorVisit, sources registry: ComputedIndicatorRegistry, typed: [String: String]? = nil) {
        let indicator = visit.item.indicator
        let series = visit.item.series
        var values = typed ?? [
            "kind": series.kind.rawValue, "unit": indicator.unit ?? "",
            "baseline": indicator.baselineValue.map { Self.typed($0, series.kind) } ?? "",
            "baseline_date": indicator.baselineDate ?? "", "periodicity": series.periodicity.rawValue,
            "direction": series.direction.rawValue, "computed_source": indicator.computedSource ?? "",
        ]
        if typed == nil {
            for (year, value) in series.targets { values[IndicatorSettingsInput.targetField(year)] = Self.typed(value, series.kind) }
        }
        action = visit.ref.path(.indicatorSettings(id: visit.item.id))
        kinds = IndicatorKind.allCases.map { FormOption(value: $0.rawValue, label: $0.label, selected: values["kind"] == $0.rawValue) }
        periodicities = Periodicity.allCases.map {
            FormOption(value: $0.rawValue, label: $0.label, selected: values["periodicity"] == $0.rawValue)
        }
        directions = [TargetDirection.atLeast, .atMost].map {
            FormOption(value: $0.rawValue, label: $0.label, selected: values["direction"] == $0.rawValue)
        }
        self.sources = [FormOption(value: "", label: "aucune : valeurs saisies à la main", selected: (values["computed_source"] ?? "").isEmpty)]
            + registry.sources.map {
                FormOption(value: $0.id, label: "\($0.label) (\($0.kind.label))", selected: values["computed_source"] == $0.id)
            }
        targets = visit.years.map { year in
            let name = IndicatorSettingsInput.targetField(year)
            return TargetField(year: year, name: name, value: values[name] ?? "")
        }
        for key in ["kind", "unit", "baseline", "baseline_date", "periodicity", "direction", "computed_source"]
        where values[key] == nil { values[key] = "" }
        values["csrf"] = nil
        self.values = values
    }

    /// A stored value as someone would type it back: "72,5", "oui", never "72,5 %" with a narrow space.
    static func typed(_ value: Double, _ kind: IndicatorKind) -> String {
        if kind == .yes_no { return PilotageFormat.yesNo(value) }
        return PilotageFormat.number(value, maxFractionDigits: 6).replacingOccurrences(of: PilotageFormat.groupSeparator, with: "")
    }
}
