import Foundation

/// What a survey question asks for (issue 12, « Enquêtes et diagnostics participatifs »).
/// The raw values are stored and posted by the builder.
public enum SurveyQuestionKind: String, CaseIterable, Codable, Sendable {
    case singleChoice = "choix-unique"
    case multipleChoice = "choix-multiples"
    case scale = "echelle"
    case shortText = "texte-court"
    case longText = "texte-long"
    case commune

    public var label: String {
        switch self {
        case .singleChoice: "Choix unique"
        case .multipleChoice: "Choix multiples"
        case .scale: "Échelle de 1 à 5"
        case .shortText: "Texte court"
        case .longText: "Texte long"
        case .commune: "Commune (liste du territoire)"
        }
    }

    /// Kinds whose answers are picked from the question's list of choices.
    public var hasChoices: Bool { self == .singleChoice || self == .multipleChoice || self == .commune }
    public var isText: Bool { self == .shortText || self == .longText }

    /// Longest accepted free answer, in characters.
    public var maxLength: Int { self == .longText ? FieldLimits.comment : FieldLimits.name }
}

/// A question as the answering page and the validation see it.
public struct SurveyQuestion: Equatable, Sendable {
    public var id: Int
    public var prompt: String
    public var kind: SurveyQuestionKind
    /// For choice kinds; for a commune question, the territory's communes when it was written.
    public var choices: [String]
    public var required: Bool

    public init(id: Int, prompt: String, kind: SurveyQuestionKind, choices: [String] = [], required: Bool = false) {
        self.id = id; self.prompt = prompt; self.kind = kind; self.choices = choices; self.required = required
    }

    /// The answer a commune question offers for people who live elsewhere: a survey of the
    /// territory still hears them, and the results show how many came from outside.
    public static let outsideCommune = "Autre commune, hors du territoire"

    /// What the answering page lists: a commune question adds the outside answer.
    public var offeredChoices: [String] {
        kind == .commune ? choices + [Self.outsideCommune] : choices
    }

    /// The scale's points, as posted.
    public static let scalePoints = ["1", "2", "3", "4", "5"]
}

/// The builder's form for one question, checked before anything is written.
public struct SurveyQuestionDraft: Equatable, Sendable {
    public var prompt: String
    public var kind: SurveyQuestionKind
    public var choices: [String]
    public var required: Bool

    /// `choicesText` is one choice per line; blank lines and repeats are dropped. A commune
    /// question without typed choices takes `communes` (the territory's list).
    public static func read(prompt: String?, kind: String?, choicesText: String?, required: Bool,
                            communes: [String]) -> Result<SurveyQuestionDraft, SurveyRefusal> {
        var reasons: [String] = []
        let text = (prompt ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { reasons.append("Écrivez la question.") }
        if text.count > FieldLimits.subject { reasons.append("La question ne doit pas dépasser \(FieldLimits.subject) caractères.") }
        guard let kind = SurveyQuestionKind(rawValue: kind ?? "") else {
            return .failure(SurveyRefusal(reasons: reasons + ["Choisissez le type de question dans la liste."]))
        }
        var seen = Set<String>()
        var choices = (choicesText ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
        if kind == .commune && choices.isEmpty { choices = communes }
        if kind.hasChoices {
            if choices.count < 2 && kind != .commune {
                reasons.append("Une question à choix propose au moins deux réponses, une par ligne.")
            }
            if kind == .commune && choices.isEmpty {
                reasons.append("Le territoire n'a encore aucune commune enregistrée : tapez la liste des communes, une par ligne.")
            }
            if choices.count > 60 { reasons.append("Une question propose au plus 60 réponses (\(choices.count) reçues).") }
            if let long = choices.first(where: { $0.count > FieldLimits.name }) {
                reasons.append("La réponse « \(long.prefix(40))… » dépasse \(FieldLimits.name) caractères.")
            }
        } else {
            choices = []
        }
        guard reasons.isEmpty else { return .failure(SurveyRefusal(reasons: reasons)) }
        return .success(SurveyQuestionDraft(prompt: text, kind: kind, choices: choices, required: required))
    }
}

/// Why a form was refused, in French, every reason at once.
public struct SurveyRefusal: Error, Equatable, Sendable {
    public var reasons: [String]
    public init(reasons: [String]) { self.reasons = reasons }
}
