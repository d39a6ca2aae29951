import Vapor

/// `/{territoire}/enquetes…` (public answering) and `/{territoire}/gestion/enquetes…` (the builder).
enum SurveyPath: Equatable, Sendable {
    /// Open surveys, for everyone.
    case list
    /// The answering page (GET) and its POST.
    case survey(id: Int)
    case thanks(id: Int)
    /// The coordinateur's list (GET) and a new survey (POST).
    case manage
    /// The builder (GET) and the survey's settings (POST).
    case edit(id: Int)
    /// A new question (POST).
    case questions(id: Int)
    /// Move or remove one question (POST).
    case question(id: Int, questionID: Int)
    /// Removing an unanswered question: the confirmation (GET) and the removal (POST).
    case questionRemoval(id: Int, questionID: Int)
    case results(id: Int)
    case csv(id: Int)

    var segments: [String] {
        switch self {
        case .list: return ["enquetes"]
        case .survey(let id): return ["enquetes", String(id)]
        case .thanks(let id): return ["enquetes", String(id), "merci"]
        case .manage: return ["gestion", "enquetes"]
        case .edit(let id): return ["gestion", "enquetes", String(id)]
        case .questions(let id): return ["gestion", "enquetes", String(id), "questions"]
        case .question(let id, let q): return ["gestion", "enquetes", String(id), "questions", String(q)]
        case .questionRemoval(let id, let q): return ["gestion", "enquetes", String(id), "questions", String(q), "retrait"]
        case .results(let id): return ["gestion", "enquetes", String(id), "resultats"]
        case .csv(let id): return ["gestion", "enquetes", String(id), "reponses.csv"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .list, .manage: return segments.map { PathComponent(stringLiteral: $0) }
        case .survey: return ["enquetes", ":surveyID"]
        case .thanks: return ["enquetes", ":surveyID", "merci"]
        case .edit: return ["gestion", "enquetes", ":surveyID"]
        case .questions: return ["gestion", "enquetes", ":surveyID", "questions"]
        case .question: return ["gestion", "enquetes", ":surveyID", "questions", ":questionID"]
        case .questionRemoval: return ["gestion", "enquetes", ":surveyID", "questions", ":questionID", "retrait"]
        case .results: return ["gestion", "enquetes", ":surveyID", "resultats"]
        case .csv: return ["gestion", "enquetes", ":surveyID", "reponses.csv"]
        }
    }
}
