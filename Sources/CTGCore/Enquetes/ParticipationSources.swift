/// The computed sources the surveys and the chantiers de jeunes feed (issue 12): fiche
/// indicators such as 3-1-2 « Diagnostic réalisé et partagé : oui/non » or 4-1-2
/// « Sollicitations des communes » bind to them and show the records used.
public enum ParticipationSources {
    public static let responses = "enquetes.reponses"
    public static let diagnostic = "enquetes.diagnostic"
    public static let audiences = "enquetes.publics"
    public static let requests = "chantiers.sollicitations"
    public static let done = "chantiers.realises"

    public static func register(into registry: inout ComputedIndicatorRegistry) {
        registry.register(ComputedSource(
            id: responses, label: "Nombre de réponses aux enquêtes",
            ruleDescription: "Somme des réponses reçues dans l'année par les enquêtes rattachées à la fiche.",
            kind: .count), rule: .sumInYear)
        registry.register(ComputedSource(
            id: diagnostic, label: "Diagnostic participatif réalisé",
            ruleDescription: "Oui lorsqu'une enquête rattachée à la fiche s'est close dans l'année avec au moins une réponse.",
            kind: .yes_no), rule: atLeastOneInYear)
        registry.register(ComputedSource(
            id: audiences, label: "Nombre de publics consultés (nature des parties prenantes)",
            ruleDescription: "Nombre de publics différents (parents, professionnels, jeunes…) ayant répondu dans l'année aux enquêtes rattachées à la fiche.",
            kind: .count), rule: AnimationSources.distinctLabelsInYear)
        registry.register(ComputedSource(
            id: requests, label: "Sollicitations des communes pour un chantier de jeunes",
            ruleDescription: "Nombre de demandes de chantier reçues des communes dans l'année, quelle que soit leur suite.",
            kind: .count), rule: .countInYear)
        registry.register(ComputedSource(
            id: done, label: "Au moins un chantier de jeunes réalisé",
            ruleDescription: "Oui lorsqu'au moins un chantier de jeunes s'est terminé dans l'année avec le statut « réalisée ».",
            kind: .yes_no), rule: atLeastOneInYear)
    }

    /// 1 (oui) when a record is dated in the year, 0 (non) otherwise: « non » is a real answer.
    public static let atLeastOneInYear = ComputedRule { records, year in
        let used = records.filter { $0.year == year }
        return (used.isEmpty ? 0 : 1, used)
    }
}
