import Testing
@testable import CTGCore

@Suite("Enquêtes — questions, réponses, dates, résultats")
struct SurveyTests {
    static let questions = [
        SurveyQuestion(id: 1, prompt: "Vous êtes", kind: .singleChoice, choices: ["Parent", "Professionnel"], required: true),
        SurveyQuestion(id: 2, prompt: "Vos besoins", kind: .multipleChoice, choices: ["Jeux", "Écoute", "Conseils"]),
        SurveyQuestion(id: 3, prompt: "Satisfaction", kind: .scale),
        SurveyQuestion(id: 4, prompt: "Commune", kind: .commune, choices: ["Aubière", "Lempdes"]),
        SurveyQuestion(id: 5, prompt: "Remarques", kind: .longText),
    ]

    @Test func aCompleteAnswerIsKept() throws {
        let posted = [1: ["Parent"], 2: ["Jeux", "Conseils", "Jeux"], 3: ["4"], 4: [SurveyQuestion.outsideCommune], 5: ["  Merci  "]]
        let answers = try SurveyAnswerSet.validate(posted, against: Self.questions).get()
        #expect(answers.values[2] == ["Jeux", "Conseils"])
        #expect(answers.values[5] == ["Merci"])
        #expect(answers.values[4] == ["Autre commune, hors du territoire"])
    }

    @Test func eachFaultIsNamedInFrench() {
        let posted = [2: ["Piscine"], 3: ["6"], 4: ["Paris"], 9: ["x"]]
        guard case .failure(let refusal) = SurveyAnswerSet.validate(posted, against: Self.questions) else {
            Issue.record("accepté à tort"); return
        }
        #expect(refusal.reasons == [
            "Question 1 (« Vous êtes ») : une réponse est demandée.",
            "Question 2 (« Vos besoins ») : « Piscine » ne fait pas partie des réponses proposées.",
            "Question 3 (« Satisfaction ») : choisissez une note entière de 1 à 5.",
            "Question 4 (« Commune ») : « Paris » ne fait pas partie des réponses proposées.",
            "La réponse porte sur une question qui ne figure pas dans cette enquête : rechargez la page.",
        ])
    }

    @Test func twoAnswersToASingleChoiceAndAnEmptyFormAreRefused() {
        let optional = [SurveyQuestion(id: 7, prompt: "Âge", kind: .singleChoice, choices: ["11-15", "16-25"])]
        guard case .failure(let two) = SurveyAnswerSet.validate([7: ["11-15", "16-25"]], against: optional),
              case .failure(let none) = SurveyAnswerSet.validate([7: ["  "]], against: optional) else {
            Issue.record("accepté à tort"); return
        }
        #expect(two.reasons == ["Question 1 (« Âge ») : choisissez une seule réponse."])
        #expect(none.reasons == ["Répondez à au moins une question avant d'envoyer."])
    }

    @Test func aShortTextHasItsLimit() {
        let q = [SurveyQuestion(id: 1, prompt: "Prénom", kind: .shortText)]
        let long = String(repeating: "a", count: 201)
        guard case .failure(let refusal) = SurveyAnswerSet.validate([1: [long]], against: q) else { Issue.record("accepté"); return }
        #expect(refusal.reasons == ["Question 1 (« Prénom ») : la réponse ne doit pas dépasser 200 caractères (reçu : 201)."])
    }

    @Test func theWindowIncludesBothDays() throws {
        let window = SurveyWindow(published: true, opensOn: CivilDate("2025-03-01")!, closesOn: CivilDate("2025-03-31")!)
        #expect(window.state(on: CivilDate("2025-02-28")!) == .upcoming)
        #expect(window.state(on: CivilDate("2025-03-01")!) == .open)
        #expect(window.state(on: CivilDate("2025-03-31")!) == .open)
        #expect(window.state(on: CivilDate("2025-04-01")!) == .closed)
        #expect(window.refusal(on: CivilDate("2025-04-01")!) == "Cette enquête est close depuis le 01/04/2025 : votre réponse n'a pas été enregistrée.")
        #expect(window.refusal(on: CivilDate("2025-01-10")!) == "Cette enquête ouvrira le 01/03/2025 : votre réponse n'a pas été enregistrée.")
        var draft = window
        draft.published = false
        #expect(draft.state(on: CivilDate("2025-03-10")!) == .draft)
    }

    @Test func builderDatesAreChecked() {
        guard case .failure(let refusal) = SurveyWindow.read(opensOn: "31/03/2025", closesOn: "2025-03-01") else { Issue.record("accepté"); return }
        #expect(refusal.reasons == ["La clôture (01/03/2025) précède l'ouverture (31/03/2025)."])
        guard case .failure(let bad) = SurveyWindow.read(opensOn: "demain", closesOn: "30/02/2025") else { Issue.record("accepté"); return }
        #expect(bad.reasons.count == 2)
    }

    @Test func aCommuneQuestionTakesTheTerritorysList() throws {
        let draft = try SurveyQuestionDraft.read(prompt: "Où habitez-vous ?", kind: "commune", choicesText: "", required: false,
                                                 communes: ["Brioude", "Lamothe"]).get()
        #expect(draft.choices == ["Brioude", "Lamothe"])
        let typed = try SurveyQuestionDraft.read(prompt: "Q", kind: "choix-unique", choicesText: "Oui\n\noui\nNon\n", required: true,
                                                 communes: []).get()
        #expect(typed.choices == ["Oui", "Non"])
        guard case .failure(let one) = SurveyQuestionDraft.read(prompt: "", kind: "choix-multiples", choicesText: "Seul", required: false, communes: []) else {
            Issue.record("accepté"); return
        }
        #expect(one.reasons == ["Écrivez la question.", "Une question à choix propose au moins deux réponses, une par ligne."])
    }

    @Test func resultsCountRespondentsNotTicks() {
        let q = Self.questions[1]
        let result = SurveyQuestionResult.tally(q, answers: [["Jeux", "Écoute"], ["Jeux"], [], ["Conseils"]])
        // 3 respondents answered; « Jeux » by 2 of them: 66,7 %.
        #expect(result.respondents == 3)
        #expect(result.bars.map(\.count) == [2, 1, 1])
        #expect(result.bars.map(\.label) == ["Jeux", "Écoute", "Conseils"])
        #expect(abs(result.bars[0].percent - 66.666) < 0.01)
        let scale = SurveyQuestionResult.tally(Self.questions[2], answers: [["5"], ["4"], ["4"], ["1"]])
        #expect(scale.bars.map(\.count) == [1, 0, 0, 2, 1])
        #expect(scale.mean == 3.5)
    }

    @Test func theChartEscapesAnswers() {
        let q = SurveyQuestion(id: 1, prompt: "<script>", kind: .singleChoice, choices: ["a & b", "<i>"])
        let svg = SurveyBarChart.svg(SurveyQuestionResult.tally(q, answers: [["a & b"]]), idPrefix: "q1")
        #expect(svg.contains("a &amp; b"))
        #expect(svg.contains("&lt;i&gt;"))
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("1 (100\u{202F}%)"))
    }
}

@Suite("Enquêtes — communes du territoire")
struct CommuneNamesTests {
    @Test func organisationsAndStructuresGiveOneListInFrenchOrder() {
        let list = CommuneNames.list(organisations: ["Commune de Vézelin", "Commune d'Arlanc", "Mairie de Bessay"],
                                     structureCommunes: ["vezelin", "Ébreuil", " Arlanc "])
        #expect(list == ["Arlanc", "Bessay", "Ébreuil", "Vézelin"])
    }
}
