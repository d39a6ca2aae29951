import CTGCore
import Fluent
import Vapor

/// `/{territoire}/gestion/animations/{id}`: the organiser's view of one animation — registrations,
/// waitlist, messages to send, attendance — and its printable sign-in sheet.
enum AnimationRegistrationsPage {
    struct Registrant: Encodable {
        var id: Int
        var name: String
        var email: String
        var places: Int
        var commune: String
        var childrenAges: String
        var status: String
        var isConfirmed: Bool
        var attended: String
    }

    struct Message: Encodable {
        var to: String
        var subject: String
        var body: String
        var created: String
    }

    struct WalkIn: Encodable {
        var commune: String
        var count: Int
    }

    struct Page: Encodable {
        var layout: Layout
        var item: AgendaController.Item
        var confirmed: [Registrant]
        var waitlisted: [Registrant]
        var cancelled: [Registrant]
        var messages: [Message]
        var walkIns: [WalkIn]
        var walkInSlots: [Int]
        var confirmedPlaces: Int
        var capacity: Int
        var publicHref: String
        var listHref: String
        var sheetHref: String
        var cancelAction: String
        var attendanceAction: String
        var attendanceOpen: Bool
        var notice: String?
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (_, animation, scope) = try await AnimationAccess.require(req)
        let notice: String? = switch req.query[String.self, at: "fait"] {
        case "annulee": "Animation annulée. Les messages à envoyer aux inscrits sont listés ci-dessous."
        case "retablie": "Animation rétablie."
        case "presences": "Présences enregistrées."
        default: nil
        }
        return try await req.view.render("animation-gestion", page(req, animation: animation, scope: scope, title: animation.title, notice: notice))
    }

    @Sendable static func sheet(req: Request) async throws -> View {
        let (_, animation, scope) = try await AnimationAccess.require(req)
        return try await req.view.render("animation-emargement", page(req, animation: animation, scope: scope,
                                                                       title: "Feuille d'émargement", notice: nil))
    }

    static func page(_ req: Request, animation: Animation, scope: TerritoryScope, title: String, notice: String?) async throws -> Page {
        let id = try animation.requireID()
        let rows = try await AnimationRegistration.query(on: req.db).filter(\.$animation.$id == id).sort(\.$id).all()
        let registrants = rows.map { row in
            Registrant(id: row.id ?? 0, name: row.purgedAt == nil ? row.name : "(effacé)", email: row.email, places: row.places,
                       commune: row.commune, childrenAges: row.childrenAges, status: row.statusValue.label,
                       isConfirmed: row.statusValue == .confirmed,
                       attended: row.attended.map { $0 ? "present" : "absent" } ?? "")
        }
        let names = Dictionary(rows.map { ($0.id ?? 0, "\($0.name) <\($0.email)>") }, uniquingKeysWith: { a, _ in a })
        let messages = try await AnimationMessage.query(on: req.db).filter(\.$animation.$id == id).sort(\.$id).all()
        let walkIns = try await AnimationWalkIn.query(on: req.db).filter(\.$animation.$id == id).sort(\.$commune).all()
        let counts = try await AnimationCounts.load([id], on: req.db)
        return Page(
            layout: req.layout(title: title), item: AgendaController.item(animation, counts: counts, scope: scope),
            confirmed: registrants.filter { $0.isConfirmed },
            waitlisted: zip(rows, registrants).filter { $0.0.statusValue == .waitlisted }.map(\.1),
            cancelled: zip(rows, registrants).filter { $0.0.statusValue == .cancelled }.map(\.1),
            messages: messages.map { Message(to: names[$0.$registration.id] ?? "", subject: $0.subject, body: $0.body,
                                             created: AnimationDates.span($0.createdAt, $0.createdAt)) },
            walkIns: walkIns.map { WalkIn(commune: $0.commune, count: $0.count) }, walkInSlots: Array(0..<AnimationAttendance.walkInSlots),
            confirmedPlaces: counts.confirmed[id, default: 0], capacity: animation.capacity,
            publicHref: scope.path(.animation(id: id)), listHref: scope.path(.animationsAdmin),
            sheetHref: scope.path(.animationSheet(id: id)), cancelAction: scope.path(.animationCancel(id: id)),
            attendanceAction: scope.path(.animationAttendance(id: id)), attendanceOpen: animation.startsAt <= Date(), notice: notice)
    }

    /// Cancels (with `confirm=1`) or reinstates (`reinstate=1`) the animation; registrants of a
    /// cancelled animation each get a message to send, and the journal keeps the change.
    @Sendable static func cancel(req: Request) async throws -> Response {
        let (user, animation, scope) = try await AnimationAccess.require(req)
        let id = try animation.requireID()
        let reinstate = (try? req.content.get(String.self, at: "reinstate")) == "1"
        guard reinstate || ConfirmPage.isConfirmed(req) else {
            throw AppError.invalidInput("Cochez la case qui confirme l'annulation : rien n'a été modifié.")
        }
        try await req.db.writeTransaction { tx in
            guard let fresh = try await Animation.find(id, on: tx) else { throw AppError.notFound("Cette animation n'existe plus.") }
            if reinstate {
                guard fresh.isCancelled else { return }
                fresh.cancelledAt = nil
                try await fresh.save(on: tx)
            } else {
                guard !fresh.isCancelled else { return }
                fresh.cancelledAt = Date()
                try await fresh.save(on: tx)
                let told = try await AnimationRegistration.query(on: tx).filter(\.$animation.$id == id)
                    .filter(\.$status != AnimationRegistration.Status.cancelled.rawValue).all()
                for row in told {
                    try await AnimationMessage(animationID: id, registrationID: try row.requireID(),
                                               subject: "Animation annulée : \(fresh.title)",
                                               body: "L'animation du \(AnimationDates.span(fresh.startsAt, fresh.endsAt)) est annulée. Nous vous prions de nous en excuser.")
                        .create(on: tx)
                }
            }
            try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .animation, entityID: id,
                                   field: "État", before: reinstate ? "annulée" : "prévue", after: reinstate ? "prévue" : "annulée",
                                   summary: "Animation « \(fresh.title) » " + (reinstate ? "rétablie" : "annulée"))
        }
        return req.redirect(to: scope.url(.animationAdmin(id: id)).path(query: [("fait", reinstate ? "retablie" : "annulee")]),
                            redirectType: .normal)
    }
}
