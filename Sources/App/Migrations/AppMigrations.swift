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
        AddOutlineTitles(),
        // Import safety (issue 7, 016–019)
        CreatePlanSnapshots(),
        CreateUsers(),
        CreateSessions(),
        CreateLoginAttempts(),
        CreateAuditEntries(),
        // Concurrent saves (issue 7, 105–109)
        CreateWriteLock(),
        CreateCouncilMembers(),
        CreateSeances(),
        CreateSeanceAttendances(),
        AddRegisterFieldsToDeliberations(),
        CreateRegisterSettings(),
        CreateSousActionStatuses(),
        AddPlanWeights(),
        // Indicators and expected results (issue 4, 321–339)
        AddIndicatorSettings(),
        CreateIndicatorTargets(),
        CreateIndicatorMeasurements(),
        CreateExpectedResultAssessments(),
        // Follow-up of the plan (issue 4, 303–319)
        IndexSousActionStatuses(),
        // Hardening (issue 7 §6, 110–114)
        IndexSessionsCreatedAt(),
        // Trust: duplicate submissions and restorable deletions (issue 7, 120–124)
        CreateFormSubmissions(),
        CreateDeletedRows(),
        // Territories (issue 8): 017 lead, 400–419 organisations, 420–439 register import,
        // 440–459 plan spreadsheets, 460–479 plan editor and roles, 480–499 comparison
        AddTerritorySlug(),
        // Register import without a plan (issue 8 §3, 420–439)
        AllowUnknownTerritorySiren(),
        // Plan editor and roles (issue 8 §4, 460–479)
        AllowUsersWithoutTerritory(),
        UniqueSousActionCodes(),
        AddImportWarningResolution(),
        IndexOrganisationLinks(),
        // Comparing territories (issue 8 §5, 480–499)
        AddUserDepartement(),
        // Services (issues 10–12): 500 structures (lead), 501–519 guichet directory and pages,
        // 520–539 animations, 540–559 daily use, 560–579 petite enfance, 580–599 speed
        CreateStructures(),
        // Animations, agenda and registrations (issue 10 part 2, 520–539)
        CreateAnimations(),
        CreateAnimationRegistrations(),
        CreateAnimationDetails(),
        // Guichet directory, information pages and visits (issue 10, 501–519)
        CreateInfoPages(),
        CreatePageVisits(),
        CreateStructureDocuments(),
        CreateGuichetPartners(),
        // Daily use (issue 13, 540–559)
        AddImportWarningComment(),
        CreateAvenants(),
        CreatePlanSearch(),
        // Petite enfance (issue 11, 560–579)
        CreateOccupancyAgrements(),
        CreateOccupancyAttendances(),
        CreateOccupancyMonths(),
        CreateEquipment(),
        CreateRPE(),
        // Speed (issue 9, 580–599); keep CreateContentVersion last of this round: it puts its
        // triggers on every table that exists when it runs.
        IndexForeignKeys(),
        CreateContentVersion(),
        // Enquêtes and chantiers de jeunes (issue 12, 620–639)
        CreateSurveys(),
        CreateChantiers(),
        // Conseil communautaire de jeunes (issue 12, 610–619)
        CreateCCJ(),
        // ALSH tariffs (issue 12, 600–609)
        CreateTariffs(),
        // Daily use, second half: accounts, journal, measurements (issue 13, 640–659)
        CreateAccountTokens(),
        AddUserCredentialsChangedAt(),
        CreateInstanceJournal(),
        // Petite enfance, the rest of issue 11 (565–579)
        CreateEquipmentPhotos(),
        // Daily use, files (issue 13, 670–679)
        CreateAttachments(),
        // Daily use, third part: journal filters, edits, messages (issue 13, 690–699)
        IndexJournalFilters(),
        AddMeasurementRevision(),
        // Moyens en euros: budget lines (issue 13, 660–669)
        CreateBudgetLines(),
        // Daily use, the rest: users' names (issue 13, 710–719)
        AddUserDisplayName(),
        // Daily use: cancelling a séance or a deliberation recorded by mistake (issue 13, 720–729)
        AddCancellation(),
    ]
}
