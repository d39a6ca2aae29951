@testable import CTGCore

/// Invented documents for the print tests: sections of varied length so headings
/// land near page bottoms, long words, a long table, charts.
enum PrintFixture {
    static let words = ["accueil", "jeunesse", "parentalité", "médiathèque", "itinérance", "coordination",
                        "animation", "périscolaire", "œuvre", "« projet »", "l’équipe", "5 €", "–", "bilan"]

    /// Deterministic filler text of `count` words.
    static func text(_ count: Int, seed: Int) -> String {
        (0..<count).map { words[($0 * 7 + seed * 3) % words.count] }.joined(separator: " ")
    }

    static func document(sections: Int = 7) -> PrintDocument {
        var body: [PrintBlock] = []
        for section in 1...sections {
            body.append(.heading("Axe \(section) — Vallée des Chênes \(section)", level: 1))
            body.append(.paragraph(text(40 + section * 25, seed: section)))
            body.append(.bars(PrintBars(title: "Avancement", bars: (1...3).map {
                .init(label: "Fiche \(section)-\($0)", fraction: Double($0) / 4, value: "\($0 * 25) %")
            })))
            for fiche in 1...(section % 3 + 2) {
                body.append(.heading("Fiche \(section)-\(fiche) : maison des familles", level: 2))
                body.append(.paragraph(text(30 + fiche * 40, seed: fiche + section)))
                body.append(.table(PrintTable(headers: ["Code", "Sous-action", "Statut"], widths: [1, 4, 1.5],
                                              rows: (1...(fiche * 4)).map { ["\(section)-\(fiche)-\($0)", text(6 + $0 % 9, seed: $0), "en cours"] })))
            }
        }
        return PrintDocument(title: "Bilan annuel 2031", territory: "Communauté de communes des Trois Rivières",
                             date: "12 mars 2032", cover: [.heading("Bilan annuel 2031", level: 1), .paragraph("Convention 2029–2033")],
                             body: body)
    }
}
