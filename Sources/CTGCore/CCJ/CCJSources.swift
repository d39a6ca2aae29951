/// The computed sources of the youth council (fiche « Conseil communautaire de jeunes »,
/// indicator « Nombre de jeunes souhaitant participer »): candidates and turnout of its elections.
public enum CCJSources {
    public static let candidates = "ccj.candidates"
    public static let turnout = "ccj.turnout"

    public static func register(into registry: inout ComputedIndicatorRegistry) {
        registry.register(ComputedSource(
            id: candidates, label: "Nombre de jeunes candidats au conseil des jeunes",
            ruleDescription: "Nombre de candidats inscrits aux élections du conseil des jeunes dont le vote s'ouvre dans l'année, tous collèges confondus.",
            kind: .count), rule: .countInYear)
        registry.register(ComputedSource(
            id: turnout, label: "Participation aux élections du conseil des jeunes",
            ruleDescription: "Bulletins déposés rapportés aux électeurs inscrits, par élection close dans l'année ; moyenne des élections de l'année.",
            kind: .rate), rule: .averageInYear)
    }
}
