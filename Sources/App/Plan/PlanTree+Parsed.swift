import CTGCore

/// The stored plan in the published JSON shape: the API and `ctg export`
/// answer with it, and `ctg import` reads it back unchanged.
extension PlanTree {
    func parsedDocument(deliberation: ParsedDeliberation?) -> ParsedDocument {
        let axes = self.axes.map { axe in
            ParsedAxe(number: axe.number, title: axe.title, objectives: axe.sortedObjectifs.map { objectif in
                ParsedObjective(number: objectif.number, title: objectif.title,
                                actions: objectif.sortedActions.map(parsedAction), outlineTitle: objectif.outlineTitle)
            }, outlineTitle: axe.outlineTitle)
        }
        return ParsedDocument(deliberation: deliberation, plan: ParsedPlan(axes: axes),
                              warnings: warnings.map(\.message), identity: identity)
    }

    /// Who the plan belongs to, so that importing the export finds or names the same territory.
    private var identity: DocumentIdentity {
        let name = TerritoryName(territory.name)
        return DocumentIdentity(kind: name.flatMap { DocumentIdentity.Kind(rawValue: $0.kindWords) },
                                name: name?.ownName ?? territory.name, siren: territory.siren,
                                departement: Departement.withCode(territory.departement),
                                startYear: convention.startYear, endYear: convention.endYear, cafName: convention.cafName)
    }

    private func parsedAction(_ action: PlanAction) -> ParsedAction {
        ParsedAction(
            code: action.code, title: action.title, outlineTitle: action.outlineTitle,
            diagnostic: action.diagnostic, audience: action.audience,
            leads: action.leads.map(\.label), partners: action.partners.map(\.label),
            indicators: action.sortedIndicators.map(\.label), expectedResults: action.sortedResults.map(\.text),
            subActions: action.sortedSousActions.map { sub in
                ParsedSubAction(code: sub.code, title: sub.title, outlineTitle: sub.outlineTitle, years: sub.years,
                                staff: sub.staff, funders: sub.sortedFunders.map(\.label))
            },
            warnings: warnings.filter { $0.actionCode == action.code }.map(\.message))
    }
}
