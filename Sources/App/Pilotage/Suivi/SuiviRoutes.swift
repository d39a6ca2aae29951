import Vapor

/// Every route of the plan's follow-up (statuses, calendar, weights, table,
/// Gantt, financeurs). All of them need a signed-in user: the public keeps
/// the read-only plan and fiche pages.
enum SuiviRoutes {
    static func register(on app: Application) {
        SuiviEditController.register(on: app)
        SuiviController.register(on: app)
        WeightsController.register(on: app)
        CalendarBulkController.register(on: app)
        let readers = app.signedIn()
        readers.get(.gantt, use: GanttController.show)
        readers.get(.financeurs, use: FinanceursController.show)
    }
}
