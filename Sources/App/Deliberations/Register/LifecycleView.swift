import CTGCore
import Foundation

/// projet → adoptée / rejetée → transmise → publiée → exécutoire, as steps on the page.
struct LifecycleView: Encodable {
    struct Step: Encodable {
        var label: String
        var detail: String
        var done: Bool
    }

    var stage: String
    var steps: [Step]
    var executoire: Bool
    var rule: String?
    var assumedModeNote: String?
    var error: String?

    init(_ entry: RegisterEntry) {
        let deliberation = entry.deliberation
        let decided = entry.sessionDate.map { FrenchFormat.date($0.description) ?? $0.french } ?? "date inconnue"
        let adopted = entry.check()?.adopted
        let published = FrenchFormat.date(deliberation.publishedOn)
        var steps = [Step(label: "Projet", detail: "Inscrite à l'ordre du jour", done: true)]
        switch adopted {
        case nil: steps.append(Step(label: "Vote", detail: "Vote non enregistré", done: false))
        case true?: steps.append(Step(label: "Adoptée", detail: "Le \(decided)", done: true))
        case false?: steps.append(Step(label: "Rejetée", detail: "Le \(decided)", done: true))
        }
        steps.append(Step(label: "Transmise en préfecture",
                          detail: FrenchFormat.date(deliberation.receivedOn).map { "Accusé de réception du \($0)" } ?? "Pas encore transmise",
                          done: deliberation.receivedOn != nil))
        steps.append(Step(label: "Publiée",
                          detail: published.map { date in
                              "Le \(date) — " + (entry.publicationModeIsAssumed ? "mode non précisé"
                                  : (entry.publicationMode ?? .affichage).label.lowercased())
                          } ?? "Pas encore publiée",
                          done: deliberation.publishedOn != nil))
        assumedModeNote = entry.publicationModeIsAssumed
            ? "Le document ne précise pas le mode de publication : l'affichage est retenu par prudence "
                + "(il ne suffit plus, depuis le 1er juillet 2022, pour un EPCI à fiscalité propre)."
            : nil
        switch entry.lifecycle {
        case .success(let cycle):
            let status = cycle.executory
            stage = cycle.stage.label
            executoire = status.executoire
            rule = adopted == true ? status.rule : nil
            steps.append(Step(label: "Exécutoire",
                              detail: status.since.map { "Depuis le \(FrenchFormat.date($0.description) ?? $0.french)" } ?? "Pas encore exécutoire",
                              done: status.executoire))
            error = nil
        case .failure(let failure):
            stage = "Incohérent"
            executoire = false
            rule = nil
            error = failure.message
            steps.append(Step(label: "Exécutoire", detail: "Indéterminé", done: false))
        }
        self.steps = steps
    }
}
