import CTGCore
import Vapor

/// The addresses of attachments, under `/{territoire}/…` (issue 13, « Fichiers »).
enum FilesPath: Equatable, Sendable {
    /// The files of one row (GET: list, and the form for those who may attach; POST: upload).
    case owner(AttachmentOwner)
    /// One file, downloaded.
    case file(id: Int)
    /// Its removal: the confirmation (GET) and the removal itself (POST).
    case removal(id: Int)

    var segments: [String] {
        switch self {
        case .owner(let owner): return ["pieces-jointes", owner.kind.rawValue, String(owner.id)]
        case .file(let id): return ["fichiers", String(id)]
        case .removal(let id): return ["fichiers", String(id), "retrait"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .owner: return ["pieces-jointes", ":ownerKind", ":ownerID"]
        case .file: return ["fichiers", ":attachmentID"]
        case .removal: return ["fichiers", ":attachmentID", "retrait"]
        }
    }
}

extension Application {
    private struct AttachmentLimitKey: StorageKey { typealias Value = Int }

    /// The largest attachment kept, from `CTG_FILE_MAX_MB` (20 Mo by default); tests may lower it.
    var attachmentLimit: Int {
        get { storage[AttachmentLimitKey.self] ?? AttachmentCheck.maxBytes(megabytes: Environment.get("CTG_FILE_MAX_MB")) }
        set { storage[AttachmentLimitKey.self] = newValue }
    }
}
