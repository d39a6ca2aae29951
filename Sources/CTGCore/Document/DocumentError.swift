/// Why a file cannot be imported at all. Anything less severe becomes a warning
/// in `ParsedDocument.warnings` instead, so that a damaged scan still imports.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary
    case notADeliberation
    /// Neither UTF-8, nor UTF-16 with its mark, nor Windows-1252 / Latin-1.
    case unknownEncoding
    case tooLarge(bytes: Int)

    /// Shown to the user as is (web flash message, CLI stderr).
    public var description: String {
        switch self {
        case .empty: "Le fichier est vide."
        case .binary: "Le fichier n'est pas un texte lisible (contenu binaire)."
        case .notADeliberation: "Ce texte n'est ni une délibération ni un plan d'actions de CTG."
        case .unknownEncoding:
            "L'encodage du fichier n'est pas reconnu : enregistrez-le en UTF-8 (ou Windows-1252 / Latin-1) puis réessayez."
        case .tooLarge(let bytes):
            "Le fichier est trop volumineux (\(Self.megabytes(bytes)) Mo) : la taille maximale est de "
                + "\(Self.megabytes(DocumentEncoding.maximumBytes)) Mo."
        }
    }

    /// "5", "12,5": one decimal in the French way, none when it is round.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }
}
