import CTGCore
import Fluent
import Vapor

/// Turns the index's matches into the page's hits: loads only the fiches found, applies the
/// organisation and year filters, and cuts titles into marked and plain parts.
enum SearchHits {
    static func build(_ found: [(actionID: Int, sousActionID: Int?)], keys: [String], organisation: String, year: Int?,
                      scope: TerritoryScope, on db: any Database) async throws -> [SearchPage.Hit] {
        let ids = Array(Set(found.map(\.actionID)))
        guard !ids.isEmpty else { return [] }
        let actions = try await PlanAction.query(on: db).filter(\.$id ~~ ids)
            .with(\.$organisations).with(\.$sousActions) { $0.with(\.$funders) }.all()
        let byID = Dictionary(actions.compactMap { a in a.id.map { ($0, a) } }, uniquingKeysWith: { a, _ in a })
        let wanted = FrenchLabels.key(organisation)
        let marks = { (text: String) in
            FrenchSearchText.highlight(text, keys: keys).map { SearchPage.Part(text: $0.text, matched: $0.matched) }
        }
        return found.compactMap { hit -> SearchPage.Hit? in
            guard let action = byID[hit.actionID] else { return nil }
            let leads = action.organisations.map(\.label)
            let ficheHref = scope.path(.fiche(code: action.code))
            if let subID = hit.sousActionID {
                guard let sub = action.sousActions.first(where: { $0.id == subID }) else { return nil }
                let funders = sub.sortedFunders.map(\.label)
                guard wanted.isEmpty || (leads + funders).contains(where: { FrenchLabels.key($0) == wanted }),
                      year.map(sub.years.contains) ?? true else { return nil }
                let context = [sub.staff, funders.isEmpty ? nil : funders.joined(separator: ", ")].compactMap { $0 }
                return .init(code: sub.displayCode, title: marks(sub.title), kind: "Sous-action de la fiche \(action.code)",
                             context: marks(context.joined(separator: " — ")), href: ficheHref + "#sa-\(subID)")
            }
            let funders = action.sousActions.flatMap { $0.funders.map(\.label) }
            guard wanted.isEmpty || (leads + funders).contains(where: { FrenchLabels.key($0) == wanted }),
                  year.map({ y in action.sousActions.contains { $0.years.contains(y) } }) ?? true else { return nil }
            return .init(code: action.code, title: marks(action.title), kind: "Fiche-action",
                         context: marks(action.audience ?? action.diagnostic ?? ""), href: ficheHref)
        }
    }

    /// The organisations named in the convention's plan (responsables, partenaires, financeurs),
    /// each once and in French order: two indexed queries, not the whole plan.
    static func organisationLabels(conventionID: Int, on db: any Database) async throws -> [String] {
        let links = try await ActionOrganisation.query(on: db)
            .join(PlanAction.self, on: \ActionOrganisation.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID).all(\.$label)
        let funders = try await SousActionFunder.query(on: db)
            .join(SousAction.self, on: \SousActionFunder.$sousAction.$id == \SousAction.$id)
            .join(PlanAction.self, on: \SousAction.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID).all(\.$label)
        return FrenchLabels.dedupedSorted(links + funders)
    }
}
