import Vapor

/// The budget pages (issue 13), under `/{territoire}/…` (one `TerritoryPage.budget` case,
/// so the shared file stays small).
enum BudgetPath: Equatable, Sendable {
    /// A sous-action's budget lines, and their form for whoever may edit the fiche.
    case sousAction(code: String, id: Int)
    /// The confirmation, then the deletion, of one line.
    case removal(code: String, sousActionID: Int, lineID: Int)
    /// `/financeurs`' amounts as files.
    case csv
    case xlsx

    var segments: [String] {
        let escape = SiteURL.escape
        switch self {
        case .sousAction(let code, let id): return ["plan", "fiches", escape(code), "sous-actions", String(id), "budget"]
        case .removal(let code, let id, let lineID):
            return ["plan", "fiches", escape(code), "sous-actions", String(id), "budget", String(lineID), "suppression"]
        case .csv: return ["financeurs.csv"]
        case .xlsx: return ["financeurs.xlsx"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .sousAction: return ["plan", "fiches", ":code", "sous-actions", ":sousActionID", "budget"]
        case .removal: return ["plan", "fiches", ":code", "sous-actions", ":sousActionID", "budget", ":lineID", "suppression"]
        default: return segments.map { PathComponent(stringLiteral: $0) }
        }
    }
}
