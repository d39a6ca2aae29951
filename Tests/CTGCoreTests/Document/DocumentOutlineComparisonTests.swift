import Testing
@testable import CTGCore

@Suite("Outline versus fiches")
struct DocumentOutlineComparisonTests {
    private typealias Text = DocumentParser.Text
    private typealias OutlineParser = DocumentParser.OutlineParser

    @Test(arguments: ["1-1-2", "2-1-3", "2-2-2", "3-1-1"])
    func realActionTitleDifferencesWarn(code: String) throws {
        let a = try DocumentSeed.action(code)
        let outline = try #require(a.outlineTitle)
        #expect(!Text.sameWording(outline, a.title))
        #expect(a.warnings.contains { $0.hasPrefix("Fiche \(code) : intitulé différent dans le plan d'actions") })
        #expect(try DocumentSeed.document().warnings.contains { $0.hasPrefix("Fiche \(code) : intitulé différent") })
    }

    @Test(arguments: ["2-1-2-A", "2-2-1-C", "2-1-2-B"])
    func realSubActionDifferencesWarn(code: String) throws {
        let sub = try DocumentSeed.subAction(code)
        #expect(sub.outlineTitle != nil)
        #expect(try DocumentSeed.document().warnings.contains { $0.hasPrefix("Sous-action \(code) : intitulé différent") })
    }

    @Test func outlineOnlyInformationIsKept() throws {
        let sub = try DocumentSeed.subAction("2-1-2-B")
        #expect(sub.title == "Promouvoir l'utilisation d'applications à destination des familles")
        #expect(sub.outlineTitle?.contains("(Illiwap)") == true)
        let objective = try DocumentSeed.document().plan.axes[0].objectives[1]
        #expect(objective.title == "Renforcer l'action du RPE")
        #expect(objective.outlineTitle == "Renforcer l'action du RPE afin de promouvoir le métier d'assistant maternel")
    }

    @Test(arguments: ["1-2-3-A", "2-2-1-A", "2-1-1-C", "1-2-1-B", "1-2-1-D", "3-1-2-A"])
    func caseAccentAndHyphenDifferencesDoNotWarn(code: String) throws {
        let sub = try DocumentSeed.subAction(code)
        #expect(sub.outlineTitle == nil)
        #expect(try !DocumentSeed.document().warnings.contains { $0.hasPrefix("Sous-action \(code) :") && $0.contains("intitulé") })
    }

    @Test(arguments: ["1-2-1", "1-2-2", "1-2-3", "2-1-2", "2-2-1", "3-1-2", "4-1-1", "4-2-2"])
    func equivalentActionTitlesDoNotWarn(code: String) throws {
        let a = try DocumentSeed.action(code)
        #expect(a.outlineTitle == nil)
        #expect(!a.warnings.contains { $0.contains("intitulé différent") && $0.hasPrefix("Fiche") })
    }

    @Test func onlyObjective12Differs() throws {
        let warnings = try DocumentSeed.document().warnings.filter { $0.hasPrefix("Objectif") }
        #expect(warnings == ["Objectif 1-2 : intitulé différent dans le plan d'actions (« Renforcer l'action du RPE afin de promouvoir le métier d'assistant maternel »)."])
    }

    @Test func wordingComparisonIgnoresNoiseOnly() {
        #expect(Text.sameWording("Connaitre et référencer", "connaître et referencer"))
        #expect(Text.sameWording("Créer un évènement", "Créer un événement"))
        #expect(Text.sameWording("activités inter-centres", "activités inter centres"))
        #expect(Text.sameWording("les 16-25 ans", "les 16/25 ans"))
        #expect(Text.sameWording("Enfants-Parents (LAEP)", "Enfants-parents  (LAEP)"))
        #expect(!Text.sameWording("Regrouper les informations", "Centraliser les informations"))
    }

    @Test func outlineYearsAreStrippedFromTitles() {
        let (title, years) = OutlineParser.splitYears("Réfléchir à la création de Maisons d'Assistants Maternels (MAM) (2023)")
        #expect(title == "Réfléchir à la création de Maisons d'Assistants Maternels (MAM)")
        #expect(years == [2023])
        #expect(OutlineParser.splitYears("Faire X (2022-2024)").1 == [2022, 2023, 2024])
        #expect(OutlineParser.splitYears("Faire X (MAM)").1 == [])
    }
}
