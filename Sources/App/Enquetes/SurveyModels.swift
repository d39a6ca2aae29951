import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let survey: AuditEntity = "enquete"
}

final class Survey: Model, @unchecked Sendable {
    static let schema = "surveys"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "title") var title: String
    @Field(key: "introduction") var introduction: String
    /// Who is asked ("parents du LAEP", "jeunes de 16 à 25 ans"): the nature of the stakeholders.
    @Field(key: "audience") var audience: String
    /// The fiche or sous-action it serves ("3-1-2", "3-1-2-A"), for the computed indicators.
    @OptionalField(key: "action_code") var actionCode: String?
    @Field(key: "opens_on") var opensOn: String
    @Field(key: "closes_on") var closesOn: String
    @Field(key: "published") var published: Bool
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var window: SurveyWindow {
        SurveyWindow(published: published, opensOn: CivilDate(opensOn) ?? CivilDate(year: 2000, month: 1, day: 1)!,
                     closesOn: CivilDate(closesOn) ?? CivilDate(year: 2000, month: 1, day: 1)!)
    }
}

final class SurveyQuestionRow: Model, @unchecked Sendable {
    static let schema = "survey_questions"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "survey_id") var survey: Survey
    @Field(key: "position") var position: Int
    @Field(key: "prompt") var prompt: String
    @Field(key: "kind") var kind: String
    /// One choice per line: portable between both engines without array types.
    @Field(key: "choices") var choicesText: String
    @Field(key: "required") var required: Bool

    init() {}

    var question: SurveyQuestion {
        SurveyQuestion(id: id ?? 0, prompt: prompt, kind: SurveyQuestionKind(rawValue: kind) ?? .shortText,
                       choices: choicesText.split(separator: "\n").map(String.init), required: required)
    }

    /// The survey's questions in order (indexed by survey and position).
    static func of(surveyID: Int, on db: any Database) async throws -> [SurveyQuestionRow] {
        try await query(on: db).filter(\.$survey.$id == surveyID).sort(\.$position).sort(\.$id).all()
    }
}

/// One anonymous respondent: the day only, no address, no time, no cookie.
final class SurveyResponse: Model, @unchecked Sendable {
    static let schema = "survey_responses"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "survey_id") var survey: Survey
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "submitted_on") var submittedOn: String

    init() {}
}

final class SurveyAnswer: Model, @unchecked Sendable {
    static let schema = "survey_answers"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "response_id") var response: SurveyResponse
    @Parent(key: "question_id") var question: SurveyQuestionRow
    @Field(key: "value") var value: String

    init() {}
}

extension Request {
    /// The survey `:surveyID` of this territory, or a French 404.
    func survey(in scope: TerritoryScope) async throws -> Survey {
        guard let id = parameters.get("surveyID", as: Int.self),
              let survey = try await Survey.query(on: db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).first() else {
            throw AppError.notFound("Cette enquête n'existe pas sur ce territoire.")
        }
        return survey
    }

    /// Today as the surveys' windows count days (the follow-up's clock, fixed in tests).
    var civilToday: CivilDate {
        let today = pilotageToday
        return CivilDate(year: today.year, month: today.month, day: today.day) ?? CivilDate(year: 2000, month: 1, day: 1)!
    }
}
