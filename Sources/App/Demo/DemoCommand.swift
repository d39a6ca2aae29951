import CTGCore
import Vapor

/// `ctg demo [--territories N]`: the bundled territory plus up to two invented ones
/// (Resources/Demo), to see several CTGs side by side. Running it again adds nothing twice.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "territories", help: "Nombre de territoires de démonstration, de 1 à 3 (par défaut : 3).")
        var territories: String?
    }

    var help: String { "Charge des territoires de démonstration : celui du document livré et deux territoires inventés." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let most = DemoTerritories.names.count + 1
        let raw = signature.territories ?? String(most)
        guard let count = Int(raw), (1...most).contains(count) else {
            throw CommandFailure("--territories attend un nombre de 1 à \(most) (« \(raw) » reçu).")
        }
        let app = context.application
        try await app.autoMigrate()
        do {
            try await BundledDocument.loadIfEmpty(app)
            for loaded in try await DemoTerritories.load(count: count, app: app) {
                context.console.info(loaded.territory)
                loaded.lines.forEach { context.console.output("  \($0)".consoleText()) }
            }
            try await OccupancyDemo.loadForFirstStart(app)
        } catch let refused as PlanSheetProblems {
            refused.lines.forEach { context.console.error($0) }
            throw CommandFailure("Le plan de démonstration est refusé : rien n'a été importé pour ce territoire.")
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        context.console.info("\(count) territoire(s) de démonstration prêts : ctg serve, puis http://127.0.0.1:8080/")
    }
}
