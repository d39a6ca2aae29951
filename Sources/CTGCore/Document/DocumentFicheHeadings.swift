extension DocumentParser {
    /// The headings of a fiche-action, recognised whatever their case, accents or glue.
    enum FicheField: CaseIterable, Hashable {
        case diagnostic, audience, leads, partners, indicators, results

        /// French name used in warnings ("Fiche 1-2-2 : public ciblé absent du document.").
        var label: String {
            switch self {
            case .diagnostic: "diagnostic"
            case .audience: "public ciblé"
            case .leads: "responsables de l'action"
            case .partners: "services mobilisés / partenaires"
            case .indicators: "indicateurs d'évaluation"
            case .results: "résultats attendus"
            }
        }

        var plural: Bool { self != .diagnostic && self != .audience }
    }

    enum FicheHeadings {
        private struct Pattern { let phrase: String; let field: FicheField; let needsColonOrEnd: Bool }

        /// Longest phrases first so "Services mobilisés / partenaires…" is not cut after "Services mobilisés".
        private static let patterns: [Pattern] = [
            .init(phrase: "services mobilises / partenaires / acteurs ressources", field: .partners, needsColonOrEnd: false),
            .init(phrase: "services mobilises / partenaires / acteurs ressource", field: .partners, needsColonOrEnd: false),
            .init(phrase: "services mobilises", field: .partners, needsColonOrEnd: false),
            .init(phrase: "partenaires / acteurs ressource", field: .partners, needsColonOrEnd: false),
            .init(phrase: "partenaires", field: .partners, needsColonOrEnd: true),
            .init(phrase: "responsables de l'action", field: .leads, needsColonOrEnd: false),
            .init(phrase: "responsable de l'action", field: .leads, needsColonOrEnd: false),
            .init(phrase: "porteurs de l'action", field: .leads, needsColonOrEnd: false),
            .init(phrase: "porteur de l'action", field: .leads, needsColonOrEnd: false),
            .init(phrase: "pilotes de l'action", field: .leads, needsColonOrEnd: false),
            .init(phrase: "public cible", field: .audience, needsColonOrEnd: false),
            .init(phrase: "public vise", field: .audience, needsColonOrEnd: false),
            .init(phrase: "diagnostic", field: .diagnostic, needsColonOrEnd: true),
            .init(phrase: "indicateurs d'evaluation", field: .indicators, needsColonOrEnd: false),
            .init(phrase: "indicateur d'evaluation", field: .indicators, needsColonOrEnd: false),
            .init(phrase: "indicateurs", field: .indicators, needsColonOrEnd: true),
            .init(phrase: "resultats attendus", field: .results, needsColonOrEnd: false),
            .init(phrase: "resultat attendu", field: .results, needsColonOrEnd: false),
        ]

        /// The heading a line starts with, and what follows it on the same line (the OCR glues
        /// values to headings: "Responsables de l'actionCommunauté de communes").
        static func match(_ line: String) -> (field: FicheField, rest: String)? {
            let t = Text.trim(line)
            let folded = Text.fold(t)
            for p in patterns where folded.hasPrefix(p.phrase) {
                var rest = String(t.dropFirst(p.phrase.count))
                let afterSpaces = rest.drop(while: { $0 == " " })
                if p.needsColonOrEnd, !(afterSpaces.isEmpty || afterSpaces.hasPrefix(":")) { continue }
                if p.field == .partners || p.field == .leads || p.field == .audience || p.field == .results,
                   let next = afterSpaces.first, next.isLowercase { continue }  // "résultats attendusXYZ" typo guard
                rest = String(rest.drop(while: { " :|".contains($0) }))
                return (p.field, Text.trim(rest))
            }
            return nil
        }

        /// Every heading at the start of the line, in order, and the value left after them.
        static func split(_ line: String) -> (fields: [FicheField], value: String?) {
            var fields: [FicheField] = []
            var rest = line
            while let m = match(rest) {
                fields.append(m.field)
                rest = m.rest
                if rest.isEmpty { return (fields, nil) }
            }
            return (fields, fields.isEmpty ? line : rest)
        }
    }
}
