import Vapor

/// `ctg backup PATH`: a consistent copy of the whole database, safe while the server runs.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "path", help: "Fichier de sauvegarde à créer (il ne doit pas exister).")
        var path: String
    }

    var help: String { "Sauvegarde toute la base (SQLite : VACUUM INTO ; PostgreSQL : pg_dump), même serveur lancé." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        do {
            try await DatabaseBackup.backup(context.application, to: signature.path)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        context.console.info("Sauvegarde écrite dans \(signature.path), les fichiers joints dans \(FilesBackup.folder(beside: signature.path)).")
    }
}

/// `ctg restore PATH`: brings a backup back. The state it replaces is saved
/// first, beside the backup, and its name printed, so a restore can be undone.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "path", help: "Sauvegarde faite avec « ctg backup ».")
        var path: String
    }

    var help: String { "Restaure une sauvegarde faite avec « ctg backup » ; l'état actuel est d'abord sauvegardé à côté." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let safety = BackupFile.safetyCopyPath(beside: signature.path, engine: DatabaseSetup.engine(app))
        do {
            try await DatabaseBackup.restore(app, from: signature.path, safetyCopy: safety)
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        context.console.info("Sauvegarde « \(signature.path) » restaurée.")
        context.console.info("L'état d'avant la restauration est conservé dans \(safety) (« ctg restore \(safety) » pour y revenir).")
    }
}
