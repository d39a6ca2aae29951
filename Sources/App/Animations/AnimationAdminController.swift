import CTGCore
import Fluent
import Vapor

/// `/{territoire}/gestion/animations`: the organisers' list and the form that creates animations.
enum AnimationAdminController {
    typealias Option = AdminUsersPage.Option

    struct Row: Encodable {
        var title: String
        var href: String
        var when: String
        var commune: String
        var confirmed: Int
        var capacity: Int
        var waitlisted: Int
        var isCancelled: Bool
        var isDemo: Bool
    }

    struct ListPage: Encodable {
        var layout: Layout
        var rows: [Row]
        var newHref: String
    }

    struct FormPage: Encodable {
        var layout: Layout
        var action: String
        var form: AnimationForm
        var organisations: [Option]
        var structures: [Option]
        var audiences: [Option]
        var recurrences: [Option]
        var errors: [String]
    }

    static func register(on app: Application) {
        let organisers = app.signedIn(.coordinateur, .referent)
        organisers.get(.animationsAdmin, use: list)
        organisers.post(.animationsAdmin, use: create)
        organisers.get(.newAnimation, use: newForm)
        organisers.get(.animationAdmin(id: 0), use: AnimationRegistrationsPage.show)
        organisers.post(.animationCancel(id: 0), use: AnimationRegistrationsPage.cancel)
        organisers.post(.animationAttendance(id: 0), use: AnimationAttendance.record)
        organisers.get(.animationSheet(id: 0), use: AnimationRegistrationsPage.sheet)
    }

    @Sendable static func list(req: Request) async throws -> View {
        let user = try req.requireRole(.coordinateur, .referent)
        let scope = try await req.territoryScope()
        let query = Animation.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$startsAt >= Date().addingTimeInterval(-180 * 86_400))
        if user.role == .referent { query.filter(\.$organisation.$id == (user.organisationID ?? -1)) }
        let animations = try await query.sort(\.$startsAt).limit(300).all()
        let counts = try await AnimationCounts.load(animations.compactMap(\.id), on: req.db)
        return try await req.view.render("animations-gestion", ListPage(
            layout: req.layout(title: "Gestion des animations"),
            rows: animations.map { a in
                Row(title: a.title, href: scope.path(.animationAdmin(id: a.id ?? 0)), when: AnimationDates.span(a.startsAt, a.endsAt),
                    commune: a.commune, confirmed: counts.confirmed[a.id ?? 0, default: 0], capacity: a.capacity,
                    waitlisted: counts.waitlisted[a.id ?? 0, default: 0], isCancelled: a.isCancelled, isDemo: a.isDemo)
            }, newHref: scope.path(.newAnimation)))
    }

    @Sendable static func newForm(req: Request) async throws -> View {
        let user = try req.requireRole(.coordinateur, .referent)
        return try await formPage(req, user: user, form: AnimationForm(durationMinutes: "90", occurrences: "1", audience: "parents",
                                                                       capacity: "12", organisation: user.organisationID.map(String.init)), errors: [])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur, .referent)
        let scope = try await req.territoryScope()
        if let replay = try await FormSubmissions.replay(req) { return replay }
        // A référent organises for their own organisation only (the form offers no other).
        if user.role == .referent, (try? req.content.get(String.self, at: "organisation")) != user.organisationID.map(String.init) {
            throw AppError.forbidden("Un référent crée des animations pour sa propre organisation seulement.")
        }
        let form = try req.content.decode(AnimationForm.self)
        let choices = try await choices(req, user: user)
        let codes = try await knownCodes(scope, on: req.db)
        switch form.validate(organisations: Set(choices.organisations.map(\.id)), structures: Set(choices.structures.map(\.id)),
                             knownCodes: codes, now: Date()) {
        case .failure(let refusal):
            return try await formPage(req, user: user, form: form, errors: refusal.reasons).encodeResponse(status: .unprocessableEntity, for: req)
        case .success(let valid):
            return try await FormSubmissions.once(req) { tx in
                let id = try await AnimationForm.create(valid, territoryID: scope.territoryID, user: user, on: tx)
                return scope.path(.animationAdmin(id: id))
            }
        }
    }

    /// The sous-action codes of the territory's current plan.
    static func knownCodes(_ scope: TerritoryScope, on db: any Database) async throws -> Set<String> {
        guard let conventionID = scope.convention?.id else { return [] }
        let codes = try await SousAction.query(on: db).join(PlanAction.self, on: \SousAction.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID).all(\.$code)
        return Set(codes.compactMap { $0?.uppercased() })
    }

    struct Choices {
        var organisations: [(id: Int, name: String)]
        var structures: [(id: Int, name: String)]
    }

    /// A référent organises for their own organisation only; the coordinateur for any of the territory's.
    static func choices(_ req: Request, user: User) async throws -> Choices {
        let scope = try await req.territoryScope()
        let organisations = Organisation.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
        if user.role == .referent { organisations.filter(\.$id == (user.organisationID ?? -1)) }
        let structures = try await Structure.query(on: req.db).filter(\.$territory.$id == scope.territoryID).sort(\.$name).all()
        return Choices(organisations: try await organisations.sort(\.$name).all().map { (try $0.requireID(), $0.name) },
                       structures: try structures.map { (try $0.requireID(), $0.name) })
    }

    static func formPage(_ req: Request, user: User, form: AnimationForm, errors: [String]) async throws -> View {
        let scope = try await req.territoryScope()
        let choices = try await choices(req, user: user)
        return try await req.view.render("animation-form", FormPage(
            layout: req.layout(title: "Nouvelle animation"), action: scope.path(.animationsAdmin), form: form,
            organisations: choices.organisations.map { Option(value: String($0.id), label: $0.name, selected: String($0.id) == form.organisation) },
            structures: [Option(value: "", label: "Aucune", selected: (form.structure ?? "").isEmpty)]
                + choices.structures.map { Option(value: String($0.id), label: $0.name, selected: String($0.id) == form.structure) },
            audiences: AnimationAudience.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.audience) },
            recurrences: AnimationRecurrence.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == (form.recurrence ?? "aucune")) },
            errors: errors))
    }
}
