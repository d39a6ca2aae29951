import CTGCore
import Foundation

/// The bilan as a printed PDF (CTGCore/Print): the same cover, synthesis and axe
/// sections as the HTML bilan, with a table of contents whose page numbers are exact.
enum BilanPDF {
    static func render(_ document: BilanDocument, source: BilanSource) -> PrintRenderer.Output {
        PrintRenderer.render(printDocument(document, source: source))
    }

    static func printDocument(_ document: BilanDocument, source: BilanSource) -> PrintDocument {
        let report = BilanBuilder.report(plan: source.snapshot, year: document.year)
        let cover = document.cover
        var facts = [["Territoire", cover.territory], ["Caisse d'allocations familiales", cover.caf], ["Période", cover.period]]
        if let previous = document.previousYear { facts.append(["Comparaison", "avec la fin de l'année \(previous)"]) }
        facts.append(["Document établi le", cover.preparedOn])
        let front: [PrintBlock] = [
            // The title first: a level-1 heading below anything would start a second page.
            .heading(cover.title, level: 1),
            .paragraph("Convention Territoriale Globale · Comité de pilotage"),
            .paragraph(cover.convention, bold: true),
            .table(PrintTable(headers: ["", ""], widths: [1, 2], rows: facts)),
        ]
        return PrintDocument(title: "\(cover.title) — \(cover.territory)", territory: cover.territory, date: cover.preparedOn,
                             cover: front, body: synthesis(document, report: report)
                                 + document.axes.flatMap { section in
                                     axe(document, section, progress: report.axes.first { $0.number == section.number }?.progress, source: source)
                                 })
    }

    static func synthesis(_ document: BilanDocument, report: BilanReport) -> [PrintBlock] {
        let s = document.synthesis
        let year = document.year
        let previous = document.previousYear
        var blocks: [PrintBlock] = [.heading("Synthèse \(year)", level: 1)]
        let delta = s.overallDelta.map { " (\($0) par rapport à \(previous.map(String.init) ?? ""))" } ?? ""
        blocks.append(.paragraph("Avancement global de la convention fin \(year) : \(s.overallProgress)\(delta)."))
        blocks.append(.heading("Sous-actions par statut", level: 3))
        blocks.append(.bars(PrintBars(title: "\(s.totalSubActions) sous-actions, statut en fin d'année (retard compris)", bars: s.counts.map {
            .init(label: $0.label, fraction: s.totalSubActions > 0 ? Double($0.count) / Double(s.totalSubActions) : nil, value: String($0.count))
        })))
        if let previous {
            blocks.append(.table(PrintTable(headers: ["Statut", "Fin \(year)", "Fin \(previous)"], widths: [3, 1, 1],
                                            rows: s.counts.map { [$0.label, String($0.count), $0.previous.map(String.init) ?? "—"] })))
        }
        blocks.append(.heading("Avancement par axe", level: 3))
        blocks.append(.bars(PrintBars(title: "", bars: s.axes.map { axe in
            .init(label: "Axe \(axe.number) — \(axe.title)", fraction: report.axes.first { $0.number == axe.number }?.progress,
                  value: axe.progress)
        })))
        if previous != nil {
            blocks.append(.table(PrintTable(headers: ["Axe", "Fin \(year)", "Fin \(previous ?? year)", "Évolution"], widths: [4, 1.3, 1.3, 1.3],
                                            rows: s.axes.map { ["Axe \($0.number) — \($0.title)", $0.progress, $0.previous ?? "—", $0.delta ?? "—"] })))
        }
        blocks.append(.heading("Sous-actions en retard fin \(year)", level: 3))
        blocks += s.late.isEmpty ? [.paragraph("Aucune sous-action en retard.")] : s.late.map { .paragraph("• \($0)") }
        blocks.append(.heading("Indicateurs au regard des cibles", level: 3))
        blocks.append(.paragraph("Cible atteinte : \(s.indicatorsMet) · non atteinte : \(s.indicatorsNotMet) · non mesurés : "
            + "\(s.indicatorsNoValue) · sans cible \(year) : \(s.indicatorsWithoutTarget)."))
        if !s.indicatorLines.isEmpty {
            blocks.append(.table(PrintTable(headers: ["Fiche", "Indicateur", "Valeur", "Cible", "Appréciation"], widths: [1, 3.5, 1.2, 1.2, 1.6],
                                            rows: s.indicatorLines.map { [$0.actionCode, $0.label, $0.value, $0.target, $0.assessment] })))
        }
        blocks += budget(document)
        if let previous {
            blocks.append(.heading("Évolutions depuis \(previous)", level: 3))
            blocks += s.statusChanges.isEmpty ? [.paragraph("Aucun statut n'a changé.")]
                : [.paragraph("Statuts modifiés :", bold: true)] + s.statusChanges.map { .paragraph("• \($0)") }
            blocks += s.indicatorMoves.isEmpty ? [.paragraph("Aucun indicateur n'a évolué.")]
                : [.paragraph("Indicateurs ayant évolué :", bold: true)] + s.indicatorMoves.map { .paragraph("• \($0)") }
        }
        return blocks
    }
}

extension BilanPDF {
    /// Moyens en euros, as the HTML bilan shows them: the year, the whole convention, then each axe.
    static func budget(_ document: BilanDocument) -> [PrintBlock] {
        let s = document.synthesis, year = document.year
        var blocks: [PrintBlock] = [.heading("Moyens en euros", level: 3)]
        guard let convention = s.conventionBudget else {
            return blocks + [.paragraph("Aucun budget n'est saisi pour cette convention.")]
        }
        let row = { (label: String, budget: BilanBudget?) -> [String] in
            budget.map { [label, $0.planned, $0.spent, $0.rate] } ?? [label, "—", "—", "—"]
        }
        let rows = [row("Année \(year)", s.budget), row("Toute la convention", convention)]
            + document.axes.map { row("Axe \($0.number) — \($0.title) (\(year))", $0.budget) }
        blocks.append(.table(PrintTable(headers: ["", "Prévu", "Réalisé", "Taux de réalisation"], widths: [3.4, 1.5, 1.5, 1.3],
                                        rows: rows)))
        return blocks
    }

    /// "bilan-annuel-2023-communaute-de-communes-du-val.pdf": ASCII for every browser.
    static func filename(_ document: BilanDocument) -> String {
        let folded = document.cover.territory.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
        let words = folded.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return (["bilan", "annuel", String(document.year)] + words.map(String.init)).joined(separator: "-") + ".pdf"
    }

    /// The ASCII name, and the accented one ("Bilan annuel 2023 – Pays d'Égreville.pdf") for browsers that read RFC 6266.
    static func contentDisposition(_ document: BilanDocument) -> String {
        let french = "Bilan annuel \(document.year) – \(document.cover.territory).pdf"
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encoded = french.addingPercentEncoding(withAllowedCharacters: unreserved) ?? filename(document)
        return "attachment; filename=\"\(filename(document))\"; filename*=UTF-8''\(encoded)"
    }
}
