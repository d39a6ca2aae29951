import CTGCore
import Fluent
import Vapor

/// One line of the follow-up table and of its CSV: a sous-action with its fiche's
/// context, its current status and progress.
struct SuiviRow: Encodable, Sendable {
    var axeNumber: Int
    var axe: String
    var objectif: String
    var actionCode: String
    var ficheHref: String
    var code: String
    var title: String
    var plannedYears: [Int]
    var years: String
    /// Responsables of the fiche (organisation names when linked, else the document's label).
    var organisations: [String]
    /// Financeurs named on the sous-action's own "Moyens financiers" cell.
    var financeurs: [String]
    var status: String
    var statusKey: String
    var recordedStatus: String
    var isLate: Bool
    var progress: ProgressBar
    var comment: String?
    var date: String?
    /// For the in-place status form of /suivi (issue 13 §4): set only where the user may edit.
    var sousActionID: Int = 0
    var statusAction: String? = nil
}

/// Builds every row of a convention, in plan order; filtering is `SuiviFilter`'s job.
enum SuiviTable {
    static func rows(tree: PlanTree, followUp: PlanFollowUp, organisationNames: [Int: String]) -> [SuiviRow] {
        var rows: [SuiviRow] = []
        for axe in tree.axes {
            for objectif in axe.sortedObjectifs {
                for action in objectif.sortedActions {
                    let leads = action.leads.map { lead in lead.$organisation.id.flatMap { organisationNames[$0] } ?? lead.label }
                    for sub in action.sortedSousActions {
                        guard let state = followUp.state(sub) else { continue }
                        rows.append(SuiviRow(
                            axeNumber: axe.number, axe: "Axe \(axe.number)" + (axe.title.map { " — \($0)" } ?? ""),
                            objectif: "Objectif \(objectif.number) : \(objectif.title)", actionCode: action.code,
                            ficheHref: tree.ref.path(.fiche(code: action.code)) + "#sa-\(sub.id ?? 0)",
                            code: sub.displayCode, title: sub.title, plannedYears: sub.years, years: SuiviFormat.years(sub.years),
                            organisations: unique(leads),
                            financeurs: unique(sub.sortedFunders.map { f in f.$organisation.id.flatMap { organisationNames[$0] } ?? f.label }),
                            status: state.effective.label, statusKey: state.effective.rawValue,
                            recordedStatus: state.recorded.label, isLate: state.isLate,
                            progress: ProgressBar(state.progress, label: "Avancement de la sous-action \(sub.displayCode)"),
                            comment: state.entry?.comment, date: state.entry?.date?.description, sousActionID: sub.id ?? 0))
                    }
                }
            }
        }
        return rows
    }

    /// Organisation names by id for the convention's territory, to show one name per body.
    static func organisationNames(territoryID: Int, on db: any Database) async throws -> [Int: String] {
        let all = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).all()
        return Dictionary(all.compactMap { org in org.id.map { ($0, org.name) } }, uniquingKeysWith: { first, _ in first })
    }

    static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    static let csvHeader = ["Axe", "Objectif", "Code action", "Code sous-action", "Sous-action", "Années prévues",
                            "Responsables", "Financeurs", "Statut", "Statut saisi", "En retard", "Avancement (%)",
                            "Commentaire", "Date du statut"]

    static func csvRow(_ row: SuiviRow) -> [String] {
        [row.axe, row.objectif, row.actionCode, row.code, row.title, row.years,
         row.organisations.joined(separator: ", "), row.financeurs.joined(separator: ", "),
         row.status, row.recordedStatus, row.isLate ? "oui" : "non",
         row.progress.value.map { PilotageFormat.number($0 * 100, maxFractionDigits: 0) } ?? "",
         row.comment ?? "", row.date ?? ""]
    }
}
