import Fluent

/// The ordered list of migrations. Shipped migrations are never edited: a
/// change is a new numbered file appended here.
enum AppMigrations {
    static let all: [any Migration] = [
        CreateTerritories(),
        CreateOrganisations(),
        CreateConventions(),
        CreateAxes(),
        CreateObjectifs(),
        CreateActions(),
        CreateActionOrganisations(),
        CreateSousActions(),
        CreateSousActionFunders(),
        CreateIndicators(),
        CreateExpectedResults(),
        CreateImportWarnings(),
        CreateDeliberations(),
        CreateAttendances(),
    ]
}
