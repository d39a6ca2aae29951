import Foundation

/// Matching is accent- and case-insensitive: users type "equipement" for "équipement".
enum PlanSearch {
    struct Criteria {
        var text: String
        var organisation: String
        var year: Int?
        var isEmpty: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty && organisation.isEmpty && year == nil }
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
    }

    static func run(_ criteria: Criteria, in tree: PlanTree, scope: TerritoryScope) -> [SearchPage.Hit] {
        let needle = fold(criteria.text.trimmingCharacters(in: .whitespaces))
        let matchesText = { (fields: [String?]) in needle.isEmpty || fields.contains { $0.map { fold($0).contains(needle) } ?? false } }
        var hits: [SearchPage.Hit] = []
        for action in tree.actions {
            let orgs = action.organisations.map(\.label)
            let actionFields = [action.code, action.title, action.diagnostic, action.audience]
                + action.indicators.map(\.label) + action.expectedResults.map(\.text) + orgs
            let actionYears = Set(action.sousActions.flatMap(\.years))
            if matchesText(actionFields), matchesOrganisation(criteria.organisation, orgs + action.sousActions.flatMap { $0.funders.map(\.label) }),
               criteria.year.map(actionYears.contains) ?? true {
                hits.append(.init(code: action.code, title: action.title, kind: "Fiche-action",
                                  context: action.diagnostic ?? "", href: scope.path(.fiche(code: action.code))))
            }
            for sub in action.sortedSousActions {
                let funders = sub.funders.map(\.label)
                guard matchesText([sub.code, sub.title, sub.outlineTitle, sub.staff] + funders),
                      matchesOrganisation(criteria.organisation, funders + orgs),
                      criteria.year.map(sub.years.contains) ?? true else { continue }
                hits.append(.init(code: sub.displayCode, title: sub.title, kind: "Sous-action de la fiche \(action.code)",
                                  context: [sub.staff, funders.joined(separator: ", ")].compactMap { $0 }.joined(separator: " — "),
                                  href: scope.path(.fiche(code: action.code))))
            }
        }
        return hits
    }

    private static func matchesOrganisation(_ wanted: String, _ labels: [String]) -> Bool {
        wanted.isEmpty || labels.contains(wanted)
    }
}
