import CTGCore
import Fluent
import Vapor

/// `/{territoire}/agenda` and its feeds: upcoming animations, filterable by public, commune and theme.
enum AgendaController {
    struct Item: Encodable {
        var title: String
        var href: String
        var when: String
        var datetime: String
        var place: String
        var commune: String
        var audience: String
        var theme: String
        var placesLeft: Int
        var isFull: Bool
        var isCancelled: Bool
        var isDemo: Bool
    }

    struct Page: Encodable {
        var layout: Layout
        var items: [Item]
        var audiences: [AdminUsersPage.Option]
        var communes: [AdminUsersPage.Option]
        var themes: [AdminUsersPage.Option]
        var action: String
        var icsHref: String
        var icsAllHref: String
        var atomHref: String
        var nextHref: String?
        var previousHref: String?
        var filtered: Bool
    }

    static func register(on app: Application) {
        app.get(.agenda, use: show)
        app.get(.agendaICS, use: AgendaFeeds.ics)
        app.get(.agendaAtom, use: AgendaFeeds.atom)
        app.get(.animation(id: 0), use: AnimationPageController.show)
        app.post(.animation(id: 0), use: AnimationPageController.register)
        app.get(.registrationCancel(token: ""), use: AnimationPageController.showCancel)
        app.post(.registrationCancel(token: ""), use: AnimationPageController.cancel)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let filter = (try? req.query.decode(AgendaFilter.self)) ?? AgendaFilter()
        let page = max(1, min(filter.page ?? 1, 1000))
        let animations = try await filter.query(territoryID: scope.territoryID, since: Date(), on: req.db)
            .range(((page - 1) * AgendaFilter.pageSize)..<(page * AgendaFilter.pageSize + 1)).all()
        let shown = Array(animations.prefix(AgendaFilter.pageSize))
        let counts = try await AnimationCounts.load(shown.compactMap(\.id), on: req.db)
        let choices = try await AgendaChoices.load(territoryID: scope.territoryID, on: req.db)
        let option = { (value: String, label: String, selected: String?) in
            AdminUsersPage.Option(value: value, label: label, selected: value == (selected ?? ""))
        }
        let pageHref = { (number: Int) in
            scope.url(.agenda).path(query: filter.queryItems + [("page", String(number))])
        }
        return try await req.view.render("agenda", Page(
            layout: req.layout(title: "Agenda des animations"),
            items: shown.map { item($0, counts: counts, scope: scope) },
            audiences: [option("", "Tous les publics", filter.audience?.rawValue)]
                + AnimationAudience.allCases.map { option($0.rawValue, $0.label, filter.audience?.rawValue) },
            communes: [option("", "Toutes les communes", filter.communeValue)] + choices.communes.map { option($0, $0, filter.communeValue) },
            themes: [option("", "Tous les thèmes", filter.themeValue)] + choices.themes.map { option($0, $0, filter.themeValue) },
            action: scope.path(.agenda),
            icsHref: scope.url(.agendaICS).path(query: filter.queryItems),
            icsAllHref: scope.path(.agendaICS), atomHref: scope.path(.agendaAtom),
            nextHref: animations.count > AgendaFilter.pageSize ? pageHref(page + 1) : nil,
            previousHref: page > 1 ? pageHref(page - 1) : nil,
            filtered: !filter.queryItems.isEmpty))
    }

    static func item(_ animation: Animation, counts: AnimationCounts, scope: TerritoryScope) -> Item {
        let left = counts.placesLeft(animation)
        return Item(title: animation.title, href: scope.path(.animation(id: animation.id ?? 0)),
                    when: AnimationDates.span(animation.startsAt, animation.endsAt),
                    datetime: AnimationDates.iso(animation.startsAt), place: animation.place,
                    commune: animation.commune, audience: animation.audienceValue.label, theme: animation.theme,
                    placesLeft: left, isFull: left == 0, isCancelled: animation.isCancelled, isDemo: animation.isDemo)
    }
}

/// The communes and themes the filters offer: those of the territory's upcoming animations.
struct AgendaChoices {
    var communes: [String]
    var themes: [String]

    static func load(territoryID: Int, on db: any Database) async throws -> AgendaChoices {
        let base = Animation.query(on: db).filter(\.$territory.$id == territoryID).filter(\.$startsAt >= Date())
        let communes = try await base.copy().unique().all(\.$commune)
        let themes = try await base.copy().unique().all(\.$theme)
        let sort = { (values: [String]) in Array(Set(values.filter { !$0.isEmpty })).sorted { $0.localizedStandardCompare($1) == .orderedAscending } }
        return AgendaChoices(communes: sort(communes), themes: sort(themes))
    }
}
