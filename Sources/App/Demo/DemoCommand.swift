import CTGCore
import Vapor

/// `ctg demo [--territories N]`: the bundled territory plus up to two invented ones
/// (Resources/Demo), to see several CTGs side by side; past three, generated territories
/// (`ScaleDemo`) to measure ctg at scale. Running it again adds nothing twice.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "territories", help: "Nombre de territoires de démonstration, de 1 à \(DemoCommand.most) (par défaut : 3) ; au-delà de 3, des territoires générés s'ajoutent.")
        var territories: String?
    }

    static let most = 10_000

    var help: String { "Charge des territoires de démonstration : celui du document livré et deux territoires inventés." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let handWritten = DemoTerritories.names.count + 1
        let raw = signature.territories ?? String(handWritten)
        guard let count = Int(raw), (1...Self.most).contains(count) else {
            throw CommandFailure("--territories attend un nombre de 1 à \(Self.most) (« \(raw) » reçu).")
        }
        let app = context.application
        try await app.autoMigrate()
        do {
            try await BundledDocument.loadIfEmpty(app)
            for loaded in try await DemoTerritories.load(count: min(count, handWritten), app: app) {
                context.console.info(loaded.territory)
                loaded.lines.forEach { context.console.output("  \($0)".consoleText()) }
            }
            if count > handWritten {
                let added = try await ScaleDemo.generate(upTo: count, app: app) { done, total in
                    context.console.output(ProgressLine.text(done: done, total: total).consoleText(), newLine: done == total)
                }
                context.console.info("\(FrenchCount.phrase(added, "territoire généré", "territoires générés")).")
            }
            try await GuichetDemo.load(app)
            try await SurveyDemo.load(app)
            try await OccupancyDemo.loadForFirstStart(app)
            try await TariffDemo.load(app)
            try await BudgetDemo.load(app)
        } catch let refused as PlanSheetProblems {
            refused.lines.forEach { context.console.error($0) }
            throw CommandFailure("Le plan de démonstration est refusé : rien n'a été importé pour ce territoire.")
        } catch let error as AppError {
            throw CommandFailure(error.reason)
        }
        context.console.info("\(FrenchCount.phrase(count, "territoire de démonstration prêt", "territoires de démonstration prêts")) : "
            + "ctg serve, puis http://127.0.0.1:8080/")
    }
}
