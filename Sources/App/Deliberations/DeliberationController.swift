import CTGCore
import Fluent
import Vapor

/// The register of a territory: every deliberation with its séance, verdict and stage.
struct DeliberationListPage: Encodable {
    struct Row: Encodable {
        var number: String
        var subject: String
        var date: String?
        var href: String
        var verdict: String
        /// "ok" or "ko" for the badge; nil when no verdict can be given.
        var badge: String?
        var stage: String
        /// « Annulée — motif », for the coordinateur only (the public list leaves it out).
        var cancelled: String?
    }
    var layout: Layout
    var territory: String
    var rows: [Row]
    var csvHref: String
    var seancesHref: String
    var councilHref: String
    var newSeanceHref: String?
    /// The SCDL export's gaps: the back office's worry, shown only to the coordinateur (issue 13 §1).
    var openDataWarnings: [String]
    /// Where the gaps are filled (the register's settings).
    var openDataFixHref: String?
}

enum DeliberationController {
    @Sendable static func index(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let territory = try await RegisterScope.territory(for: req)
        let canEdit = DeliberationsAdmin.canEdit(req, territoryID: territory.id)
        let entries = try await RegisterQuery.entries(territory: territory, includeCancelled: canEdit, on: req.db)
        let rows = entries.map { entry in
            let check = entry.check()
            let stage = (try? entry.lifecycle.get().stage.label) ?? "Incohérent"
            return DeliberationListPage.Row(
                number: entry.deliberation.number, subject: entry.deliberation.subject,
                date: FrenchFormat.date(entry.deliberation.sessionDate),
                href: scope.path(.deliberation(number: entry.deliberation.number)),
                verdict: check.map { $0.valid ? "Régulière" : "Irrégulière" } ?? "Non établi",
                badge: check.map { $0.valid ? "ok" : "ko" }, stage: stage,
                cancelled: entry.deliberation.cancellationNote())
        }
        let settings = try await RegisterSettings.forTerritory(territory, on: req.db)
        return try await req.view.render("deliberations", DeliberationListPage(
            layout: Layout(title: "Registre des délibérations", scope: scope), territory: territory.name, rows: rows,
            csvHref: scope.path(.deliberationsCSV),
            seancesHref: scope.path(.seances), councilHref: scope.path(.council),
            newSeanceHref: canEdit ? scope.path(.newSeance) : nil,
            openDataWarnings: canEdit ? SCDLExport.warnings(entries.filter { !$0.deliberation.isCancelled },
                                                            territory: territory, settings: settings) : [],
            openDataFixHref: canEdit ? scope.path(.council) + "#settings-h" : nil))
    }

    /// `?simuler=AAAA-MM-JJ` judges the same séance as if it had been held that day (a GET: nothing changes).
    @Sendable static func show(req: Request) async throws -> View {
        let territory = try await RegisterScope.territory(for: req)
        let entry = try await RegisterEntry.find(number: req.parameters.get("number") ?? "", territory: territory,
                                                 allowCancelled: DeliberationsAdmin.canEdit(req, territoryID: territory.id), on: req.db)
        let simulate = try? req.query.get(String.self, at: "simuler")
        return try await req.view.render("deliberation", try await DeliberationPage.build(req: req, entry: entry, simulate: simulate))
    }
}

enum RegisterQuery {
    /// The territory's deliberations, oldest séance first, with their séances; the cancelled
    /// ones only for the coordinateur's view (never for the exports).
    static func entries(territory: Territory, includeCancelled: Bool = false, on db: any Database) async throws -> [RegisterEntry] {
        let settings = try await RegisterSettings.forTerritory(territory, on: db)
        let query = Deliberation.query(on: db).filter(\.$territory.$id == (try territory.requireID()))
        if !includeCancelled { query.filter(\.$cancelledAt == nil) }
        let rows = try await query.with(\.$attendances).with(\.$convention)
            .sort(\.$sessionDate).sort(\.$agendaPosition).sort(\.$number).all()
        let seanceIDs = Set(rows.compactMap(\.seanceID))
        let seances = try await Seance.query(on: db).filter(\.$id ~~ seanceIDs).with(\.$attendances).all()
        let byID = Dictionary(uniqueKeysWithValues: seances.compactMap { seance in seance.id.map { ($0, seance) } })
        return rows.map { RegisterEntry(deliberation: $0, seance: $0.seanceID.flatMap { byID[$0] }, settings: settings) }
    }
}
