/// Why a file cannot be imported at all. Anything less severe becomes a warning
/// in `ParsedDocument.warnings` instead, so that a damaged scan still imports.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary
    case notADeliberation

    /// Shown to the user as is (web flash message, CLI stderr).
    public var description: String {
        switch self {
        case .empty: "Le fichier est vide."
        case .binary: "Le fichier n'est pas un texte lisible (contenu binaire)."
        case .notADeliberation: "Ce texte n'est ni une délibération ni un plan d'actions de CTG."
        }
    }
}
