extension DocumentParser {
    /// Merges outline and fiches into the plan tree. The fiche wins; the outline fills what the
    /// fiche lacks and is kept (`outlineTitle`) where its wording really differs.
    enum PlanAssembler {
        static func assemble(_ c: CollectedPlan, recovery: CaseRecovery) -> (plan: ParsedPlan, warnings: [String]) {
            var warnings = structureWarnings(c)
            let codes = Set(c.outline.keys).union(c.fiches.keys).sorted()
            var axes: [ParsedAxe] = []
            for axeNumber in orderedUnique(codes.map(\.axe)) {
                var axe = mergeAxe(axeNumber, c, recovery: recovery, warnings: &warnings)
                let inAxe = codes.filter { $0.axe == axeNumber }
                for objectiveNumber in orderedUnique(inAxe.map(\.objective)) {
                    var objective = mergeObjective(.init(axe: axeNumber, objective: objectiveNumber), c, warnings: &warnings)
                    for code in inAxe where code.objective == objectiveNumber {
                        let action = ActionAssembler.action(code, fiche: c.fiches[code], outline: c.outline[code],
                                                            hasOutline: !c.outline.isEmpty)
                        warnings += action.warnings
                        objective.actions.append(action)
                    }
                    axe.objectives.append(objective)
                }
                axes.append(axe)
            }
            return (ParsedPlan(axes: axes), warnings)
        }

        private static func structureWarnings(_ c: CollectedPlan) -> [String] {
            var warnings: [String] = []
            let missing = c.outlineOrder.filter { c.fiches[$0] == nil }
            if let last = c.ficheOrder.last, !missing.isEmpty {
                warnings.append(missing.allSatisfy { $0 > last }
                    ? Warn.truncated(read: c.fiches.count, announced: c.outline.count)
                    : Warn.missingFiches(missing.map(\.description)))
            } else if c.outline.isEmpty, let last = c.ficheOrder.last, let fiche = c.fiches[last],
                      !ActionAssembler.missingParts(fiche).isEmpty {
                warnings.append("Le document semble tronqué : la dernière fiche (\(last)) est incomplète.")
            }
            warnings += orderedUnique(c.duplicateFiches).map { Warn.duplicateFiche($0.description) }
            return warnings
        }

        private static func mergeAxe(_ n: Int, _ c: CollectedPlan, recovery: CaseRecovery, warnings: inout [String]) -> ParsedAxe {
            func clean(_ raw: String?) -> String? {
                raw.map { Text.balancingParentheses(recovery.recover(Text.collapseSpaces($0))) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let fiche = clean(c.axeTitles[.fiche]?[n]), outline = clean(c.axeTitles[.outline]?[n])
            switch (fiche, outline) {
            case let (f?, o?) where Text.sameWording(f, o):
                // Capitals lose accents and hyphens: keep whichever spelling kept more of them.
                return ParsedAxe(number: n, title: typographicWeight(o) > typographicWeight(f) ? o : f, objectives: [])
            case let (f?, o?):
                warnings.append(Warn.axeTitleDiffers(n, outline: o))
                return ParsedAxe(number: n, title: f, objectives: [], outlineTitle: o)
            case let (title?, nil), let (nil, title?):
                return ParsedAxe(number: n, title: title, objectives: [])
            case (nil, nil):
                warnings.append(Warn.axeTitleMissing(n))
                return ParsedAxe(number: n, title: nil, objectives: [])
            }
        }

        /// Accented letters first, then hyphens and apostrophes, compared in that order.
        private static func typographicWeight(_ s: String) -> Int {
            let accents = s.filter { $0.isLetter && Text.foldCharacter($0) != Character($0.lowercased()) }.count
            let marks = s.filter { $0 == "-" || $0 == "'" }.count
            return accents * 1000 + marks
        }

        private static func mergeObjective(_ key: CollectedPlan.ObjectiveKey, _ c: CollectedPlan,
                                           warnings: inout [String]) -> ParsedObjective {
            let code = "\(key.axe)-\(key.objective)"
            let fiche = c.objectiveTitles[.fiche]?[key].map(Text.capitalizingFirst)
            let outline = c.objectiveTitles[.outline]?[key].map(Text.capitalizingFirst)
            var objective = ParsedObjective(number: key.objective, title: fiche ?? outline ?? "", actions: [])
            if let fiche, let outline, !Text.sameWording(fiche, outline) {
                objective.outlineTitle = outline
                warnings.append(Warn.objectiveTitleDiffers(code, outline: outline))
            }
            if fiche == nil, outline == nil { warnings.append(Warn.objectiveTitleMissing(code)) }
            return objective
        }

        static func orderedUnique<T: Hashable>(_ values: [T]) -> [T] {
            var seen = Set<T>()
            return values.filter { seen.insert($0).inserted }
        }
    }
}
