import Testing
@testable import CTGCore

/// Which body a name designates, on invented territories of two départements.
@Suite("Organisation resolver")
struct OrganisationResolverTests {
    static let sarthe = TerritoryContext(territoryName: "Communauté de communes Loir-Lucé-Bercé",
                                         departement: Departement.withCode("72"))
    static let ain = TerritoryContext(territoryName: "Communauté de communes du Val de Bresse",
                                      departement: Departement.withCode("01"), cafName: "CAF de l'Ain")

    private func name(_ raw: String, in context: TerritoryContext, known: [KnownOrganisation] = []) -> String? {
        if case let .body(name, _, _) = OrganisationResolver(context: context, known: known).resolve(raw) { return name }
        return nil
    }

    @Test(arguments: [
        ("CAF", "CAF de la Sarthe"), ("CAF 72", "CAF de la Sarthe"), ("Caisse d'Allocations Familiales de la Sarthe", "CAF de la Sarthe"),
        ("CAF 53", "CAF de la Mayenne"),
        ("CD 72", "Conseil départemental de la Sarthe"), ("CD72", "Conseil départemental de la Sarthe"),
        ("Conseil départemental", "Conseil départemental de la Sarthe"), ("Département de la Sarthe", "Conseil départemental de la Sarthe"),
        ("Région", "Région Pays de la Loire"), ("Conseil régional", "Région Pays de la Loire"), ("Région PDL", "Région Pays de la Loire"),
        ("DSDEN", "DSDEN de la Sarthe"), ("DSDEN 72", "DSDEN de la Sarthe"),
        ("MSA Mayenne-Orne-Sarthe", "MSA"), ("Mutualité sociale agricole", "MSA"), ("Relais assistants maternels", "RPE"),
        ("Education Nationale", "Éducation nationale"), ("Protection maternelle et infantile", "PMI"),
    ])
    func nationalBodiesTakeTheTerritorysNames(raw: String, expected: String) {
        #expect(name(raw, in: Self.sarthe) == expected)
    }

    @Test func theCAFTheDocumentNamesWins() {
        #expect(name("CAF", in: Self.ain) == "CAF de l'Ain")
        #expect(name("Conseil départemental", in: Self.ain) == "Conseil départemental de l'Ain")
        #expect(name("Région AURA", in: Self.ain) == "Région Auvergne-Rhône-Alpes")
    }

    @Test(arguments: ["CC", "CCLLB", "la Communauté de communes", "Communauté de Communes", "Communauté de communes de communes",
                      "Communauté de communes (CCLLB)", "CC Loir-Lucé-Bercé", "Communauté de communes Loir Luce Berce", "Loir-Lucé-Bercé"])
    func theTerritorysOwnNames(raw: String) {
        #expect(name(raw, in: Self.sarthe) == "Communauté de communes Loir-Lucé-Bercé")
    }

    @Test func acronymsComeFromTheOwnName() {
        #expect(TerritoryName("Communauté de communes du Pays de Saint-Eloy")?.acronym == "CCPSE")
        #expect(TerritoryName("Communauté de communes Loir-Lucé-Bercé")?.acronym == "CCLLB")
        #expect(TerritoryName("Communauté d'agglomération du Grand Val-d'Oise")?.acronym == "CAGVO")
        #expect(TerritoryName("Commune de Vauclair")?.acronym == nil)
        #expect(name("CCVB", in: Self.ain) == "Communauté de communes du Val de Bresse")
        #expect(name("CCVB", in: Self.sarthe) == "CCVB")
    }

    @Test func communesUnderEverySpelling() {
        let first = name("Mairie de St Amand", in: Self.sarthe)
        #expect(first == "Commune de Saint-Amand")
        let known = [KnownOrganisation(name: "Commune de Saint-Amand", kind: .commune, aliases: [])]
        for raw in ["Commune de St Amand", "commune de saint-amand", "Ville de Saint Amand", "Mairie de St-Amand"] {
            #expect(name(raw, in: Self.sarthe, known: known) == "Commune de Saint-Amand", "\(raw)")
        }
    }

    @Test func associationsArticlesAndDepartementNumbers() {
        let known = [KnownOrganisation(name: "Les Petits Loups", kind: .association, aliases: []),
                     KnownOrganisation(name: "APAJH 72", kind: .association, aliases: [])]
        #expect(name("Association Les Petits Loups", in: Self.sarthe, known: known) == "Les Petits Loups")
        #expect(name("Petits Loups", in: Self.sarthe, known: known) == "Les Petits Loups")
        #expect(name("APAJH", in: Self.sarthe, known: known) == "APAJH 72")
        #expect(name("APAJH de la Sarthe", in: Self.sarthe, known: known) == "APAJH 72")
        // Another département's number is another body.
        #expect(name("APAJH 53", in: Self.sarthe, known: known) == "APAJH 53")
    }

    @Test func aMergedNameIsAnAlias() {
        let known = [KnownOrganisation(name: "Maison de l'enfance", kind: .service, aliases: ["Multi-accueil Les Lutins"])]
        #expect(name("multi accueil les lutins", in: Self.sarthe, known: known) == "Maison de l'enfance")
    }

    @Test func groupsAndAmbiguousNames() {
        let resolver = OrganisationResolver(context: Self.sarthe)
        for raw in ["associations partenaires", "Communes du territoire", "Les associations sportives", "autres LAEP",
                    "Familles du territoire", "enseignants"] {
            #expect(resolver.resolve(raw) == .group, "\(raw)")
        }
        for raw in ["Secours populaire", "Jardin d'Aloïs", "ADMR", "Relais des Collines", "Les Petits Loups", "Familles Rurales"] {
            guard case .body(_, _, true) = resolver.resolve(raw) else { Issue.record("\(raw)"); continue }
        }
        guard case .unresolved = resolver.resolve("Commune") else { Issue.record("Commune"); return }
        let twice = OrganisationResolver(context: Self.sarthe, known: [
            KnownOrganisation(name: "Les Lutins", kind: .association, aliases: ["Multi-accueil"]),
            KnownOrganisation(name: "Les Farfadets", kind: .association, aliases: ["Multi-accueil"])])
        guard case let .unresolved(why) = twice.resolve("Multi-accueil") else { Issue.record("ambiguous"); return }
        #expect(why.contains("Les Lutins") && why.contains("Les Farfadets"))
    }

    @Test func nothingFromAnotherTerritoryLeaks() {
        for raw in ["CAF", "Conseil départemental", "Région", "DSDEN", "CC"] {
            let resolved = name(raw, in: Self.sarthe) ?? ""
            #expect(!resolved.contains("Puy-de-Dôme") && !resolved.contains("Auvergne") && !resolved.contains("Eloy"), "\(raw)")
        }
    }
}
