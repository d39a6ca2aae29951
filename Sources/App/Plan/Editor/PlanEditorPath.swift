import Vapor

/// The plan editor's addresses, under `/{territoire}/plan/edition` (one `TerritoryPage.planEditor`
/// case, so the shared file stays small). Every page and form names its convention
/// (`?convention=ID`), so the editor never switches silently to another one.
enum PlanEditorPath: Equatable, Sendable {
    /// The plan as a tree of forms, and the convention's creation form.
    case home
    case conventions
    case axes
    /// Rename an axe or objectif (POST).
    case item(PlanEditorMove.Kind, id: Int)
    /// Add a child under an axe (objectif) or an objectif (fiche).
    case children(PlanEditorMove.Kind, id: Int)
    case move(PlanEditorMove.Kind, id: Int)
    case deletion(PlanEditorMove.Kind, id: Int)
    /// A fiche's form, with its sous-actions.
    case fiche(code: String)
    case sousActions(ficheCode: String)
    case warning(id: Int)

    var segments: [String] {
        let base = ["plan", "edition"]
        switch self {
        case .home: return base
        case .conventions: return base + ["conventions"]
        case .axes: return base + ["axes"]
        case .item(let kind, let id): return base + [kind.rawValue, String(id)]
        case .children(let kind, let id): return base + [kind.rawValue, String(id), "ajout"]
        case .move(let kind, let id): return base + [kind.rawValue, String(id), "deplacement"]
        case .deletion(let kind, let id): return base + [kind.rawValue, String(id), "suppression"]
        case .fiche(let code): return base + ["fiches", code]
        case .sousActions(let code): return base + ["fiches", code, "sous-actions"]
        case .warning(let id): return base + ["avertissements", String(id)]
        }
    }

    var pathComponents: [PathComponent] {
        let base: [PathComponent] = ["plan", "edition"]
        switch self {
        case .home, .conventions, .axes: return segments.map { PathComponent(stringLiteral: $0) }
        case .item: return base + [":kind", ":itemID"]
        case .children: return base + [":kind", ":itemID", "ajout"]
        case .move: return base + [":kind", ":itemID", "deplacement"]
        case .deletion: return base + [":kind", ":itemID", "suppression"]
        case .fiche: return base + ["fiches", ":code"]
        case .sousActions: return base + ["fiches", ":code", "sous-actions"]
        case .warning: return base + ["avertissements", ":warningID"]
        }
    }

    /// The link in the territory `ref`, with its convention.
    func href(_ ref: TerritoryRef) -> String {
        ref.path(.planEditor(self))
    }
}
