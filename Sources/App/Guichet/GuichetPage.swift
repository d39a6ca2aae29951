import CTGCore
import Vapor

/// The guichet's addresses under `/{territoire}/` (one `TerritoryPage.guichet` case, so the
/// shared file stays small): the structures directory, the Parents and Jeunes spaces, and the
/// editors' list of what they manage.
enum GuichetPage: Equatable, Sendable {
    case structures
    case structure(id: Int)
    /// The creation form (GET) and its POST.
    case newStructure
    case editStructure(id: Int)
    /// Upload (POST) of a document of a structure.
    case documents(structureID: Int)
    case document(structureID: Int, documentID: Int)
    case documentRemoval(structureID: Int, documentID: Int)
    case space(InfoSpace)
    case page(InfoSpace, slug: String)
    case newPage(InfoSpace)
    case editPage(InfoSpace, slug: String)
    /// Back office: the structures and pages a user edits, and the pages due for review.
    case manage

    /// The word a page slug may not take, since the creation form lives at that address.
    static let newPageWord = "nouvelle-page"

    var segments: [String] {
        switch self {
        case .structures: return ["structures"]
        case .structure(let id): return ["structures", String(id)]
        case .newStructure: return ["structures", "nouvelle"]
        case .editStructure(let id): return ["structures", String(id), "modifier"]
        case .documents(let id): return ["structures", String(id), "documents"]
        case .document(let id, let doc): return ["structures", String(id), "documents", String(doc)]
        case .documentRemoval(let id, let doc): return ["structures", String(id), "documents", String(doc), "suppression"]
        case .space(let space): return [space.rawValue]
        case .page(let space, let slug): return [space.rawValue, slug]
        case .newPage(let space): return [space.rawValue, Self.newPageWord]
        case .editPage(let space, let slug): return [space.rawValue, slug, "modifier"]
        case .manage: return ["guichet"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .structure: return ["structures", ":structureID"]
        case .editStructure: return ["structures", ":structureID", "modifier"]
        case .documents: return ["structures", ":structureID", "documents"]
        case .document: return ["structures", ":structureID", "documents", ":documentID"]
        case .documentRemoval: return ["structures", ":structureID", "documents", ":documentID", "suppression"]
        case .page(let space, _): return [.constant(space.rawValue), ":slug"]
        case .editPage(let space, _): return [.constant(space.rawValue), ":slug", "modifier"]
        default: return segments.map { PathComponent(stringLiteral: $0) }
        }
    }
}

extension TerritoryScope {
    func path(_ page: GuichetPage) -> String { path(.guichet(page)) }
}
