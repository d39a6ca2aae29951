import CTGCore
import Fluent
import Foundation
import Vapor

/// Demonstration surveys with a few answers (issue 12), read from Resources/Demo/enquetes-demo.json:
/// a LAEP diagnostic open around today, marked « Démonstration ». Loaded once per territory.
enum SurveyDemo {
    struct File: Decodable { var territories: [TerritoryData] }
    struct TerritoryData: Decodable { var slug: String; var surveys: [SurveyData] }
    struct QuestionData: Decodable { var prompt, kind: String; var choices: [String]; var required: Bool }
    struct SurveyData: Decodable {
        var title, introduction, audience, code: String
        var opensDaysAgo, closesInDays: Int
        var questions: [QuestionData]
        /// Per response, per question, the values given.
        var answers: [[[String]]]
    }

    static func load(_ app: Application) async throws {
        guard Environment.get("CTG_DEMO") != "0" else { return }
        let path = app.directory.resourcesDirectory + "Demo/enquetes-demo.json"
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        let t = app.pilotageClock.today()
        guard let today = CivilDate(year: t.year, month: t.month, day: t.day) else { return }
        for data in file.territories {
            guard let territory = try await Territory.query(on: app.db).filter(\.$slug == data.slug).first() else { continue }
            let territoryID = try territory.requireID()
            if try await Survey.query(on: app.db).filter(\.$territory.$id == territoryID).filter(\.$isDemo == true).count() > 0 { continue }
            try await app.db.writeTransaction { tx in
                for survey in data.surveys { try await insert(survey, territoryID: territoryID, today: today, on: tx) }
            }
        }
    }

    private static func insert(_ data: SurveyData, territoryID: Int, today: CivilDate, on db: any Database) async throws {
        let survey = Survey()
        survey.$territory.id = territoryID
        survey.title = data.title; survey.introduction = data.introduction; survey.audience = data.audience
        survey.actionCode = data.code; survey.published = true; survey.isDemo = true; survey.createdAt = Date()
        survey.opensOn = today.adding(days: -data.opensDaysAgo).description
        survey.closesOn = today.adding(days: data.closesInDays).description
        try await survey.create(on: db)
        var questionIDs: [Int] = []
        for (index, q) in data.questions.enumerated() {
            let row = SurveyQuestionRow()
            row.$survey.id = try survey.requireID(); row.position = index + 1; row.prompt = q.prompt; row.kind = q.kind
            row.choicesText = q.choices.joined(separator: "\n"); row.required = q.required
            try await row.create(on: db)
            questionIDs.append(try row.requireID())
        }
        for given in data.answers {
            var posted: [Int: [String]] = [:]
            for (index, values) in given.enumerated() where index < questionIDs.count { posted[questionIDs[index]] = values }
            // Through the same check and write as a visitor's answer.
            let questions = try await SurveyQuestionRow.of(surveyID: try survey.requireID(), on: db).map(\.question)
            let answers = try SurveyAnswerSet.validate(posted, against: questions).get()
            try await SurveyAnswerController.store(answers, surveyID: try survey.requireID(), territoryID: territoryID, today: today, on: db)
        }
    }
}
