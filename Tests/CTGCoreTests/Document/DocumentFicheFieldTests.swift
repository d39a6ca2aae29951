import Testing
@testable import CTGCore

// Names given by general rules: the EPCI named in the document's own text (with the hyphen
// French gives a saint's name in a place), the CAF and the Conseil départemental of the
// département of its ACTES identifier (063).
private let cc = "Communauté de communes du Pays de Saint-Eloy"
private let caf = "CAF du Puy-de-Dôme"
private let cd63 = "Conseil départemental du Puy-de-Dôme"

@Suite("Fiche fields")
struct DocumentFicheFieldTests {
    private typealias FicheHeadings = DocumentParser.FicheHeadings

    @Test func fiche111() throws {
        let a = try DocumentSeed.action("1-1-1")
        #expect(a.title == "Optimiser le taux d'occupation dans les structures petite enfance")
        #expect(a.diagnostic == "Les taux d'occupation des micro crèches sont rarement au-dessus des 75% et assez inégaux sur la semaine")
        #expect(a.audience == "Accueil de Jeunes enfants 0-3 ans")
        #expect(a.leads == [cc, "AFJC"])
        #expect(a.partners == ["Service petite enfance", "AFJC", "PMI"])
        #expect(a.indicators == ["Evolution du taux d'occupation des structures",
                                 "Utilisation de la publicité, site, applications, affichages, articles de presse et autres médias",
                                 "Relais d'informations par les partenaires."])
        #expect(a.expectedResults == ["Augmentation du taux d'occupation des structures",
                                      "Visibilité et connaissance des structures existantes du territoires par la population"])
    }

    @Test func fiche122HeadingsOutOfOrder() throws {
        let a = try DocumentSeed.action("1-2-2")
        #expect(a.audience == nil)
        #expect(a.leads == [cc, "AFJC"])
        #expect(a.partners == ["RPE", "PMI", cd63, "Réseau 63 des RPE"])
        #expect(a.warnings.contains("Fiche 1-2-2 : public ciblé absent du document."))
        #expect(a.indicators == ["Nombre annuel de réunions", "Participations à la journée des assistants maternels"])
        #expect(a.expectedResults.count == 2)
        #expect(a.expectedResults.last == "Créer un réseau des assistants maternels du territoire.")
    }

    @Test func fiche123OneBlockPerHeading() throws {
        let a = try DocumentSeed.action("1-2-3")
        #expect(a.indicators == ["S'appuyer sur une étude d'intérêt et de fiabilité de création de MAM."])
        #expect(a.expectedResults == ["Que les créations ou non de MAM sur le territoire correspondent à une réalité de besoins des professionnels et des familles."])
        #expect(a.partners == ["RPE", "PMI", caf, "Réseau départemental des Relais PE", "Communes du territoire"])
    }

    @Test func fiche211ResultsColumnFromHeader() throws {
        let a = try DocumentSeed.action("2-1-1")
        // "Commune de St Gervais" in the fiche: the commune under the name the fiche gives it.
        #expect(a.leads == [cc, "AFJC", "La Clé des Champs", "Commune de Saint-Gervais"])
        #expect(a.indicators == ["Nombre de formations d'activités et de rencontres communes en fin de CTG.",
                                 "Nivellement des tarifications", "Lancement d'une étude et participation à celle-ci"])
        #expect(a.expectedResults == ["Ouvrir les ALSH les uns aux autres pour le public mais aussi pour les professionnels"])
    }

    @Test func fiche212GluedResultsAreSplitOnTheVerb() throws {
        let a = try DocumentSeed.action("2-1-2")
        #expect(a.expectedResults.count == 2)
        #expect(a.expectedResults.last == "Faciliter l'accès aux informations et documents Enfance Jeunesse")
        #expect(a.partners == ["Service enfance jeunesse et service communication de la CCPSE", "associations partenaires", "DSDEN du Puy-de-Dôme"])
    }

    @Test func fiche222BoldDiagnosticAndVerbResults() throws {
        let a = try DocumentSeed.action("2-2-2")
        let diagnostic = try #require(a.diagnostic)
        #expect(diagnostic.hasPrefix("Le jeune public n'a pas assez conscience"))
        #expect(diagnostic.hasSuffix("fréquentent la médiathèque dans l'année."))
        #expect(!diagnostic.contains("**"))
        #expect(a.leads == [cc])
        #expect(a.indicators.count == 3)
        #expect(a.expectedResults.map { String($0.prefix(10)) } == ["Sécuriser ", "Intéresser"])
    }

    @Test func fiche311ResultOnlyRow() throws {
        let a = try DocumentSeed.action("3-1-1")
        #expect(a.title == "Mettre en place des animations « parentalité »")
        #expect(a.indicators == ["Fréquentions et fréquences des animations", "Nombre de rencontres préparatoires"])
        #expect(a.expectedResults == ["Création d'un réseau « parentalité »", "Pérennité des actions",
                                      "Participation des familles monoparentales."])
        #expect(a.partners == ["Associations partenaires", cc, "MDS", "SMAD", "PMI"])
    }

    @Test func fiche412NounBlocksStayIndicators() throws {
        let a = try DocumentSeed.action("4-1-2")
        #expect(a.indicators == ["Sollicitations des communes du territoire.", "Devis des entreprises et associations du domaine"])
        #expect(a.expectedResults == ["Organiser au moins un chantier par an et assurer une interaction entre jeunes."])
    }

    @Test func fiche421FreeTextLeadsAndHTMLCells() throws {
        let a = try DocumentSeed.action("4-2-1")
        #expect(a.leads == ["Les associations partenaires"])
        #expect(a.audience == "Jeunes de 3 à 17 ans")
        #expect(a.indicators == ["Nombre de participants et secteur d'origine des participants",
                                 "Diversité des thèmes abordés et sollicitations d'autres événements."])
        #expect(a.expectedResults == ["Répondre aux préoccupations des participants et des parents le cas échéants.",
                                      "Proposer des ateliers à destination de tous les publics.", "Aborder des sujets de société."])
        #expect(a.partners.contains(caf) && a.partners.contains("MSA"))
    }

    @Test func noFieldKeepsMarkupOrHeadings() throws {
        for a in try DocumentSeed.actions() {
            let texts = [a.title, a.diagnostic ?? "", a.audience ?? ""] + a.leads + a.partners + a.indicators + a.expectedResults
            for t in texts {
                #expect(!t.contains("<") && !t.contains("**") && !t.contains("\t"), "\(a.code): \(t)")
                #expect(FicheHeadings.match(t) == nil || t.hasPrefix("Diagnostic réalisé"), "\(a.code): \(t)")
            }
        }
    }
}
