import Foundation

/// One respondent's answers, checked against the survey before anything is stored.
/// Keys are question ids; a question left unanswered has no entry.
public struct SurveyAnswerSet: Equatable, Sendable {
    /// The values to store, one row each: a multiple-choice answer gives several.
    public var values: [Int: [String]]

    public init(values: [Int: [String]]) { self.values = values }

    public var isEmpty: Bool { values.values.allSatisfy(\.isEmpty) }

    /// `posted` is every value sent for each question id (a form sends one per ticked box).
    /// The refusal names each question at fault, by its number, in French.
    public static func validate(_ posted: [Int: [String]], against questions: [SurveyQuestion])
        -> Result<SurveyAnswerSet, SurveyRefusal> {
        var reasons: [String] = []
        var kept: [Int: [String]] = [:]
        for (index, question) in questions.enumerated() {
            let label = "Question \(index + 1) (« \(question.prompt.prefix(60)) »)"
            let given = (posted[question.id] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            guard !given.isEmpty else {
                if question.required { reasons.append("\(label) : une réponse est demandée.") }
                continue
            }
            switch question.kind {
            case .singleChoice, .commune:
                if given.count > 1 { reasons.append("\(label) : choisissez une seule réponse.") }
                else if !question.offeredChoices.contains(given[0]) {
                    reasons.append("\(label) : « \(given[0].prefix(60)) » ne fait pas partie des réponses proposées.")
                } else { kept[question.id] = given }
            case .multipleChoice:
                var seen = Set<String>()
                let unique = given.filter { seen.insert($0).inserted }
                if let stranger = unique.first(where: { !question.choices.contains($0) }) {
                    reasons.append("\(label) : « \(stranger.prefix(60)) » ne fait pas partie des réponses proposées.")
                } else { kept[question.id] = unique }
            case .scale:
                if given.count > 1 || !SurveyQuestion.scalePoints.contains(given[0]) {
                    reasons.append("\(label) : choisissez une note entière de 1 à 5.")
                } else { kept[question.id] = given }
            case .shortText, .longText:
                let text = given.joined(separator: "\n")
                if text.count > question.kind.maxLength {
                    reasons.append("\(label) : la réponse ne doit pas dépasser \(question.kind.maxLength) caractères (reçu : \(text.count)).")
                } else { kept[question.id] = [text] }
            }
        }
        let known = Set(questions.map(\.id))
        if posted.keys.contains(where: { !known.contains($0) }) {
            reasons.append("La réponse porte sur une question qui ne figure pas dans cette enquête : rechargez la page.")
        }
        guard reasons.isEmpty else { return .failure(SurveyRefusal(reasons: reasons)) }
        let answers = SurveyAnswerSet(values: kept)
        if answers.isEmpty { return .failure(SurveyRefusal(reasons: ["Répondez à au moins une question avant d'envoyer."])) }
        return .success(answers)
    }
}
