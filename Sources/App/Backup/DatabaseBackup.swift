import Fluent
import Foundation
import SQLKit
import Vapor

/// `ctg backup` and `ctg restore`: a consistent copy of the whole database taken
/// while the server runs, with each engine's own tool (SQLite's `VACUUM INTO`,
/// PostgreSQL's `pg_dump`), with the uploaded files beside it (`FilesBackup`), and its way back.
enum DatabaseBackup {
    static func backup(_ app: Application, to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path), !FileManager.default.fileExists(atPath: FilesBackup.folder(beside: path)) else {
            throw AppError.conflict("Le fichier « \(path) » existe déjà : choisissez un autre nom, rien n'a été écrit.")
        }
        // Written under a temporary name, then renamed: a backup that stopped half-way never looks complete.
        let partial = path + ".partiel-\(UUID().uuidString.prefix(8))"
        do {
            switch DatabaseSetup.engine(app) {
            case .sqlite:
                try await sql(app).raw("VACUUM INTO \(bind: partial)").run()
            case .postgres(let target):
                try await PostgresTools.dump(target, to: partial, on: app.threadPool)
            }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw translate(error, writing: path)
        }
        do {
            try FilesBackup.copy(from: app.documentStore, beside: path)
        } catch {
            // Without its files the copy is not a backup: nothing is left that looks like one.
            try? FileManager.default.removeItem(atPath: path)
            throw translate(error, writing: FilesBackup.folder(beside: path))
        }
    }

    /// Replaces every row of the database with the backup's. The current state is
    /// first saved beside it (`safetyCopy`), so a restore can itself be undone.
    static func restore(_ app: Application, from path: String, safetyCopy: String) async throws {
        try BackupFile.check(path, engine: DatabaseSetup.engine(app))
        try await backup(app, to: safetyCopy)
        switch DatabaseSetup.engine(app) {
        case .sqlite:
            try await SQLiteRestore.run(from: path, on: app.db)
        case .postgres(let target):
            try await PostgresTools.restore(target, from: path, on: app.threadPool)
        }
        try FilesBackup.restore(into: app.documentStore, beside: path)
    }

    static func sql(_ app: Application) -> any SQLDatabase {
        app.db as! any SQLDatabase
    }

    private static func translate(_ error: any Error, writing path: String) -> any Error {
        if error is AppError { return error }
        return AppError.unavailable("La sauvegarde dans « \(path) » a échoué : \(String(describing: error)). Vérifiez que le dossier existe et est accessible en écriture.")
    }
}
