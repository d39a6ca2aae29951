import Foundation

/// What a file can be attached to (issue 13, « Fichiers »). The raw value is the address segment.
public enum AttachmentOwnerKind: String, CaseIterable, Sendable, Codable {
    case deliberation
    case seance
    case fiche
    case sousAction = "sous-action"
    case measurement = "mesure"

    /// "de la délibération", to finish « Pièces jointes … ».
    public var ofLabel: String {
        switch self {
        case .deliberation: return "de la délibération"
        case .seance: return "de la séance"
        case .fiche: return "de la fiche-action"
        case .sousAction: return "de la sous-action"
        case .measurement: return "de la mesure"
        }
    }

    /// The kinds offered on the upload form, the most expected first.
    public var kinds: [AttachmentKind] {
        switch self {
        case .deliberation: return [.acte, .accuseReception, .autre]
        case .seance: return [.procesVerbal, .autre]
        case .fiche, .sousAction: return [.justificatif, .autre]
        case .measurement: return [.source, .autre]
        }
    }

    /// Acts, procès-verbaux and fiches may be published; the evidence of what was done and the
    /// source of a figure may name people or carry internal figures, so they stay for signed-in readers.
    public var mayBePublic: Bool {
        switch self {
        case .deliberation, .seance, .fiche: return true
        case .sousAction, .measurement: return false
        }
    }
}

public enum AttachmentKind: String, CaseIterable, Sendable, Codable {
    case acte
    case accuseReception = "ar"
    case procesVerbal = "pv"
    case justificatif
    case source
    case autre

    public var label: String {
        switch self {
        case .acte: return "Acte signé"
        case .accuseReception: return "Accusé de réception de la préfecture"
        case .procesVerbal: return "Procès-verbal"
        case .justificatif: return "Justificatif de réalisation"
        case .source: return "Source de la mesure"
        case .autre: return "Autre document"
        }
    }

    /// Acts and their AR are published as PDF (electronic publication since 1 July 2022), and so is a PV.
    public var requiresPDF: Bool { self == .acte || self == .accuseReception || self == .procesVerbal }
}

/// The checks of an attachment, before anything is written: type by content, size, and a file name
/// that is safe to show and to send back in a header.
public enum AttachmentCheck {
    /// 20 Mo unless `CTG_FILE_MAX_MB` says otherwise: a scanned act of a few pages fits.
    public static let defaultMaxBytes = 20 * 1024 * 1024

    /// The configured limit in bytes; a missing, non-numeric or out-of-range value keeps the default.
    public static func maxBytes(megabytes text: String?) -> Int {
        guard let text, let megabytes = Int(text.trimmingCharacters(in: .whitespaces)), (1...500).contains(megabytes) else {
            return defaultMaxBytes
        }
        return megabytes * 1024 * 1024
    }

    public static func check(filename: String, bytes: [UInt8], kind: AttachmentKind, limit: Int) -> Result<DocumentCheck.FileType, DocumentCheck.Refusal> {
        switch DocumentCheck.check(filename: filename, bytes: bytes, limit: limit) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let type):
            guard !kind.requiresPDF || type == .pdf else {
                return .failure(.init("Ce fichier n'est pas un PDF (c'est un document \(type.label)) : « \(kind.label) » se dépose en PDF."))
            }
            return .success(type)
        }
    }

    /// The sender's name without any folder, control character or quote, at most 120 characters
    /// (keeping the extension), never empty: it is shown on pages and sent back in Content-Disposition.
    public static func cleanFilename(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(last.unicodeScalars.filter { scalar in
            !CharacterSet.controlCharacters.contains(scalar) && !"\"<>|:*?".unicodeScalars.contains(scalar)
        }.map(Character.init)).trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".")))
        guard !kept.isEmpty else { return "document" }
        guard kept.count > 120 else { return kept }
        let ext = kept.split(separator: ".").count > 1 ? "." + (kept.split(separator: ".").last ?? "") : ""
        return String(kept.prefix(120 - min(ext.count, 20))) + String(ext.prefix(20))
    }
}
