import Testing
@testable import CTGCore

@Suite("Export SCDL Délibérations")
struct SCDLDeliberationsTests {
    static let saintEloy = SCDLDeliberationInput(
        collectiviteNom: "Communauté de communes du Pays de Saint-Eloy",
        collectiviteSiret: "20007208000000",  // NIC fictif : seul le SIREN figure dans le document
        delibId: "CC2022-04-06",
        delibDate: CivilDate("2022-06-07")!,
        matiereCode: "8.2",
        matiereNom: "domaines de compétences par thèmes/aide sociale",  // classement choisi pour l'exemple
        objet: "Validation de la contractualisation avec la CAF du Puy-de-Dôme via la Convention territoriale globale",
        prefDate: CivilDate("2022-06-20")!,
        voteEffectif: 53, voteReel: 45, votePour: 45, voteContre: 0, voteAbstention: 0)

    @Test("header: the 17 columns of schema 2.1.5, in order")
    func header() {
        #expect(SCDLDeliberations.schemaVersion == "2.1.5")
        #expect(SCDLDeliberations.columns.joined(separator: ",") ==
            "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,"
            + "BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,"
            + "VOTE_ABSTENTION,DELIB_URL")
    }

    @Test("one row: ISO dates, integer counts, empty optional cells")
    func row() {
        let row = SCDLDeliberations.row(for: Self.saintEloy)
        #expect(row.count == SCDLDeliberations.columns.count)
        let cells = Dictionary(uniqueKeysWithValues: zip(SCDLDeliberations.columns, row))
        #expect(cells["DELIB_DATE"] == "2022-06-07")
        #expect(cells["PREF_DATE"] == "2022-06-20")
        #expect(cells["VOTE_EFFECTIF"] == "53")
        #expect(cells["VOTE_REEL"] == "45")
        #expect(cells["VOTE_CONTRE"] == "0")
        #expect(cells["BUDGET_ANNEE"] == "")
        #expect(cells["PREF_ID"] == "")
        #expect(cells["DELIB_URL"] == "")
        #expect(SCDLDeliberations.validate(Self.saintEloy).isEmpty)
    }

    @Test("schema patterns are enforced in French")
    func validation() {
        var bad = Self.saintEloy
        bad.collectiviteSiret = "200072080"
        bad.matiereCode = "8"
        bad.budgetAnnee = "22"
        bad.objet = " "
        let errors = SCDLDeliberations.validate(bad)
        #expect(errors.count == 4)
        #expect(errors.contains("La colonne DELIB_OBJET est obligatoire."))
        #expect(errors.contains { $0.hasPrefix("COLL_SIRET doit comporter 14 chiffres") })
        bad = Self.saintEloy
        bad.budgetAnnee = "2022/2023"
        #expect(SCDLDeliberations.validate(bad).isEmpty)
    }
}
