import Testing
@testable import CTGCore

@Suite("Organisations")
struct DocumentOrganisationTests {
    private typealias OrganisationList = DocumentParser.OrganisationList

    @Test(arguments: [
        ("CC", "Communauté de communes du Pays de Saint-Eloy"),
        ("CCPSE", "Communauté de communes du Pays de Saint-Eloy"),
        ("Communauté de communes", "Communauté de communes du Pays de Saint-Eloy"),
        ("Communauté de Communes", "Communauté de communes du Pays de Saint-Eloy"),
        ("Communauté de communes de communes", "Communauté de communes du Pays de Saint-Eloy"),
        ("Communauté de communes de communes (CCPSE)", "Communauté de communes du Pays de Saint-Eloy"),
        ("Communauté de Communes du pays de saint Eloy", "Communauté de communes du Pays de Saint-Eloy"),
        ("La clé des champs", "La Clé des Champs"),
        ("La Clé des Champs", "La Clé des Champs"),
        ("AFJC", "AFJC"),
        ("Commune de St Gervais", "Commune de Saint-Gervais-d'Auvergne"),
        ("Commune de Saint Gervais", "Commune de Saint-Gervais-d'Auvergne"),
        ("mairie de St Gervais", "Commune de Saint-Gervais-d'Auvergne"),
        ("CAF", "CAF du Puy-de-Dôme"),
        ("Conseil Départemental 63", "Conseil départemental du Puy-de-Dôme"),
        ("Département 63", "Conseil départemental du Puy-de-Dôme"),
        ("Région AURA", "Région Auvergne-Rhône-Alpes"),
        ("Education Nationale", "Éducation nationale"),
    ])
    func aliasResolution(raw: String, canonical: String) {
        #expect(OrganisationCatalog.canonicalName(for: raw) == canonical)
    }

    @Test func unknownBodiesAreNotGuessed() {
        for raw in ["Service petite enfance", "associations partenaires", "Communes du territoire", "Commune", "Réseau 63 des RPE"] {
            #expect(OrganisationCatalog.canonicalName(for: raw) == nil, "\(raw)")
        }
    }

    @Test func catalogIsConsistent() {
        let names = OrganisationCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        for org in OrganisationCatalog.all {
            for spelling in [org.name] + org.aliases {
                #expect(OrganisationCatalog.canonicalName(for: spelling) == org.name, "\(spelling) → \(org.name)")
            }
        }
        #expect(OrganisationCatalog.all.first { $0.name == "CAF du Puy-de-Dôme" }?.kind == .caf)
        #expect(OrganisationCatalog.all.first { $0.name.hasPrefix("Communauté") }?.kind == .epci)
    }

    @Test func listSplittingKeepsHyphenatedNames() {
        #expect(OrganisationList.parse(["RPE – PMI -Département 63 -Réseau 63 des RPE"]).names
                == ["RPE", "PMI", "Conseil départemental du Puy-de-Dôme", "Réseau 63 des RPE"])
        #expect(OrganisationList.split(["Karine BOURNAT-GONZALEZ - Saint-Eloy-les-Mines"]).items
                == ["Karine BOURNAT-GONZALEZ", "Saint-Eloy-les-Mines"])
        #expect(OrganisationList.parse(["Service petite enfance- AFJC - PMI"]).names == ["Service petite enfance", "AFJC", "PMI"])
        #expect(OrganisationList.parse(["Communauté de communes de communes (CCPSE)", " AFJC", " La Clé des Champs"]).names
                == ["Communauté de communes du Pays de Saint-Eloy", "AFJC", "La Clé des Champs"])
    }

    @Test func wrappedLinesInDelimitedLists() {
        // "REAPP\n63" is one name cut by the line; "…PE -\nCommunes" is two.
        #expect(OrganisationList.parse(["Familles du territoire - CCPSE – REAPP", "63 -autres LAEP - PMI"]).names
                == ["Familles du territoire", "Communauté de communes du Pays de Saint-Eloy", "REAPP 63", "autres LAEP", "PMI"])
        #expect(OrganisationList.parse(["RPE – CAF -Réseau départemental des Relais PE -", "Communes du territoire"]).names
                == ["RPE", "CAF du Puy-de-Dôme", "Réseau départemental des Relais PE", "Communes du territoire"])
    }

    @Test func trailingSeparatorAndDeduplication() {
        let r = OrganisationList.parse(["CAF + MSA +"])
        #expect(r.names == ["CAF du Puy-de-Dôme", "MSA"])
        #expect(r.trailingSeparator == "+")
        #expect(OrganisationList.parse(["CC + CCPSE + Communauté de communes"]).names == ["Communauté de communes du Pays de Saint-Eloy"])
        #expect(OrganisationList.parse(["CAF MSA"]).names == ["CAF du Puy-de-Dôme", "MSA"])
        #expect(OrganisationList.parse(["CAF"]).trailingSeparator == nil)
    }
}
