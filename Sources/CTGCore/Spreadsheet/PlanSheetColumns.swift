/// The plan d'actions as a table, one row per sous-action: the columns of the
/// `/plan.csv` export, which the XLSX export shares and both imports read back.
///
/// A fiche without sous-action, an objectif without fiche or an axe without
/// objectif gets a row of its own with the lower columns empty, so that every
/// part of the plan survives an export and an import.
public enum PlanSheet {
    public enum Column: Int, CaseIterable, Sendable {
        case axe, objectif, actionCode, actionTitle, subActionCode, subActionTitle, years, leads, partners, staff, funders

        public var header: String {
            switch self {
            case .axe: return "Axe"
            case .objectif: return "Objectif"
            case .actionCode: return "Code action"
            case .actionTitle: return "Titre de l'action"
            case .subActionCode: return "Code sous-action"
            case .subActionTitle: return "Titre de la sous-action"
            case .years: return "Années"
            case .leads: return "Responsables"
            case .partners: return "Partenaires"
            case .staff: return "Personnel"
            case .funders: return "Financeurs"
            }
        }
    }

    public static let header = Column.allCases.map(\.header)
    /// Between the names of a list cell (responsables, partenaires, financeurs, années).
    static let listSeparator = ", "

    public static func rows(_ plan: ParsedPlan) -> [[String]] {
        var rows: [[String]] = []
        for axe in plan.axes {
            let axeCell = "Axe \(axe.number)" + (axe.title.map { " — \($0)" } ?? "")
            guard !axe.objectives.isEmpty else { rows.append(row([.axe: axeCell])); continue }
            for objectif in axe.objectives {
                let objectifCell = "Objectif \(axe.number)-\(objectif.number) : \(objectif.title)"
                guard !objectif.actions.isEmpty else { rows.append(row([.axe: axeCell, .objectif: objectifCell])); continue }
                for action in objectif.actions {
                    let fiche: [Column: String] = [
                        .axe: axeCell, .objectif: objectifCell, .actionCode: action.code, .actionTitle: action.title,
                        .leads: action.leads.joined(separator: listSeparator),
                        .partners: action.partners.joined(separator: listSeparator),
                    ]
                    guard !action.subActions.isEmpty else { rows.append(row(fiche)); continue }
                    for sub in action.subActions {
                        rows.append(row(fiche.merging([
                            .subActionCode: sub.code ?? "", .subActionTitle: sub.title,
                            .years: sub.years.map(String.init).joined(separator: listSeparator),
                            .staff: sub.staff ?? "", .funders: sub.funders.joined(separator: listSeparator),
                        ]) { $1 }))
                    }
                }
            }
        }
        return rows
    }

    private static func row(_ values: [Column: String]) -> [String] {
        Column.allCases.map { values[$0] ?? "" }
    }
}
