import Foundation

/// The computed sources of fiches 1-2-1, 1-2-2 and 1-2-3, fed by the RPE's figures per commune
/// and year, its MAM projects and its itinerant sessions (animations run by the relais).
public enum RPESources {
    public static let assistants = "rpe.assistants"
    public static let places = "rpe.places"
    public static let availablePlaces = "rpe.availablePlaces"
    public static let coverage = "rpe.coverage"
    public static let itinerance = "rpe.itinerance"
    public static let mamProjects = "mam.projects"
    public static let mamSteps = "mam.steps"

    /// Suffix of the record ids that carry the children under 3 of a commune (the coverage's denominator).
    public static let childrenSuffix = "-enfants"

    public static func register(into registry: inout ComputedIndicatorRegistry) {
        registry.register(ComputedSource(
            id: assistants, label: "Nombre d'assistants maternels agréés",
            ruleDescription: "Somme, sur les communes saisies par le relais petite enfance pour l'année, des assistants maternels agréés.",
            kind: .count), rule: .sumInYear)
        registry.register(ComputedSource(
            id: places, label: "Places agréées des assistants maternels",
            ruleDescription: "Somme, sur les communes saisies pour l'année, des places agréées des assistants maternels.",
            kind: .count), rule: .sumInYear)
        registry.register(ComputedSource(
            id: availablePlaces, label: "Places déclarées disponibles chez les assistants maternels",
            ruleDescription: "Somme, sur les communes saisies pour l'année, des places que les assistants maternels déclarent libres.",
            kind: .count), rule: .sumInYear)
        registry.register(ComputedSource(
            id: coverage, label: "Taux de couverture par les assistants maternels",
            ruleDescription: "Places agréées pour 100 enfants de moins de 3 ans, sur les communes de l'année dont le nombre d'enfants est connu.",
            kind: .count), rule: coverageRule)
        registry.register(ComputedSource(
            id: itinerance, label: "Séances d'itinérance du relais petite enfance",
            ruleDescription: "Animations non annulées de l'année organisées par un relais petite enfance du territoire, toutes communes confondues.",
            kind: .count), rule: .countInYear)
        registry.register(ComputedSource(
            id: mamProjects, label: "Projets de MAM recensés",
            ruleDescription: "Projets et souhaits de MAM connus à la fin de l'année : ceux dont la première étape datée est de l'année ou d'avant, et les souhaits sans étape datée.",
            kind: .count), rule: knownByYear)
        registry.register(ComputedSource(
            id: mamSteps, label: "Étapes d'accompagnement des projets de MAM",
            ruleDescription: "Étapes franchies dans l'année (information, étude de besoins, local, agrément PMI, aide de la CAF, ouverture).",
            kind: .count), rule: .countInYear)
    }

    /// The records of one commune-year for the coverage: its places and, when known, its children.
    /// A commune without children counts in neither sum, so it cannot inflate the rate.
    public static func coverageRecords(id: String, figures: AMFigures) -> [ComputedRecord] {
        guard let children = figures.childrenUnder3, children > 0 else { return [] }
        return [
            ComputedRecord(id: id, label: "\(figures.commune) \(figures.year) : \(figures.places) places",
                           year: figures.year, value: Double(figures.places)),
            ComputedRecord(id: id + childrenSuffix, label: "\(figures.commune) \(figures.year) : \(children) enfants de moins de 3 ans",
                           year: figures.year, value: Double(children)),
        ]
    }

    /// Σ places ÷ Σ children × 100 over the year: the territory's rate, not a mean of communes' rates.
    public static let coverageRule = ComputedRule { records, year in
        let used = records.filter { $0.year == year && $0.value?.isFinite == true }
        let children = used.filter { $0.id.hasSuffix(childrenSuffix) }.reduce(0) { $0 + ($1.value ?? 0) }
        let places = used.filter { !$0.id.hasSuffix(childrenSuffix) }.reduce(0) { $0 + ($1.value ?? 0) }
        guard children > 0 else { return (nil, []) }
        return (places * 100 / children, used)
    }

    /// Records dated up to the year; year 0 marks an undated wish, known every year.
    public static let knownByYear = ComputedRule { records, year in
        let used = records.filter { $0.year <= year }
        return (Double(used.count), used)
    }
}
