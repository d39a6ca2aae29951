import Testing
@testable import CTGCore

/// Splitting "A + B – C" lists: by separators only, whatever the bodies are.
@Suite("Organisation lists")
struct DocumentOrganisationTests {
    private typealias OrganisationList = DocumentParser.OrganisationList

    @Test func listSplittingKeepsHyphenatedNames() {
        #expect(OrganisationList.parse(["RPE – PMI -Département 72 -Réseau 72 des RPE"]).names
                == ["RPE", "PMI", "Département 72", "Réseau 72 des RPE"])
        #expect(OrganisationList.split(["Annie MARTEL-DUPRÉ - Saint-Martin-les-Aunes"]).items
                == ["Annie MARTEL-DUPRÉ", "Saint-Martin-les-Aunes"])
        #expect(OrganisationList.parse(["Service jeunesse- Les Petits Loups - PMI"]).names == ["Service jeunesse", "Les Petits Loups", "PMI"])
        #expect(OrganisationList.parse(["Communauté de communes (CCVB)", " Les Petits Loups", " Arc-en-Ciel"]).names
                == ["Communauté de communes (CCVB)", "Les Petits Loups", "Arc-en-Ciel"])
    }

    @Test func wrappedLinesInDelimitedLists() {
        // "REAAP\n72" is one name cut by the line; "…PE -\nCommunes" is two.
        #expect(OrganisationList.parse(["Familles du territoire - CCVB – REAAP", "72 -autres LAEP - PMI"]).names
                == ["Familles du territoire", "CCVB", "REAAP 72", "autres LAEP", "PMI"])
        #expect(OrganisationList.parse(["RPE – CAF -Réseau départemental des Relais PE -", "Communes du territoire"]).names
                == ["RPE", "CAF", "Réseau départemental des Relais PE", "Communes du territoire"])
    }

    @Test func aLostSeparatorBetweenNationalBodiesOnly() {
        let r = OrganisationList.parse(["CAF + MSA +"])
        #expect(r.names == ["CAF", "MSA"])
        #expect(r.trailingSeparator == "+")
        #expect(OrganisationList.parse(["CAF MSA"]).names == ["CAF", "MSA"])
        #expect(OrganisationList.parse(["MSA CAF"]).names == ["MSA", "CAF"])
        // A body whose name happens to hold a national word stays whole.
        #expect(OrganisationList.parse(["MSA Bretagne"]).names == ["MSA Bretagne"])
        #expect(OrganisationList.parse(["Les Petits Loups"]).names == ["Les Petits Loups"])
        #expect(OrganisationList.parse(["CAF"]).trailingSeparator == nil)
    }

    @Test func fundingBodiesAreRecognisedWithoutATerritory() {
        for name in ["CAF", "Conseil départemental", "CD 72", "Mairie de Vauclair", "CCVB", "Région", "MSA"] {
            #expect(OrganisationList.isFundingBody(name), "\(name)")
        }
        for name in ["Animateurs jeunesse", "Les Petits Loups", "PMI", "Coordinatrice CTG"] {
            #expect(!OrganisationList.isFundingBody(name), "\(name)")
        }
    }
}
