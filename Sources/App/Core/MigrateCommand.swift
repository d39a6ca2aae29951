import Fluent
import Vapor

/// `ctg migrate`: applies pending migrations without asking, for scripts and deployments.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Applique les migrations de la base de données." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        context.console.info("Base de données à jour.")
    }
}
