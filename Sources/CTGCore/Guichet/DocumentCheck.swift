/// The documents a structure publishes for families, and what an upload must be to be kept:
/// a PDF, an OpenDocument or Word text, or a picture, under the size limit. The type is read
/// from the file's first bytes and its name, never from what the browser declares.
public enum DocumentKind: String, CaseIterable, Sendable {
    case reglement
    case tarifs
    case dossier
    case autre

    public var label: String {
        switch self {
        case .reglement: return "Règlement de fonctionnement"
        case .tarifs: return "Tarifs"
        case .dossier: return "Dossier d'inscription"
        case .autre: return "Autre document"
        }
    }
}

public enum DocumentCheck {
    /// 4 MB, under the 5 MB a request may carry with the form around it.
    public static let maxBytes = 4 * 1024 * 1024

    public enum FileType: String, Sendable {
        case pdf = "application/pdf"
        case odt = "application/vnd.oasis.opendocument.text"
        case docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case png = "image/png"
        case jpeg = "image/jpeg"

        public var label: String {
            switch self {
            case .pdf: return "PDF"
            case .odt: return "OpenDocument"
            case .docx: return "Word"
            case .png: return "image PNG"
            case .jpeg: return "image JPEG"
            }
        }

        public var fileExtension: String {
            switch self {
            case .pdf: return "pdf"
            case .odt: return "odt"
            case .docx: return "docx"
            case .png: return "png"
            case .jpeg: return "jpg"
            }
        }
    }

    /// The file's type, or the French sentence saying why it is refused.
    /// - Parameter limit: the largest size kept (the structures' 4 Mo unless the caller has its own, like attachments).
    public static func check(filename: String, bytes: [UInt8], limit: Int = maxBytes) -> Result<FileType, Refusal> {
        guard !bytes.isEmpty else { return .failure(Refusal("Le fichier est vide ou n'a pas été joint.")) }
        guard bytes.count <= limit else {
            return .failure(Refusal("Le fichier dépasse \(limit / 1024 / 1024) Mo : réduisez-le (PDF compressé, image plus petite) et recommencez."))
        }
        let ext = filename.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let type: FileType?
        if bytes.starts(with: Array("%PDF-".utf8)) { type = .pdf }
        else if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { type = .png }
        else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { type = .jpeg }
        else if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // Both are ZIP files: the name tells them apart from any other archive.
            type = ext == "odt" ? .odt : ext == "docx" ? .docx : nil
        } else { type = nil }
        guard let type else {
            return .failure(Refusal("Ce type de fichier n'est pas accepté : envoyez un PDF, un document OpenDocument (.odt) ou Word (.docx), ou une image PNG ou JPEG."))
        }
        return .success(type)
    }

    public struct Refusal: Error, Equatable, Sendable {
        public let message: String
        public init(_ message: String) { self.message = message }
    }

    /// "1,2 Mo", "340 ko".
    public static func sizeLabel(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
            return "\(tenths / 10),\(tenths % 10) Mo"
        }
        return "\(max(1, (bytes + 512) / 1024)) ko"
    }
}
