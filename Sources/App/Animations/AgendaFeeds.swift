import CTGCore
import Fluent
import Vapor

/// `/{territoire}/agenda.ics` (the agenda's filters as query parameters) and `/{territoire}/agenda.atom`
/// (animations newly published, for notification apps that follow a feed).
enum AgendaFeeds {
    /// Calendar apps keep past events they already have; the feed carries a season back.
    static let icsHistory: TimeInterval = 90 * 86_400
    static let icsLimit = 500

    @Sendable static func ics(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let filter = (try? req.query.decode(AgendaFilter.self)) ?? AgendaFilter()
        let animations = try await filter.query(territoryID: scope.territoryID, since: Date().addingTimeInterval(-icsHistory),
                                                on: req.db).limit(icsLimit).all()
        let base = req.absoluteBase
        let events = animations.map { animation in
            ICalendarEvent(uid: "animation-\(animation.id ?? 0)-\(scope.ref.slug)@ctg",
                           start: animation.startsAt, end: animation.endsAt, summary: animation.title,
                           description: animation.description, location: [animation.place, animation.commune]
                               .filter { !$0.isEmpty }.joined(separator: ", "),
                           url: base + scope.path(.animation(id: animation.id ?? 0)),
                           isCancelled: animation.isCancelled)
        }
        let body = ICalendar.render(name: "Agenda — \(scope.territory.name)", events: events, stamp: Date())
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"agenda.ics\"")
        return response
    }


    @Sendable static func atom(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let animations = try await Animation.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$startsAt >= Date()).sort(\.$createdAt, .descending).limit(50).all()
        let base = req.absoluteBase
        let entries = animations.map { animation in
            AtomFeed.Entry(id: "tag:ctg,animation:\(scope.ref.slug):\(animation.id ?? 0)",
                           title: animation.title + (animation.isCancelled ? " (annulée)" : ""),
                           summary: "\(AnimationDates.span(animation.startsAt, animation.endsAt)), \(animation.place) (\(animation.commune)). \(animation.description)",
                           link: base + scope.path(.animation(id: animation.id ?? 0)), updated: animation.createdAt)
        }
        let body = AtomFeed.render(id: "tag:ctg,agenda:\(scope.ref.slug)", title: "Agenda — \(scope.territory.name)",
                                   selfLink: base + scope.path(.agendaAtom), alternate: base + scope.path(.agenda),
                                   entries: entries, updated: Date())
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        return response
    }
}
