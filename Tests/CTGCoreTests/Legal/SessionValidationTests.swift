import Testing
@testable import CTGCore

@Suite("Validation du formulaire de séance")
struct SessionValidationTests {
    /// Replaces the status of one Saint-Eloy member, or appends an entry when absent.
    static func saintEloy(setting member: String, to status: AttendanceStatus,
                          append: Bool = false, edit: (inout SessionFacts) -> Void = { _ in }) -> SessionFacts {
        var facts = SaintEloy.facts
        if append {
            facts.attendance.append(AttendanceEntry(member: member, status: status))
        } else if let index = facts.attendance.firstIndex(where: { $0.member == member }) {
            facts.attendance[index].status = status
        }
        edit(&facts)
        return facts
    }

    @Test("the Saint-Eloy register is accepted as entered")
    func saintEloyIsClean() {
        #expect(SessionValidation.validate(facts: SaintEloy.facts, sessionDate: SaintEloy.sessionDate).isEmpty)
    }

    static let defects: [(String, SessionFacts, String)] = [
        ("pouvoir à un excusé",
         saintEloy(setting: "Guy CHARTOIRE", to: .proxyGiven(to: "Marc BEAUMONT")),
         "Le pouvoir de Guy CHARTOIRE est donné à Marc BEAUMONT, qui n'est pas présent."),
        ("pouvoir à un inconnu",
         saintEloy(setting: "Guy CHARTOIRE", to: .proxyGiven(to: "Jean INCONNU")),
         "Le pouvoir de Guy CHARTOIRE est donné à Jean INCONNU, qui ne figure pas sur la liste d'émargement."),
        ("pouvoir à soi-même",
         saintEloy(setting: "Guy CHARTOIRE", to: .proxyGiven(to: "Guy Chartoire")),
         "Guy CHARTOIRE ne peut pas se donner pouvoir à lui-même."),
        ("suppléant d'un titulaire présent",
         saintEloy(setting: "Marie TARDIVAT", to: .present, append: true) { $0.membersInOffice = 54 },
         "Le suppléant Alain DURIN ne peut pas siéger pour Marie TARDIVAT, qui est présent."),
        ("présent et excusé",
         saintEloy(setting: "Marc BEAUMONT", to: .present, append: true) { $0.membersInOffice = 54 },
         "Marc BEAUMONT est déclaré à la fois présent et excusé."),
        ("suppléant qui est titulaire",
         saintEloy(setting: "Marie TARDIVAT", to: .replacedBySubstitute("Jacques THOMAS")),
         "Jacques THOMAS est conseiller titulaire et ne peut pas siéger comme suppléant de Marie TARDIVAT."),
        ("présents saisis",
         saintEloy(setting: "", to: .present) { $0.declaredPresent = 40 },
         "Le nombre de présents saisi (40) ne correspond pas à la liste d'émargement (39)."),
        ("votants saisis",
         saintEloy(setting: "", to: .present) { $0.declaredVoters = 46 },
         "Le nombre de votants saisi (46) ne correspond pas à la liste d'émargement (45)."),
        ("votes en excès",
         saintEloy(setting: "", to: .present) { $0.vote = VoteTally(pour: 45, contre: 1) },
         "Le total des voix (pour, contre, abstentions et ne prenant pas part : 46) dépasse le nombre de votants (45)."),
        ("votes manquants",
         saintEloy(setting: "", to: .present) { $0.vote = VoteTally(pour: 44) },
         "Le total des voix (pour, contre, abstentions et ne prenant pas part : 44) est inférieur au nombre de votants (45) : chaque votant doit être compté."),
        ("séance avant convocation",
         saintEloy(setting: "", to: .present) { $0.convocationDate = CivilDate("2022-06-08") },
         "La séance du 07/06/2022 ne peut pas précéder sa convocation du 08/06/2022."),
        ("liste incomplète",
         saintEloy(setting: "", to: .present) { $0.membersInOffice = 54 },
         "La liste d'émargement compte 53 membres pour 54 membres en exercice."),
    ]

    @Test("each defect is refused with its French message", arguments: defects)
    func refused(_ label: String, _ facts: SessionFacts, _ message: String) {
        let errors = SessionValidation.validate(facts: facts, sessionDate: SaintEloy.sessionDate)
        #expect(errors.contains(message), "\(label): \(errors)")
        let check = DeliberationRules.check(facts: facts, sessionDate: SaintEloy.sessionDate)
        #expect(!check.valid, "\(label)")
        #expect(check.reasons.contains(message))
    }

    @Test("the form refuses Laurent DUMAS's two proxies once the derogation has ended")
    func proxyLimitAfterDerogation() {
        let errors = SessionValidation.validate(facts: SaintEloy.facts, sessionDate: SaintEloy.afterDerogation)
        #expect(errors == ["Laurent DUMAS détient 2 pouvoirs ; le maximum autorisé est de 1 (Droit commun du CGCT)."])
    }

    @Test("names match without case or accents")
    func nameMatching() {
        let facts = Self.saintEloy(setting: "Guy CHARTOIRE", to: .proxyGiven(to: "  laurent   dumas "))
        #expect(SessionValidation.validate(facts: facts, sessionDate: SaintEloy.sessionDate).isEmpty)
        #expect(SessionTally(facts: facts).proxyHoldings.first { $0.holder == "Laurent DUMAS" }?.count == 2)
    }
}
