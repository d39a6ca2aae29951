import CTGCore
import Fluent
import Vapor

/// `ctg snapshot list` and `ctg snapshot restore N`: the plans `ctg import --replace`
/// saved before replacing them.
struct SnapshotCommandGroup: AsyncCommandGroup {
    var help: String { "Instantanés du plan enregistrés avant un import avec --replace." }
    var commands: [String: any AnyAsyncCommand] { ["list": SnapshotListCommand(), "restore": SnapshotRestoreCommand()] }
}

struct SnapshotListCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Liste les instantanés du plan, du plus récent au plus ancien." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        let snapshots = try await PlanBackup.query(on: context.application.db)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending).all()
        if snapshots.isEmpty {
            context.console.output("Aucun instantané.")
        }
        for snapshot in snapshots {
            let date = snapshot.createdAt.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            context.console.output("n° \(snapshot.id ?? 0) — convention n° \(snapshot.$convention.id) — \(date) UTC — \(snapshot.reason)".consoleText())
        }
    }
}

struct SnapshotRestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "numero", help: "Numéro de l'instantané (voir « ctg snapshot list »).")
        var number: Int
    }
    var help: String { "Remet le plan et son suivi dans l'état de l'instantané." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        let db = context.application.db
        guard let snapshot = try await PlanBackup.find(signature.number, on: db) else {
            throw CommandFailure("Instantané n° \(signature.number) introuvable : « ctg snapshot list » donne les numéros.")
        }
        let undo = try await SnapshotRestore.restore(snapshot, on: db)
        context.console.output(("Plan de la convention n° \(snapshot.$convention.id) restauré depuis l'instantané "
            + "n° \(signature.number). Le plan remplacé est gardé dans l'instantané n° \(undo).").consoleText())
    }
}
