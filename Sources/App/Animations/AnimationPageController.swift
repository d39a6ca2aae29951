import CTGCore
import Fluent
import Vapor

/// `/{territoire}/animations/{id}`: one animation, its registration form and the answer to it;
/// `/{territoire}/inscriptions/{jeton}/annulation`: the registrant's own cancellation.
enum AnimationPageController {
    struct Form: Content {
        var name: String?
        var email: String?
        var places: String?
        var commune: String?
        var childrenAges: String?
    }

    struct Page: Encodable {
        var layout: Layout
        var item: AgendaController.Item
        var description: String
        var organiser: String
        var subActions: [String]
        var agendaHref: String
        var action: String
        var open: Bool
        var closedReason: String?
        var asksChildrenAges: Bool
        var form: Form
        var errors: [String]
        var notice: String?
        var privacy: RegistrationPrivacy
    }

    struct Answer: Encodable {
        var layout: Layout
        var title: String
        var confirmed: Bool
        var places: Int
        var when: String
        var cancelHref: String?
        var animationHref: String
        var message: String?
    }

    static let duplicate = "Cette inscription a déjà été enregistrée : le lien d'annulation figure sur la page qui l'a confirmée."

    @Sendable static func show(req: Request) async throws -> View {
        let notice = req.query[String.self, at: "inscription"] == "doublon" ? duplicate : nil
        return try await page(req, form: Form(places: "1"), errors: [], notice: notice)
    }

    @Sendable static func register(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let animation = try await find(req, scope: scope)
        let animationID = try animation.requireID()
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(Form.self)
        let request: RegistrationRequest
        switch RegistrationRequest.validate(name: form.name, email: form.email, places: form.places,
                                            commune: form.commune, childrenAges: form.childrenAges) {
        case .failure(let refusal):
            return try await page(req, form: form, errors: refusal.reasons, notice: nil)
                .encodeResponse(status: .unprocessableEntity, for: req)
        case .success(let valid): request = valid
        }
        let formToken = FormSubmissions.token(req)
        let replayLocation = scope.url(.animation(id: animationID)).path(query: [("inscription", "doublon")])
        let outcome: RegistrationDesk.Outcome
        do {
            outcome = try await req.db.writeTransaction { tx in
                let outcome = try await RegistrationDesk.register(request, animationID: animationID,
                                                                  territoryID: scope.territoryID, on: tx)
                if let formToken { try await FormSubmission(token: formToken, location: replayLocation).create(on: tx) }
                return outcome
            }
        } catch let error as AppError {
            return try await page(req, form: form, errors: [error.reason], notice: nil)
                .encodeResponse(status: error.status, for: req)
        } catch where DatabaseFailure.isUniqueViolation(error) {
            return req.redirect(to: replayLocation, redirectType: .normal)
        }
        let answer = Answer(layout: req.layout(title: "Inscription enregistrée"), title: animation.title,
                            confirmed: outcome.status == .confirmed, places: request.places,
                            when: AnimationDates.span(animation.startsAt, animation.endsAt),
                            cancelHref: scope.path(.registrationCancel(token: outcome.cancelToken)),
                            animationHref: scope.path(.animation(id: animationID)), message: nil)
        return try await req.view.render("animation-inscription", answer).encodeResponse(status: .created, for: req)
    }

    @Sendable static func showCancel(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let row = try await RegistrationCancellation.find(token: req.parameters.get("token") ?? "",
                                                          territoryID: scope.territoryID, on: req.db)
        let animation = row.animation
        return try await req.view.render("animation-annulation", Answer(
            layout: req.layout(title: "Annuler une inscription"), title: animation.title,
            confirmed: row.statusValue == .confirmed, places: row.places,
            when: AnimationDates.span(animation.startsAt, animation.endsAt),
            cancelHref: row.statusValue == .cancelled ? nil : scope.path(.registrationCancel(token: req.parameters.get("token") ?? "")),
            animationHref: scope.path(.animation(id: animation.id ?? 0)),
            message: row.statusValue == .cancelled ? "Cette inscription est déjà annulée." : nil))
    }

    @Sendable static func cancel(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let result = try await RegistrationCancellation.cancel(token: req.parameters.get("token") ?? "",
                                                               territoryID: scope.territoryID, on: req.db)
        return try await req.view.render("animation-annulation", Answer(
            layout: req.layout(title: "Inscription annulée"), title: result.animationTitle, confirmed: false, places: 0,
            when: "", cancelHref: nil, animationHref: scope.path(.animation(id: result.animationID)),
            message: "Votre inscription est annulée. Merci de nous avoir prévenus : la place est proposée à la personne suivante."))
    }

    static func find(_ req: Request, scope: TerritoryScope) async throws -> Animation {
        guard let id = req.parameters.get("animationID", as: Int.self),
              let animation = try await Animation.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).with(\.$organisation).first() else {
            throw AppError.notFound("Cette animation n'existe pas sur ce territoire.")
        }
        return animation
    }

    static func page(_ req: Request, form: Form, errors: [String], notice: String?) async throws -> View {
        let scope = try await req.territoryScope()
        let animation = try await find(req, scope: scope)
        let id = try animation.requireID()
        let counts = try await AnimationCounts.load([id], on: req.db)
        let codes = try await AnimationSubAction.query(on: req.db).filter(\.$animation.$id == id).sort(\.$code).all(\.$code)
        let closed: String? = animation.isCancelled ? "Cette animation est annulée."
            : animation.startsAt <= Date() ? "Cette animation est passée : les inscriptions sont closes." : nil
        return try await req.view.render("animation", Page(
            layout: req.layout(title: animation.title),
            item: AgendaController.item(animation, counts: counts, scope: scope),
            description: animation.description, organiser: animation.organisation.name, subActions: codes,
            agendaHref: scope.path(.agenda), action: scope.path(.animation(id: id)), open: closed == nil,
            closedReason: closed, asksChildrenAges: animation.asksChildrenAges, form: form, errors: errors,
            notice: notice, privacy: RegistrationPrivacy(controller: scope.territory.name,
                                                          retentionMonths: req.application.registrationRetention.months)))
    }
}

/// The CNIL notice of the registration form: who holds the data, why, how long, and the rights.
struct RegistrationPrivacy: Encodable {
    var controller: String
    var retentionMonths: Int
}
