extension DocumentParser {
    /// Assigns the value blocks of a fiche to its headings. The OCR does not always keep a
    /// value under its heading: several headings may come in a row, their values after them.
    enum FicheLayout {
        enum Token: Equatable { case heading(FicheField), line(String), blank, resultsColumn(Int) }

        struct Sections {
            var blocks: [FicheField: [[String]]] = [:]
            var seen: Set<FicheField> = []
        }

        static func tokens(_ lines: [String]) -> [Token] {
            var out: [Token] = []
            for raw in lines {
                if Text.trim(raw).isEmpty { out.append(.blank); continue }
                if raw.contains("\t") {
                    let cells = raw.components(separatedBy: "\t").map(Text.trim)
                    if let first = cells.firstIndex(where: { !$0.isEmpty }),
                       FicheHeadings.match(cells[first])?.field == .indicators {
                        out.append(.heading(.indicators))
                        if let r = cells.indices.first(where: { $0 > first && FicheHeadings.match(cells[$0])?.field == .results }) {
                            out.append(.heading(.results))
                            out.append(.resultsColumn(r))
                        }
                        continue
                    }
                    out.append(.line(raw)); continue
                }
                let (fields, value) = FicheHeadings.split(raw)
                out += fields.map { .heading($0) }
                if let value { out.append(.line(value)) }
            }
            return out
        }

        static func sections(_ tokens: [Token]) -> Sections {
            var groups: [(headings: [FicheField], blocks: [[String]], column: Int?)] = []
            var open = false   // whether the last block still takes lines
            for token in tokens {
                switch token {
                case .heading(let f):
                    if groups.isEmpty || !(groups.last!.blocks.isEmpty) { groups.append(([], [], nil)) }
                    if !groups[groups.count - 1].headings.contains(f) { groups[groups.count - 1].headings.append(f) }
                    open = false
                case .resultsColumn(let c):
                    if !groups.isEmpty { groups[groups.count - 1].column = c }
                case .blank:
                    open = false
                case .line(let l):
                    if groups.isEmpty { groups.append(([], [], nil)) }
                    if open { groups[groups.count - 1].blocks[groups[groups.count - 1].blocks.count - 1].append(l) }
                    else { groups[groups.count - 1].blocks.append([l]); open = true }
                }
            }
            var result = Sections()
            for g in groups {
                result.seen.formUnion(g.headings)
                for (field, blocks) in assign(g.headings, g.blocks, column: g.column) {
                    result.blocks[field, default: []] += blocks
                }
            }
            return result
        }

        static func assign(_ h: [FicheField], _ b: [[String]], column: Int?) -> [(FicheField, [[String]])] {
            guard !h.isEmpty, !b.isEmpty else { return [] }
            if h.count == 1 { return [(h[0], b)] }
            let pair = h == [.indicators, .results]
            if pair, column != nil || b.joined().contains(where: { $0.contains("\t") }) {
                return splitColumns(b.joined().map { $0 }, column: column ?? 1)
            }
            if b.count <= h.count {
                // Fewer values than headings: the empty ones are the first (1-2-2: no public ciblé).
                return zip(h.suffix(b.count), b).map { ($0, [$1]) }
            }
            if pair {
                // More blocks than headings: results start at the first block opening on a verb
                // ("Sécuriser…"); noun phrases ("Devis des entreprises…") are further indicators.
                let start = b.indices.dropFirst().first { Vocabulary.isInfinitive(b[$0].first ?? "") } ?? b.count - 1
                return [(.indicators, Array(b[..<start])), (.results, Array(b[start...]))]
            }
            return zip(h.dropLast(), b).map { ($0, [$1]) } + [(h.last!, Array(b[(h.count - 1)...]))]
        }

        /// Tab-separated "Indicateurs | Résultats" rows: the results column index comes from
        /// the header row ("Nivellement des tarifications\t" is an indicator only).
        private static func splitColumns(_ lines: [String], column: Int) -> [(FicheField, [[String]])] {
            var indicators: [[String]] = [], results: [[String]] = []
            for line in lines {
                let cells = line.components(separatedBy: "\t").map(Text.trim)
                if cells.allSatisfy({ $0.allSatisfy { "-:| ".contains($0) } }) { continue }
                let c = min(column, cells.count)
                let left = cells[..<c].filter { !$0.isEmpty }.joined(separator: " ")
                let right = cells[c...].filter { !$0.isEmpty }.joined(separator: " ")
                if !left.isEmpty { indicators.append([left]) }
                if !right.isEmpty { results.append([right]) }
            }
            return [(.indicators, indicators), (.results, results)]
        }
    }
}
