import Fluent
import Vapor

enum FicheController {
    @Sendable static func show(req: Request) async throws -> View {
        let code = req.parameters.get("code") ?? ""
        let scope = try await req.territoryScope()
        let tree = try await PlanTree.load(conventionID: try scope.requireConventionID(), on: req.db)
        var fiche = try page(tree, scope: scope, code: code, viewer: req.currentUser)
        // Indicators section (Pilotage/Indicateurs): values, charts and forms for signed-in users.
        fiche.indicatorSection = try await FicheIndicatorsSection.build(req, tree: tree, code: code)
        // Follow-up block (Pilotage/Suivi): statuses, progress, status and calendar forms, Historique.
        fiche.suivi = try await FicheSuivi.section(req, tree: tree, code: code)
        // Attachments (Files/): public ones for everyone, the evidence of the sous-actions for readers.
        fiche.files = try await AttachmentLinks.fiche(tree.actions.first { $0.code == code }, scope: scope, req: req)
        return try await req.view.render("fiche", fiche)
    }

    static func page(_ tree: PlanTree, scope: TerritoryScope, code: String, viewer: User? = nil) throws -> FichePage {
        let actions = tree.actions
        guard let index = actions.firstIndex(where: { $0.code == code }) else {
            throw AppError.notFound("La fiche-action « \(code) » n'existe pas dans ce plan.")
        }
        let action = actions[index]
        let objectif = tree.axes.flatMap(\.objectifs).first { $0.id == action.$objectif.id }
        let axe = tree.axes.first { $0.id == objectif?.$axe.id }
        let years = tree.convention.years
        let neighbour = { (i: Int) -> FichePage.Neighbour? in
            actions.indices.contains(i) ? .init(code: actions[i].code, href: scope.path(.fiche(code: actions[i].code))) : nil
        }
        return FichePage(
            layout: Layout(title: "Fiche-action \(action.code) — \(action.title)", scope: scope),
            axe: axe.map { "Axe \($0.number) — \($0.displayTitle)" } ?? "",
            objective: objectif.map { "Objectif \($0.number) : \($0.title)" } ?? "",
            code: action.code, title: action.title, outlineTitle: action.outlineTitle,
            diagnostic: action.diagnostic, audience: action.audience,
            leads: action.leads.map(\.label), partners: action.partners.map(\.label), years: years,
            subActions: action.sortedSousActions.map { row(for: $0, years: years) },
            indicators: action.sortedIndicators.map(\.label), expectedResults: action.sortedResults.map(\.text),
            warnings: ImportWarningsBox.canAct(viewer, scope: scope)
                ? try ImportWarningsBox.items(tree.warnings.filter { $0.actionCode == action.code }, ref: scope.ref,
                                              retour: "fiche:\(action.code)")
                : [],
            previous: neighbour(index - 1), next: neighbour(index + 1), planHref: scope.path(.plan))
    }

    private static func row(for sub: SousAction, years: [Int]) -> FichePage.SubActionRow {
        let planned = Set(sub.years)
        let funders = sub.sortedFunders.map(\.label).joined(separator: ", ")
        return .init(code: sub.displayCode, title: sub.title, outlineTitle: sub.outlineTitle,
                     years: years.map { .init(year: $0, planned: planned.contains($0)) },
                     yearsKnown: !planned.isEmpty, staff: sub.staff, funders: funders.isEmpty ? nil : funders)
    }
}
