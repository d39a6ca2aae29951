extension DocumentParser {
    /// Builds one `ParsedAction` from its fiche and outline entry, with the warnings that
    /// concern it.
    enum ActionAssembler {
        static func action(_ code: ActionCode, fiche: FicheDraft?, outline: OutlineAction?, hasOutline: Bool) -> ParsedAction {
            let c = code.description
            guard let fiche else {
                let o = outline!
                return ParsedAction(code: c, title: o.title,
                                    subActions: o.items.map { ParsedSubAction(code: nil, title: $0, years: o.years) },
                                    warnings: [Warn.ficheMissing(c)])
            }
            var w: [String] = []
            if hasOutline, outline == nil { w.append(Warn.ficheNotInOutline(c)) }
            let missing = missingParts(fiche)
            if !missing.isEmpty { w.append(Warn.incomplete(c, missing: missing)) }
            let values: [FicheField: Bool] = [
                .diagnostic: fiche.diagnostic != nil, .audience: fiche.audience != nil, .leads: !fiche.leads.isEmpty,
                .partners: !fiche.partners.isEmpty, .indicators: !fiche.indicators.isEmpty, .results: !fiche.results.isEmpty,
            ]
            for field in FicheField.allCases where fiche.seen.contains(field) && values[field] == false {
                w.append(Warn.fieldMissing(c, field))
            }
            var action = ParsedAction(code: c, title: fiche.title, diagnostic: fiche.diagnostic, audience: fiche.audience,
                                      leads: fiche.leads, partners: fiche.partners, indicators: fiche.indicators,
                                      expectedResults: fiche.results)
            if let outline, !Text.sameWording(outline.title, fiche.title) {
                action.outlineTitle = outline.title
                w.append(Warn.actionTitleDiffers(c, outline: outline.title))
            }
            action.subActions = subActions(fiche, outline: outline, warnings: &w)
            action.warnings = w
            return action
        }

        static func missingParts(_ fiche: FicheDraft) -> [String] {
            let before: [FicheField] = [.diagnostic, .audience, .leads, .partners], after: [FicheField] = [.indicators, .results]
            var parts = before.filter { !fiche.seen.contains($0) }.map(\.label)
            if !fiche.tableFound { parts.append("tableau des sous-actions") }
            return parts + after.filter { !fiche.seen.contains($0) }.map(\.label)
        }

        private static func subActions(_ fiche: FicheDraft, outline: OutlineAction?, warnings w: inout [String]) -> [ParsedSubAction] {
            let c = fiche.code.description
            let items = outline?.items ?? []
            if !items.isEmpty, !fiche.rows.isEmpty, items.count != fiche.rows.count {
                w.append(Warn.subActionCount(c, fiche: fiche.rows.count, outline: items.count))
            }
            if fiche.tableFound, fiche.rows.isEmpty { w.append(Warn.noSubActions(c)) }
            var seen = Set<String>()
            var subs: [ParsedSubAction] = []
            for (i, row) in fiche.rows.enumerated() {
                let title = Text.capitalizingFirst(Text.collapseSpaces(row.title))
                let label = Warn.subActionLabel(fiche: c, code: row.code, title: title)
                if let code = row.code {
                    if !code.hasPrefix(c + "-") { w.append(Warn.foreignSubActionCode(c, sub: code)) }
                    if !seen.insert(code).inserted { w.append(Warn.duplicateSubActionCode(code)) }
                } else if let raw = row.unreadableCode {
                    w.append(Warn.badSubActionCode(c, raw: raw))
                } else {
                    w.append(Warn.uncodedSubAction(c, title: title))
                }
                var sub = ParsedSubAction(code: row.code, title: title, years: row.years, staff: row.staff)
                if i < items.count, !Text.sameWording(items[i], title) {
                    sub.outlineTitle = items[i]
                    w.append(Warn.subActionTitleDiffers(label, outline: items[i]))
                }
                let funders = OrganisationList.parse(row.funders.map { [$0] } ?? [])
                sub.funders = funders.names
                if let sep = funders.trailingSeparator { w.append(Warn.trailingSeparator(label, sep)) }
                if sub.staff == nil || sub.funders.isEmpty {
                    w.append(Warn.meansMissing(label, staff: sub.staff == nil, funders: sub.funders.isEmpty))
                }
                subs.append(sub)
            }
            if fiche.rows.contains(where: \.unplacedMarks) { w.append(Warn.calendarUnreadable(c)) }
            if !subs.isEmpty, subs.allSatisfy({ $0.years.isEmpty }) {
                if let years = outline?.years, !years.isEmpty {
                    for i in subs.indices { subs[i].years = years }
                    w.append(Warn.calendarFromOutline(c, years: years))
                } else {
                    w.append(Warn.calendarEmpty(c))
                }
            }
            return subs
        }
    }
}
