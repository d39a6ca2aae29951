import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Leaf
import Vapor

/// Database choice, migrations, middleware, views, commands and routes; nothing else.
public func configure(_ app: Application) async throws {
    try await configure(app, store: .fromEnvironment)
}

func configure(_ app: Application, store: DatabaseSetup.Store) async throws {
    try DatabaseSetup.configure(app, store: store)
    if !isAskingForHelp(app) { await DatabaseSetup.useWriteAheadLog(app) }
    app.migrations.add(AppMigrations.all)
    app.pageCache = .fromEnvironment()

    app.http.server.configuration.shutdownTimeout = drainTimeout

    app.middleware = .init()
    app.metrics = SiteMetrics()
    app.metricsToken = Environment.get("CTG_METRICS_TOKEN")
    app.requestDrain = RequestDrain()
    app.middleware.use(RequestDrain.Middleware(drain: app.requestDrain))
    app.middleware.use(MetricsMiddleware(metrics: app.metrics))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(BodyLimitMiddleware())
    app.routes.defaultMaxBodySize = .init(value: BodyLimit.standard)
    app.middleware.use(PublicFilesMiddleware(publicDirectory: app.directory.publicDirectory))
    // Before sessions and CSRF: an old address costs one lookup and no session.
    app.middleware.use(LegacyAddressRedirect())
    AccountsSetup.configure(app)
    try MailSetup.configure(app)
    app.middleware.use(FieldLimitMiddleware())
    FormSubmissions.configure(app)
    GuichetSetup.configure(app)

    app.views.use(.leaf)
    app.leaf.cache.isEnabled = app.environment.isRelease

    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(SnapshotCommandGroup(), as: "snapshot")
    app.asyncCommands.use(ExportCommand(), as: "export")
    app.asyncCommands.use(PlanSheetCommandGroup(), as: "plan")
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(DeliberationCommandGroup(), as: "deliberation")
    app.asyncCommands.use(ActesCommandGroup(), as: "actes")
    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(OrganisationCommandGroup(), as: "organisation")
    app.asyncCommands.use(BilanCommand(), as: "bilan")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(TerritoryCommand(), as: "territory")
    AnimationRoutes.configure(app)
    SurveyIndicators.provide(on: app)
    app.asyncCommands.use(OccupancyBenchCommand(), as: "occupancy-bench")

    try routes(app)
}
