import CTGCore
import Fluent
import Vapor

/// `/seances`: the list, the new-séance form, a séance and its agenda.
enum SeanceController {
    @Sendable static func index(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let territory = try await RegisterScope.territory(for: req)
        let canEdit = DeliberationsAdmin.canEdit(req, territoryID: territory.id)
        let query = Seance.query(on: req.db).filter(\.$territory.$id == (try territory.requireID()))
        if !canEdit { query.filter(\.$cancelledAt == nil) }
        let seances = try await query.sort(\.$sessionDate, .descending).all()
        // A plain layout: asking for a CSRF token would open a session for every visitor.
        return try await req.view.render("seances", SeanceListPage(
            layout: Layout(title: "Séances du conseil", scope: scope), territory: territory.name,
            newHref: scope.path(.newSeance), councilHref: scope.path(.council),
            canEdit: canEdit,
            rows: seances.map { .init(date: FrenchFormat.date($0.sessionDate) ?? $0.sessionDate,
                                      place: $0.place, href: scope.path(.seance(id: $0.id ?? 0)),
                                      cancelled: $0.cancellationNote()) }))
    }

    @Sendable static func new(req: Request) async throws -> View {
        let territory = try await DeliberationsAdmin.territory(for: req)
        let roster = try await CouncilRoster.load(territoryID: territory.requireID(), on: req.db)
        return try await req.view.render("seance-form", try await SeanceFormPage.build(req: req, roster: roster))
    }

    /// Records the séance, its attendance and its first deliberation, or nothing at all.
    @Sendable static func create(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let territory = try await DeliberationsAdmin.territory(for: req)
        let territoryID = try territory.requireID()
        let roster = try await CouncilRoster.load(territoryID: territoryID, on: req.db)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(SeanceForm.self)
        let itemForm = try req.content.decode(AgendaItemForm.self)
        var fields = RegisterFormFields()
        let draft = fields.seance(form, roster: roster)
        let item = itemForm.isBlank ? nil : fields.agendaItem(itemForm, siren: territory.siren)
        if let number = item?.number, !number.isEmpty,
           try await !SeanceRecorder.numberIsFree(number, territoryID: territoryID, on: req.db) {
            fields.fail("Une délibération n° \(number) est déjà enregistrée pour ce territoire.")
        }
        if roster.titulaires.isEmpty {
            fields.fail("Le conseil n'a aucun titulaire : saisissez d'abord sa composition.")
        }
        let errors = fields.errors + (draft?.issues(vote: item?.vote) ?? [])
        guard let draft, errors.isEmpty else {
            let page = try await SeanceFormPage.build(req: req, roster: roster, form: form, item: itemForm, errors: errors)
            return try await DeliberationsAdmin.refuse(req, view: "seance-form", page)
        }
        return try await FormSubmissions.once(req) { tx in
            let seance = try await SeanceRecorder.create(draft, item: item, territoryID: territoryID, user: user, on: tx)
            return scope.path(.seance(id: try seance.requireID()))
        }
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (seance, territory) = try await find(req)
        if seance.isCancelled, !DeliberationsAdmin.canEdit(req, territoryID: territory.id) {
            throw CancellationError.gone(seance, what: "Cette séance")
        }
        return try await req.view.render("seance", try await SeancePage.build(req: req, seance: seance, territory: territory))
    }

    /// Puts a deliberation on the agenda, with its vote when it is known.
    @Sendable static func addDeliberation(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let (seance, territory) = try await find(req)
        guard territory.id == user.territoryID else { throw AppError.notFound(AccessDenied.notFound) }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let itemForm = try req.content.decode(AgendaItemForm.self)
        var fields = RegisterFormFields()
        let item = fields.agendaItem(itemForm, siren: territory.siren)
        let territoryID = try territory.requireID()
        if !item.number.isEmpty, try await !SeanceRecorder.numberIsFree(item.number, territoryID: territoryID, on: req.db) {
            fields.fail("Une délibération n° \(item.number) est déjà enregistrée pour ce territoire.")
        }
        var errors = fields.errors
        if let vote = item.vote, let date = seance.civilDate {
            errors += SessionValidation.validate(facts: SessionFacts(seance: seance, vote: vote), sessionDate: date)
        }
        guard errors.isEmpty else {
            let page = try await SeancePage.build(req: req, seance: seance, territory: territory, item: itemForm, errors: errors)
            return try await DeliberationsAdmin.refuse(req, view: "seance", page)
        }
        return try await FormSubmissions.once(req) { tx in
            _ = try await SeanceRecorder.add(item, to: seance, territoryID: territoryID, user: user, on: tx)
            return scope.path(.deliberation(number: item.number))
        }
    }

    static func find(_ req: Request) async throws -> (Seance, Territory) {
        guard let id = req.parameters.get("id", as: Int.self),
              let seance = try await Seance.query(on: req.db).filter(\.$id == id)
                .with(\.$attendances).with(\.$territory).first() else {
            throw AppError.notFound("Cette séance n'existe pas.")
        }
        return (seance, seance.territory)
    }
}

struct SeanceListPage: Encodable {
    struct Row: Encodable { var date: String; var place: String?; var href: String; var cancelled: String? }
    var layout: Layout
    var territory: String
    var newHref: String
    var councilHref: String
    var canEdit: Bool
    var rows: [Row]
}
