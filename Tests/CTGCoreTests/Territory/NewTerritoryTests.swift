import CTGCore
import Testing

@Suite struct NewTerritoryTests {
    private func check(name: String = "Communauté de communes des Hautes Brandes", siren: String = "200 069 177",
                       departement: String = "72", slug: String? = nil, takenSlugs: Set<String> = [],
                       takenSirens: Set<String> = []) -> Result<NewTerritory, NewTerritory.Refusal> {
        NewTerritory.check(name: name, siren: siren, departement: departement, slug: slug,
                           takenSlugs: takenSlugs, takenSirens: takenSirens)
    }

    @Test func aWellTypedTerritoryPasses() throws {
        let territory = try check().get()
        #expect(territory.siren == "200069177")
        #expect(territory.departement.name == "Sarthe")
        #expect(territory.slug == "hautes-brandes")
    }

    @Test func theSlugIsProposedClearOfTakenOnes() throws {
        #expect(try check(takenSlugs: ["hautes-brandes"]).get().slug == "hautes-brandes-2")
        #expect(try check(slug: "brandes-72").get().slug == "brandes-72")
    }

    @Test func aSirenWithAWrongKeyIsRefused() {
        guard case .failure(let refusal) = check(siren: "200069178") else { Issue.record("accepté"); return }
        #expect(refusal.problems == ["Le SIREN « 200069178 » est invalide : sa clé de contrôle (algorithme de Luhn) est fausse."])
    }

    @Test func everyProblemIsToldAtOnce() {
        guard case .failure(let refusal) = check(name: " ", siren: "12345", departement: "20", slug: "Mon Territoire") else {
            Issue.record("accepté"); return
        }
        #expect(refusal.problems.count == 4, "\(refusal.problems)")
        #expect(refusal.problems[0] == "Indiquez le nom du territoire.")
        #expect(refusal.problems[1].hasPrefix("Le SIREN « 12345 » doit comporter exactement 9 chiffres"))
        #expect(refusal.problems[2] == "Le département « 20 » n'existe pas : choisissez-le dans la liste.")
        #expect(refusal.problems[3].hasPrefix("L'adresse « Mon Territoire » n'est pas valable"))
    }

    @Test func takenAndReservedSlugsAndTakenSirensAreRefused() {
        #expect(NewTerritory.slugProblem("admin", taken: []) ==
                "L'adresse « admin » est réservée au site (pages communes à tous les territoires) : choisissez-en une autre.")
        #expect(NewTerritory.slugProblem("val-vert", taken: ["val-vert"]) == "L'adresse « val-vert » est déjà celle d'un autre territoire.")
        #expect(NewTerritory.slugProblem("val-vert", taken: []) == nil)
        guard case .failure(let refusal) = check(takenSirens: ["200069177"]) else { Issue.record("accepté"); return }
        #expect(refusal.problems == ["Un territoire de SIREN « 200069177 » existe déjà."])
    }
}
