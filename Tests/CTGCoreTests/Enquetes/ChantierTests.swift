import Testing
@testable import CTGCore

@Suite("Chantiers de jeunes — statuts, demande, indicateurs")
struct ChantierTests {
    @Test func theUsualPathIsAllowed() {
        let path: [ChantierStatus] = [.recue, .etudiee, .devis, .programmee, .realisee]
        for (from, to) in zip(path, path.dropFirst()) { #expect(from.canMove(to: to), "\(from) → \(to)") }
        #expect(ChantierStatus.etudiee.canMove(to: .programmee))
    }

    @Test func skippingAheadIsRefusedInFrench() {
        #expect(!ChantierStatus.recue.canMove(to: .realisee))
        #expect(!ChantierStatus.realisee.canMove(to: .abandonnee))
        #expect(ChantierStatus.recue.refusal(to: .programmee)
            == "Une demande « Reçue » ne peut pas passer à « Programmée » ; elle peut passer à : « Étudiée », « Abandonnée ».")
        #expect(ChantierStatus.devis.refusal(to: .devis) == "La demande est déjà « Devis ».")
    }

    @Test func aRequestIsRead() throws {
        let input = try ChantierRequestInput.read(site: " Lavoir du bourg ", firstDay: "07/07/2025", lastDay: "2025-07-18",
                                                  youngPeople: "12", partner: "Concordia", estimate: "4 500,5").get()
        #expect(input.site == "Lavoir du bourg")
        #expect(input.estimateCents == 450_050)
        #expect(input.lastDay == CivilDate("2025-07-18"))
    }

    @Test func badRequestsAreRefused() {
        guard case .failure(let refusal) = ChantierRequestInput.read(site: "", firstDay: "2025-07-18", lastDay: "2025-07-07",
                                                                      youngPeople: "0", partner: "", estimate: "-300") else {
            Issue.record("accepté"); return
        }
        #expect(refusal.reasons == [
            "Indiquez le lieu du chantier (site, bâtiment, sentier…).",
            "La fin du chantier (07/07/2025) précède son début (18/07/2025).",
            "Le nombre de jeunes est un nombre entier de 1 à 200 (« 0 » reçu).",
            "Le montant du devis s'écrit en euros, par exemple 4 500 ou 4500,50 (« -300 » reçu).",
        ])
    }

    @Test func amountsInCents() {
        #expect(ChantierRequestInput.cents("1200") == 120_000)
        #expect(ChantierRequestInput.cents("1 200,05 €") == 120_005)
        #expect(ChantierRequestInput.cents("12.345") == nil)
        #expect(ChantierRequestInput.cents("abc") == nil)
        #expect(ChantierRequestInput.euros(450_050) == "4\u{202F}500,50\u{00A0}€")
        #expect(ChantierRequestInput.euros(90_000) == "900\u{00A0}€")
    }

    @Test func atLeastOneAYearSaysNoAsWell() throws {
        var registry = ComputedIndicatorRegistry()
        ParticipationSources.register(into: &registry)
        let records = [ComputedRecord(id: "3", label: "Lavoir", year: 2024), ComputedRecord(id: "5", label: "Sentier", year: 2024)]
        #expect(registry.evaluate(ParticipationSources.done, records: records, year: 2024)?.formattedValue == "oui")
        #expect(registry.evaluate(ParticipationSources.done, records: records, year: 2025)?.formattedValue == "non")
        #expect(registry.evaluate(ParticipationSources.requests, records: records, year: 2024)?.value == 2)
    }
}
