import Foundation

/// The photo of an item of the shared pool: a JPEG or PNG recognised by its first bytes (the
/// name and the browser's type are not trusted), no larger than the documents' limit, and a
/// text alternative for those who cannot see it.
public enum EquipmentPhotoCheck {
    public static let maxAltLength = 200

    public struct Valid: Equatable, Sendable {
        public var type: DocumentCheck.FileType
        public var alt: String
    }

    /// - Parameter itemName: makes the default alt text when none is given: "Photo de « Lit parapluie »".
    public static func check(filename: String, bytes: [UInt8], alt: String?, itemName: String) -> Result<Valid, DocumentCheck.Refusal> {
        let type: DocumentCheck.FileType
        switch DocumentCheck.check(filename: filename, bytes: bytes) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let checked): type = checked
        }
        guard type == .jpeg || type == .png else {
            return .failure(.init("Une photo doit être une image JPEG ou PNG : ce fichier est un document \(type.label)."))
        }
        let text = (alt ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= maxAltLength else {
            return .failure(.init("La description de la photo dépasse \(maxAltLength) caractères : raccourcissez-la."))
        }
        return .success(Valid(type: type, alt: text.isEmpty ? "Photo de « \(itemName) »" : text))
    }
}
