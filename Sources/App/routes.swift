import Fluent
import Vapor

/// Every route of the site, registered from `SiteURL`.
func routes(_ app: Application) throws {
    app.get(.health, use: HealthController.check)
    app.get(.home, use: HomeController.show)
    app.get(.plan, use: PlanController.show)
    app.get(.fiche(code: ""), use: FicheController.show)
    app.get(.planCSV, use: ExportController.csv)
    app.get(.search, use: SearchController.show)
    app.get(.deliberations, use: DeliberationController.index)
    app.get(.deliberation(number: ""), use: DeliberationController.show)
    app.get(.api(.conventions), use: ConventionAPIController.index)
    app.get(.api(.plan(conventionID: 0)), use: ConventionAPIController.plan)
}
