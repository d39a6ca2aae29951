import Foundation

/// The uploaded files' part of `ctg backup`: a folder `PATH.fichiers` beside the database's copy.
/// The database is copied first, then the files: files are only ever added (a removal keeps its
/// bytes), so every file the copied rows name is already on disk when the folder is made.
enum FilesBackup {
    static func folder(beside path: String) -> String { path + ".fichiers" }

    /// Copies every kept file; returns how many. Written under a temporary name, then renamed.
    @discardableResult
    static func copy(from store: DocumentStore, beside path: String) throws -> Int {
        let manager = FileManager.default
        let target = folder(beside: path)
        guard !manager.fileExists(atPath: target) else {
            throw AppError.conflict("Le dossier « \(target) » existe déjà : choisissez un autre nom de sauvegarde.")
        }
        let names = store.storedNames()
        let partial = target + ".partiel-\(UUID().uuidString.prefix(8))"
        do {
            try manager.createDirectory(atPath: partial, withIntermediateDirectories: true)
            for name in names {
                try manager.copyItem(at: try store.url(of: name), to: URL(fileURLWithPath: partial).appendingPathComponent(name))
            }
            try manager.moveItem(atPath: partial, toPath: target)
        } catch {
            try? manager.removeItem(atPath: partial)
            throw error
        }
        return names.count
    }

    /// Brings back the files of a backup that the store lacks; the ones it has are left as they are
    /// (a stored name is never reused). A backup without files (made before they were saved) brings none.
    @discardableResult
    static func restore(into store: DocumentStore, beside path: String) throws -> Int {
        let manager = FileManager.default
        let source = URL(fileURLWithPath: folder(beside: path), isDirectory: true)
        guard let names = try? manager.contentsOfDirectory(atPath: source.path) else { return 0 }
        try manager.createDirectory(at: store.directory, withIntermediateDirectories: true)
        var restored = 0
        for name in names where DocumentStore.isStoredName(name) {
            let destination = try store.url(of: name)
            guard !manager.fileExists(atPath: destination.path) else { continue }
            let partial = store.directory.appendingPathComponent(".\(name).partiel")
            try? manager.removeItem(at: partial)
            try manager.copyItem(at: source.appendingPathComponent(name), to: partial)
            try manager.moveItem(at: partial, to: destination)
            restored += 1
        }
        return restored
    }
}
