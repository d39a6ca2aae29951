import CTGCore
import Foundation

/// The bilan as a page context: cover, table of contents, synthesis, then one
/// section per axe. Shared by `/bilan/{year}`, its print version and `ctg bilan --format html`.
struct BilanDocument: Encodable {
    struct Cover: Encodable {
        var title: String
        var convention: String
        var territory: String
        var caf: String
        var period: String
        var preparedOn: String
    }
    struct TocEntry: Encodable {
        var anchor: String
        var label: String
    }

    var year: Int
    var previousYear: Int?
    var cover: Cover
    var toc: [TocEntry]
    var synthesis: BilanSynthesis
    var axes: [BilanAxeSection]

    /// - Parameter progress: called once per axe ("axe 2/4"), for the command line's progress lines.
    static func build(source: BilanSource, year: Int, today: PilotageDate,
                      progress: (String) -> Void = { _ in }) -> BilanDocument {
        let report = BilanBuilder.report(plan: source.snapshot, year: year)
        let hasPrevious = source.years.contains(year - 1)
        let previous = hasPrevious ? BilanBuilder.report(plan: source.snapshot, year: year - 1) : nil
        var synthesis = BilanSynthesis(report: report, previous: previous)
        let budget = BilanBudget.parts(source.budget, year: year)
        synthesis.budget = budget.year
        synthesis.conventionBudget = budget.convention
        var axes: [BilanAxeSection] = []
        for (index, axe) in report.axes.enumerated() {
            progress("axe \(index + 1)/\(report.axes.count)")
            var section = BilanAxeSection(axe: axe, previous: previous?.axes[safe: index], source: source, year: year)
            section.budget = budget.axes[section.number]
            axes.append(section)
        }
        let convention = source.convention
        return BilanDocument(
            year: year, previousYear: hasPrevious ? year - 1 : nil,
            cover: Cover(title: "Bilan annuel \(year)", convention: convention.title, territory: source.tree.territory.name,
                         caf: convention.cafName, period: "Convention \(convention.startYear)–\(convention.endYear)",
                         preparedOn: today.frenchDescription),
            toc: [TocEntry(anchor: "synthese", label: "Synthèse \(year)")]
                + axes.map { TocEntry(anchor: $0.anchor, label: "Axe \($0.number) — \($0.title)") },
            synthesis: synthesis, axes: axes)
    }
}

fileprivate extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
