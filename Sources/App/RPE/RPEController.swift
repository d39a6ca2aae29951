import CTGCore
import Fluent
import Vapor

/// `/{territoire}/rpe`: the assistants maternels per commune and year, against the children
/// under 3 (fiches 1-2-1, 1-2-2). Entered by the RPE: the coordinateur, or the référents of an
/// organisation that manages a relais petite enfance of the territory.
enum RPEController {
    struct FiguresForm: Content {
        var commune: String?; var year: String?; var assistants: String?; var places: String?
        var available: String?; var children: String?
    }

    struct Row: Encodable {
        var commune: String; var year: Int; var assistants: Int; var places: Int; var available: Int
        var children: String; var coverage: String
    }

    struct Page: Encodable {
        var layout: Layout
        var rows: [Row]
        var canEdit: Bool
        var action: String
        var mamHref: String
        /// Itinerant sessions per commune × year (fiche 1-2-1-D).
        var itinerance: ItineranceGrid.Table
        var errors: [String]
        var form: [String: String]
    }

    static func register(on app: Application) {
        // Before the first request: the fiches' indicators read these sources.
        RPEIndicators.provide(on: app)
        let signedIn = app.signedIn()
        signedIn.get(.rpe(.home), use: show)
        signedIn.post(.rpe(.home), use: save)
        MAMController.register(on: signedIn)
    }

    static func canEdit(_ req: Request) async throws -> Bool {
        guard let user = req.currentUser, user.isActive else { return false }
        let scope = try await req.territoryScope()
        guard user.territoryID == scope.territoryID else { return false }
        if user.role == .coordinateur { return true }
        guard user.role == .referent, let organisationID = user.organisationID else { return false }
        return try await Structure.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$organisation.$id == organisationID).filter(\.$kind == StructureKind.rpe.rawValue).count() > 0
    }

    static func requireEdit(_ req: Request) async throws -> User {
        let user = try req.requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard try await canEdit(req) else {
            throw AppError.forbidden("Seuls le coordinateur et les référents d'une organisation qui gère un relais petite enfance du territoire saisissent ces chiffres.")
        }
        return user
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await page(req, errors: [], form: [:])
    }

    static func page(_ req: Request, errors: [String], form: [String: String]) async throws -> View {
        let scope = try await req.territoryScope()
        let rows = try await AMFigureRow.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$year, .descending).sort(\.$commune).all().map(\.figures).map { f in
                Row(commune: f.commune, year: f.year, assistants: f.assistants, places: f.places, available: f.availablePlaces,
                    children: f.childrenUnder3.map(String.init) ?? "—",
                    coverage: f.coverage.map { PilotageFormat.number($0, maxFractionDigits: 1) } ?? "—")
            }
        return try await req.view.render("rpe", Page(
            layout: req.layout(title: "Assistants maternels et taux de couverture"), rows: rows,
            canEdit: try await canEdit(req), action: scope.path(.rpe(.home)), mamHref: scope.path(.rpe(.mam)),
            itinerance: .init(try await RPEItinerance.grid(territoryID: scope.territoryID, on: req.db)),
            errors: errors, form: form))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try await requireEdit(req)
        let scope = try await req.territoryScope()
        let form = try req.content.decode(FiguresForm.self)
        let (figures, errors) = AMFigures.read(commune: form.commune, year: form.year, assistants: form.assistants,
                                               places: form.places, available: form.available, children: form.children)
        guard let figures else {
            let typed = ["commune": form.commune, "year": form.year, "assistants": form.assistants, "places": form.places,
                         "available": form.available, "children": form.children].mapValues { $0 ?? "" }
            let response = try await page(req, errors: errors, form: typed).encodeResponse(for: req)
            response.status = .unprocessableEntity
            return response
        }
        let territoryID = scope.territoryID
        try await req.db.writeTransaction { tx in
            // One row per commune and year: a new entry replaces the earlier one, which the journal keeps.
            let existing = try await AMFigureRow.query(on: tx).filter(\.$territory.$id == territoryID)
                .filter(\.$year == figures.year).filter(\.$commune == figures.commune).first()
            let row = existing ?? AMFigureRow()
            let before = existing.map { "\($0.assistants) AM, \($0.places) places, \($0.availablePlaces) disponibles" }
            row.$territory.id = territoryID
            row.commune = figures.commune; row.year = figures.year; row.assistants = figures.assistants
            row.places = figures.places; row.availablePlaces = figures.availablePlaces; row.childrenUnder3 = figures.childrenUnder3
            try await row.save(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .rpe, entityID: row.id,
                                       field: "assistants_maternels", before: before,
                                       after: "\(figures.assistants) AM, \(figures.places) places, \(figures.availablePlaces) disponibles",
                                       summary: "Assistants maternels de \(figures.commune) en \(figures.year) enregistrés")
        }
        return req.redirect(to: scope.path(.rpe(.home)), redirectType: .normal)
    }
}
