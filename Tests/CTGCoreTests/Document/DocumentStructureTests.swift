import Testing
@testable import CTGCore

@Suite("Plan structure of the Saint-Eloy seed")
struct DocumentStructureTests {
    @Test func countsMatchTheDocument() throws {
        let plan = try DocumentSeed.document().plan
        #expect(plan.axes.map(\.number) == [1, 2, 3, 4])
        #expect(plan.axes.map { $0.objectives.count } == [2, 2, 2, 2])
        let actions = try DocumentSeed.actions()
        #expect(actions.count == 18)
        #expect(actions.flatMap(\.subActions).count == 46)
    }

    @Test func actionsAreOrderedByCode() throws {
        let codes = try DocumentSeed.actions().map(\.code)
        #expect(codes == ["1-1-1", "1-1-2", "1-2-1", "1-2-2", "1-2-3", "2-1-1", "2-1-2", "2-1-3", "2-2-1", "2-2-2",
                          "3-1-1", "3-1-2", "3-1-3", "3-2-1", "4-1-1", "4-1-2", "4-2-1", "4-2-2"])
    }

    @Test func axeTitlesAreCleanedAndSentenceCased() throws {
        let axes = try DocumentSeed.document().plan.axes
        #expect(axes[0].title == "Optimiser la qualité et la répartition de l'offre d'accueil du jeune enfant (0-6 ans) sur le territoire")
        #expect(axes[1].title == "Maintenir l'offre et créer de nouvelles actions pour l'enfance-jeunesse")
        #expect(axes[2].title == nil)
        #expect(axes[3].title == "Soutenir l'animation de la vie sociale")
        #expect(axes.allSatisfy { $0.outlineTitle == nil })
    }

    @Test func axeThreeWithoutHeadingIsWarned() throws {
        let warnings = try DocumentSeed.document().warnings
        #expect(warnings.contains("Axe 3 : intitulé absent du document."))
        #expect(!warnings.contains { $0.hasPrefix("Axe 1") || $0.hasPrefix("Axe 2") || $0.hasPrefix("Axe 4") })
    }

    @Test func objectiveTitlesComeFromTheFiches() throws {
        let titles = try DocumentSeed.document().plan.axes.flatMap(\.objectives).map(\.title)
        #expect(titles == [
            "Renforcer l'offre et la qualité des services petite enfance",
            "Renforcer l'action du RPE",
            "Renforcer les ALSH du territoire",
            "Favoriser l'autonomie, l'émancipation des jeunes",
            "Proposer des actions à destination des familles",
            "Promouvoir l'information des familles",
            "Donner l'opportunité à tous les jeunes de vivre un engagement citoyen",
            "Développer les services à la population dans le domaine de l'animation de la vie sociale",
        ])
    }

    @Test func fichesArePlacedUnderTheirCodes() throws {
        for axe in try DocumentSeed.document().plan.axes {
            for objective in axe.objectives {
                for action in objective.actions {
                    #expect(action.code.hasPrefix("\(axe.number)-\(objective.number)-"))
                    for sub in action.subActions { if let code = sub.code { #expect(code.hasPrefix(action.code + "-")) } }
                }
            }
        }
    }
}
