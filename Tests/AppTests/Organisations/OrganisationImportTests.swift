@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// The import names each territory's bodies from its own document and national reference
/// data: the seed keeps what it gave, and two invented plans in the Sarthe and the Ain get
/// their own CAF, département, EPCI and organisations, with nothing from the Puy-de-Dôme.
@Suite struct OrganisationImportTests {
    static func fixture(_ name: String) -> String { TestPaths.packageRoot + "/Tests/Fixtures/plans/\(name).txt" }

    static func importFixture(_ name: String, _ app: Application) async throws -> (Territory, Convention, [String: Organisation]) {
        let summary = try await PlanImporter.run(try DocumentSource.load(path: fixture(name)), sourceName: name + ".txt", on: app.db)
        let convention = try #require(try await Convention.find(summary.conventionID, on: app.db))
        let territory = try await convention.$territory.get(on: app.db)
        let rows = try await Organisation.query(on: app.db).filter(\.$territory.$id == territory.requireID()).all()
        return (territory, convention, Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0) }))
    }

    @Test func theSeedsBodiesComeFromGeneralRules() async throws {
        try await withApp { app in
            let territory = try #require(try await Territory.query(on: app.db).first())
            #expect(territory.name == "Communauté de communes du Pays de Saint-Eloy")
            let convention = try #require(try await Convention.query(on: app.db).first())
            #expect(convention.cafName == "CAF du Puy-de-Dôme")
            #expect(convention.startYear == 2022 && convention.endYear == 2025)
            let rows = try await Organisation.query(on: app.db).all()
            let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0) })
            let epci = try #require(byName["Communauté de communes du Pays de Saint-Eloy"])
            #expect(epci.kind == "epci")
            for alias in ["CC", "CCPSE", "Communauté de communes de communes (CCPSE)"] { #expect(epci.aliases.contains(alias), "\(alias)") }
            #expect(byName["Commune de Saint-Gervais"]?.aliases.contains("mairie de St Gervais") == true)
            #expect(byName["La Clé des Champs"]?.aliases == ["La clé des champs"])
            #expect(byName["DSDEN du Puy-de-Dôme"]?.aliases == ["DSDEN"])
            #expect(byName["Région Auvergne-Rhône-Alpes"]?.aliases == ["Région AURA"])
            // Descriptions of several bodies are not organisations.
            #expect(byName["Associations partenaires"] == nil && byName["Communes du territoire"] == nil)
            #expect(rows.count == 26)
        }
    }

    @Test func twoInventedTerritoriesGetTheirOwnBodies() async throws {
        try await withApp { app in
            let (sarthe, sConvention, sOrgs) = try await Self.importFixture("loir-luce-berce-sarthe", app)
            #expect(sarthe.name == "Communauté de communes Loir-Luce-Berce")
            #expect(sarthe.siren == "247200710" && sarthe.departement == "72")
            #expect(sConvention.cafName == "CAF de la Sarthe")
            #expect(sConvention.startYear == 2023 && sConvention.endYear == 2026)
            #expect(Set(sOrgs.keys) == ["Communauté de communes Loir-Luce-Berce", "Commune de Saint-Amand", "Les Petits Loups",
                                         "PMI", "EVS Le Fil", "CAF de la Sarthe", "MSA", "Conseil départemental de la Sarthe",
                                         "Région Pays de la Loire", "RPE", "DSDEN de la Sarthe", "Espace de vie sociale Le Fil",
                                         "Conférence des financeurs"])
            #expect(sOrgs["Communauté de communes Loir-Luce-Berce"]?.aliases.sorted() == ["CC", "CCLLB"])
            #expect(sOrgs["Commune de Saint-Amand"]?.aliases == ["Mairie de St Amand"])
            #expect(sOrgs["Les Petits Loups"]?.aliases == ["Association Les Petits Loups"])
            #expect(sOrgs["Les Petits Loups"]?.kind == "association")
            let warnings = try await ImportWarning.query(on: app.db).filter(\.$convention.$id == sConvention.requireID()).all()
            #expect(warnings.contains { $0.message == "Fiche 1-2-1 : « Commune » ne dit pas de quel organisme il s'agit : rattaché à aucun." && $0.actionCode == "1-2-1" })

            let (ain, aConvention, aOrgs) = try await Self.importFixture("val-de-bresse-ain", app)
            #expect(ain.name == "Communauté de communes du Val de Bresse")
            #expect(ain.siren == "200041002" && ain.departement == "01")
            #expect(aConvention.cafName == "CAF de l'Ain")
            #expect(aConvention.startYear == 2023 && aConvention.endYear == 2026)
            #expect(Set(aOrgs.keys) == ["Communauté de communes du Val de Bresse", "Commune de Sainte-Colombe", "Mission locale",
                                         "Secours populaire", "Éducation nationale", "Familles Rurales 01", "CAF de l'Ain",
                                         "Conseil départemental de l'Ain", "MSA", "Région Auvergne-Rhône-Alpes"])
            #expect(aOrgs["CAF de l'Ain"]?.aliases.sorted() == ["CAF", "CAF 01"])

            for name in Array(sOrgs.keys) + Array(aOrgs.keys) + [sConvention.cafName, aConvention.cafName, sarthe.name, ain.name] {
                #expect(!name.contains("Puy-de-Dôme") && !name.contains("Eloy") && !name.contains("Gervais"), "\(name)")
            }
        }
    }
}
