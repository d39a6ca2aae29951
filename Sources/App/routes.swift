import Fluent
import Vapor

/// Every route of the site, registered from `SiteURL`.
func routes(_ app: Application) throws {
    app.get(.health, use: HealthController.check)
    app.get(SiteURL.home, use: TerritoriesController.index)
    app.get(TerritoryPage.home, use: HomeController.show)
    app.get(.plan, use: PlanController.show)
    app.get(.fiche(code: ""), use: FicheController.show)
    app.get(.planCSV, use: ExportController.csv)
    app.get(.search, use: SearchController.show)
    app.get(.deliberations, use: DeliberationController.index)
    app.get(.deliberation(number: ""), use: DeliberationController.show)
    app.get(.deliberationsCSV, use: SCDLExport.download)
    app.get(.deliberationExtrait(number: ""), use: ExtraitController.show)
    app.get(.seances, use: SeanceController.index)
    app.get(.seance(id: 0), use: SeanceController.show)
    DeliberationsAdmin.register(on: app)
    OrganisationsController.register(on: app)
    app.get(.api(.territories), use: ConventionAPIController.territories)
    app.get(.api(.plan(.init(slug: ""))), use: ConventionAPIController.plan)
    app.get(.api(.legacyConventions), use: ConventionAPIController.index)
    app.get(.api(.legacyPlan(conventionID: 0)), use: ConventionAPIController.legacyPlan)

    app.get(.signIn, use: SignInController.show)
    app.post(.signIn, use: SignInController.signIn)
    app.post(.signOut, use: SignInController.signOut)
    let coordinateur = app.signedIn(.coordinateur)
    coordinateur.get(.adminUsers, use: AdminUsersController.index)
    coordinateur.post(.adminUsers, use: AdminUsersController.create)
    coordinateur.post(.adminUser(id: 0), use: AdminUsersController.update)
    coordinateur.post(.adminUserActivation(id: 0), use: AdminUsersController.setActivation)
    coordinateur.post(.adminJournalRestore(entryID: 0), use: JournalRestore.restore)
    app.signedIn(.coordinateur, .lecteur).get(.adminJournal, use: JournalController.index)
    SuiviRoutes.register(on: app)
    IndicatorRoutes.register(on: app)
    BilanRoutes.register(on: app)
}
