import Foundation

/// Per-question results of a survey, from the stored answers (issue 12: bars for choices and
/// scales, free texts listed). Percentages are of the respondents who answered the question.
public struct SurveyQuestionResult: Equatable, Sendable {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var count: Int
        /// Share of the question's respondents, 0…100.
        public var percent: Double
    }

    public var question: SurveyQuestion
    /// Respondents who answered this question.
    public var respondents: Int
    public var bars: [Bar]
    /// Free answers, in the order given.
    public var texts: [String]
    /// The mean of a scale question, nil otherwise or without answers.
    public var mean: Double?

    /// `answers` holds, for each respondent who answered, the values they gave.
    public static func tally(_ question: SurveyQuestion, answers: [[String]]) -> SurveyQuestionResult {
        let answered = answers.filter { !$0.isEmpty }
        let n = answered.count
        let share = { (count: Int) in n == 0 ? 0 : 100 * Double(count) / Double(n) }
        switch question.kind {
        case .shortText, .longText:
            return SurveyQuestionResult(question: question, respondents: n, bars: [], texts: answered.flatMap { $0 }, mean: nil)
        case .scale:
            let notes = answered.compactMap { $0.first.flatMap { Int($0) } }
            let bars = SurveyQuestion.scalePoints.map { point in
                let count = notes.filter { String($0) == point }.count
                return Bar(label: point, count: count, percent: share(count))
            }
            let mean = notes.isEmpty ? nil : Double(notes.reduce(0, +)) / Double(notes.count)
            return SurveyQuestionResult(question: question, respondents: n, bars: bars, texts: [], mean: mean)
        case .singleChoice, .multipleChoice, .commune:
            var counts: [String: Int] = [:]
            for values in answered { for value in Set(values) { counts[value, default: 0] += 1 } }
            // Every offered choice shows, even at zero; an answer to a choice since removed still counts.
            let offered = question.offeredChoices
            let removed = counts.keys.filter { !offered.contains($0) }.sorted()
            let bars = (offered + removed).map { Bar(label: $0, count: counts[$0] ?? 0, percent: share(counts[$0] ?? 0)) }
            return SurveyQuestionResult(question: question, respondents: n, bars: bars, texts: [], mean: nil)
        }
    }
}
