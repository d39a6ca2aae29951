import Foundation

/// A horizontal bar chart of one question's answers, made on the server: a label above each
/// bar (long answers stay readable on a phone), the count and share at its end. The same
/// figures are in the table beside it, for screen readers and print.
public enum SurveyBarChart {
    static let width = 560.0
    static let rowHeight = 40.0
    static let barHeight = 16.0
    static let barColor = "#1F5F99"

    public static func svg(_ result: SurveyQuestionResult, idPrefix: String) -> String {
        let bars = result.bars
        let height = Double(max(bars.count, 1)) * rowHeight + 8
        let top = bars.map(\.count).max() ?? 0
        // Room for "12 (100 %)" after the longest bar.
        let span = width - 110
        var out = [PilotageSVG.open(
            width: width, height: height, idPrefix: idPrefix,
            title: "Réponses à la question « \(result.question.prompt) »",
            desc: "\(FrenchCount.phrase(result.respondents, "répondant")) : "
                + bars.map { "\($0.label) \($0.count)" }.joined(separator: ", "))]
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * rowHeight + 4
            let length = top == 0 ? 0 : span * Double(bar.count) / Double(top)
            out.append("<text x=\"0\" y=\"\(PilotageSVG.num(y + 12))\">\(PilotageSVG.escape(PilotageSVG.truncate(bar.label, to: 80)))</text>")
            out.append("<rect x=\"0\" y=\"\(PilotageSVG.num(y + 17))\" width=\"\(PilotageSVG.num(max(length, 1)))\" "
                + "height=\"\(PilotageSVG.num(barHeight))\" fill=\"\(barColor)\"/>")
            out.append("<text x=\"\(PilotageSVG.num(max(length, 1) + 6))\" y=\"\(PilotageSVG.num(y + 30))\">"
                + "\(bar.count) (\(PilotageFormat.percent(bar.percent, maxFractionDigits: 0)))</text>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
