extension DocumentParser {
    /// What one fiche-action says, before it is merged with the outline.
    struct FicheDraft: Equatable {
        var code: ActionCode
        var title: String
        var diagnostic: String?
        var audience: String?
        var leads: [String] = []
        var partners: [String] = []
        var indicators: [String] = []
        var results: [String] = []
        var rows: [SubActionRow] = []
        var seen: Set<FicheField> = []
        var tableFound = false
    }

    enum FicheParser {
        static func parse(code: ActionCode, title: String, lines: [String]) -> FicheDraft {
            var body = lines
            var fullTitle = title
            // A heading the OCR wrapped: lines glued under it, before any blank line.
            while let first = body.first, !Text.trim(first).isEmpty, !first.contains("\t"),
                  FicheHeadings.match(first) == nil, !SubActionTable.isStart(first) {
                fullTitle += " " + Text.trim(first)
                body.removeFirst()
            }
            var draft = FicheDraft(code: code, title: Text.capitalizingFirst(Text.collapseSpaces(fullTitle)))
            if let start = body.firstIndex(where: SubActionTable.isStart) {
                let end = body[(start + 1)...].firstIndex(where: isSectionHeading) ?? body.count
                draft.rows = SubActionTable.parse(Array(body[start..<end]))
                draft.tableFound = true
                body.removeSubrange(start..<end)
            }
            let sections = FicheLayout.sections(FicheLayout.tokens(body))
            draft.seen = sections.seen
            let blocks = sections.blocks
            draft.diagnostic = prose(blocks[.diagnostic])
            draft.audience = prose(blocks[.audience])
            draft.leads = OrganisationList.parse(blocks[.leads]?.flatMap { $0 } ?? []).names
            draft.partners = OrganisationList.parse(blocks[.partners]?.flatMap { $0 } ?? []).names
            draft.indicators = ListItems.items(from: blocks[.indicators]?.flatMap { $0 } ?? [])
            draft.results = ListItems.items(from: blocks[.results]?.flatMap { $0 } ?? [])
            return draft
        }

        /// Lines of a paragraph are joined with spaces, paragraphs with a line break.
        private static func prose(_ blocks: [[String]]?) -> String? {
            let paragraphs = (blocks ?? []).map { Text.collapseSpaces($0.map(HTML.stripTags).joined(separator: " ")) }
                .filter { !$0.isEmpty }
            return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n")
        }

        private static func isSectionHeading(_ line: String) -> Bool {
            let first = line.components(separatedBy: "\t").first(where: { !Text.trim($0).isEmpty }) ?? ""
            return FicheHeadings.match(first) != nil
        }
    }
}
