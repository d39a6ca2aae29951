import CTGCore
import Vapor

/// A deliberation put on a séance's agenda: the fields shared by the séance form
/// and the "ajouter une délibération" form.
struct AgendaItemForm: Content {
    var number: String?
    var subject: String?
    var actesId: String?
    var pour: String?
    var contre: String?
    var abstentions: String?
    var nePrendPasPart: String?
    var presidentVote: String?
    var secretBallot: String?
    var body: String?
    var matiereCode: String?
    var matiereNom: String?

    var isBlank: Bool {
        [number, subject, actesId, pour, contre, abstentions, nePrendPasPart, body]
            .allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}

/// The agenda item once read: what is saved as a `Deliberation`.
struct AgendaItem {
    var number: String
    var subject: String
    var actesID: String?
    /// Nil while the deliberation is a projet.
    var vote: VoteTally?
    var body: String?
    var matiereCode: String?
    var matiereNom: String?
}

extension RegisterFormFields {
    mutating func agendaItem(_ form: AgendaItemForm, siren: String?) -> AgendaItem {
        AgendaItem(number: required(form.number, "Numéro de la délibération"),
                   subject: required(form.subject, "Objet"),
                   actesID: actes(form.actesId, siren: siren),
                   vote: vote(form), body: text(form.body),
                   matiereCode: matiereCode(form.matiereCode), matiereNom: text(form.matiereNom))
    }

    /// All four counts blank: no vote yet. Otherwise blanks count as zero, but "pour" must be given.
    mutating func vote(_ form: AgendaItemForm) -> VoteTally? {
        let raw = [form.pour, form.contre, form.abstentions, form.nePrendPasPart]
        guard raw.contains(where: { text($0) != nil }) else { return nil }
        let pour = count(form.pour, "Pour")
        if text(form.pour) == nil { fail("Indiquez le nombre de voix « pour » (0 s'il n'y en a aucune).") }
        let president = text(form.presidentVote).flatMap(PresidentVote.init(rawValue:))
        return VoteTally(pour: pour ?? 0, contre: count(form.contre, "Contre") ?? 0,
                         abstentions: count(form.abstentions, "Abstentions") ?? 0,
                         nePrendPasPart: count(form.nePrendPasPart, "Ne prend pas part") ?? 0,
                         presidentVote: president, secretBallot: text(form.secretBallot) != nil)
    }

    /// Level-2 code of the ACTES subject nomenclature, the pattern of the SCDL schema.
    mutating func matiereCode(_ raw: String?) -> String? {
        guard let value = text(raw) else { return nil }
        if value.range(of: #"^\d\.\d{1,2}$"#, options: .regularExpression) != nil { return value }
        fail("Le code matière « \(value) » doit suivre la nomenclature ACTES, par exemple 8.2 ou 1.4.")
        return nil
    }
}
