import CTGCore
import Fluent
import NIOConcurrencyHelpers
import Vapor

/// `GET /api/v1/territoires/{territoire}/animations` (upcoming, the agenda's filters as query
/// parameters) and `POST …/animations/{id}/registrations` for the site's own scripts and partner apps.
///
/// The POST carries no CSRF token: it needs no cookie and acts for nobody signed in, and a
/// cross-site page cannot send `application/json` without a CORS preflight this site never
/// answers, so the CSRF middleware lets JSON requests under /api/ through. Abuse is bounded by
/// a body limit of 4 KB and `RegistrationThrottle` (per client address).
enum AnimationAPI {
    struct Summary: Content {
        var id: Int
        var title: String
        var start: Date
        var end: Date
        var commune: String
        var audience: String
        var capacity: Int
        var placesLeft: Int
        var waitlist: Int
        var cancelled: Bool
        var subActions: [String]
        var url: String
    }

    struct Registration: Content {
        var name: String?
        var email: String?
        var places: Int?
        var commune: String?
        var childrenAges: String?
    }

    struct Created: Content {
        var status: String
        var cancelToken: String
    }

    static let bodyLimit = 4 * 1024

    static func register(on app: Application) {
        app.get(.api(.animations(.init(slug: ""))), use: list)
        app.post(.api(.animationRegistrations(.init(slug: ""), animationID: 0)), use: register).bodyLimit(bodyLimit)
    }

    @Sendable static func list(req: Request) async throws -> [Summary] {
        let scope = try await req.territoryScope()
        let filter = (try? req.query.decode(AgendaFilter.self)) ?? AgendaFilter()
        let animations = try await filter.query(territoryID: scope.territoryID, since: Date(), on: req.db).limit(200).all()
        let ids = animations.compactMap(\.id)
        let counts = try await AnimationCounts.load(ids, on: req.db)
        let links = ids.isEmpty ? [] : try await AnimationSubAction.query(on: req.db).filter(\.$animation.$id ~~ ids).all()
        return animations.map { a in
            let id = a.id ?? 0
            return Summary(id: id, title: a.title, start: a.startsAt, end: a.endsAt, commune: a.commune,
                           audience: a.audience, capacity: a.capacity, placesLeft: counts.placesLeft(a),
                           waitlist: counts.waitlisted[id, default: 0], cancelled: a.isCancelled,
                           subActions: links.filter { $0.$animation.id == id }.map(\.code).sorted(),
                           url: scope.path(.animation(id: id)))
        }
    }

    @Sendable static func register(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        guard let animationID = req.parameters.get("animationID", as: Int.self) else {
            throw AppError.notFound("Cette animation n'existe pas sur ce territoire.")
        }
        guard req.application.registrationThrottle.admit(req.clientAddress) else {
            throw Abort(.tooManyRequests)
        }
        guard let body = try? req.content.decode(Registration.self) else {
            throw AppError.invalidInput("Le corps de la requête doit être un objet JSON {\"name\", \"email\", \"places\", \"commune\"}.")
        }
        let request: RegistrationRequest
        switch RegistrationRequest.validate(name: body.name, email: body.email, places: body.places.map(String.init),
                                            commune: body.commune, childrenAges: body.childrenAges) {
        case .failure(let refusal): throw AppError.invalidInput(refusal.message)
        case .success(let valid): request = valid
        }
        let outcome = try await RegistrationDesk.register(request, animationID: animationID,
                                                          territoryID: scope.territoryID, on: req.db)
        return try await Created(status: outcome.status.rawValue, cancelToken: outcome.cancelToken)
            .encodeResponse(status: .created, for: req)
    }
}

/// At most `limit` registrations per client address in `window`, in this process's memory:
/// enough against a script filling an agenda with fake names; a restart forgets it.
final class RegistrationThrottle: Sendable {
    let limit: Int
    let window: TimeInterval
    private let seen = NIOLockedValueBox<[String: [Date]]>([:])

    init(limit: Int = 30, window: TimeInterval = 600) {
        self.limit = limit
        self.window = window
    }

    func admit(_ address: String, now: Date = Date()) -> Bool {
        seen.withLockedValue { table in
            if table.count > 10_000 { table = table.filter { $0.value.contains { now.timeIntervalSince($0) < window } } }
            var recent = (table[address] ?? []).filter { now.timeIntervalSince($0) < window }
            guard recent.count < limit else { table[address] = recent; return false }
            recent.append(now)
            table[address] = recent
            return true
        }
    }
}

extension Application {
    private struct ThrottleKey: StorageKey { typealias Value = RegistrationThrottle }

    var registrationThrottle: RegistrationThrottle {
        get { storage[ThrottleKey.self] ?? RegistrationThrottle() }
        set { storage[ThrottleKey.self] = newValue }
    }
}
