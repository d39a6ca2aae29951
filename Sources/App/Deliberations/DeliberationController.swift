import Fluent
import Vapor

struct DeliberationListPage: Encodable {
    struct Row: Encodable {
        var number: String
        var subject: String
        var date: String?
        var href: String
    }
    var layout: Layout
    var rows: [Row]
}

/// The séance as the register records it: attendance, proxies, vote, ACTES stamps.
struct DeliberationPage: Encodable {
    struct Proxy: Encodable { var from: String; var to: String }
    struct Substitute: Encodable { var member: String; var substitute: String }

    var layout: Layout
    var number: String
    var subject: String
    var sessionDate: String?
    var sessionTime: String?
    var convokedOn: String?
    var place: String?
    var president: String?
    var secretary: String?
    var membersInOffice: Int?
    var present: Int?
    var voters: Int?
    var presentMembers: [String]
    var proxies: [Proxy]
    var substitutes: [Substitute]
    var excused: [String]
    var vote: String
    var actesID: String?
    var receivedOn: String?
    var publishedOn: String?
    var body: [String]
    var conventionTitle: String?
    var conventionHref: String?
}

enum DeliberationController {
    @Sendable static func index(req: Request) async throws -> View {
        let rows = try await Deliberation.query(on: req.db).sort(\.$sessionDate, .descending).all().map {
            DeliberationListPage.Row(number: $0.number, subject: $0.subject, date: FrenchFormat.date($0.sessionDate),
                                     href: SiteURL.deliberation(number: $0.number).path)
        }
        return try await req.view.render("deliberations", DeliberationListPage(layout: .init(title: "Délibérations"), rows: rows))
    }

    @Sendable static func show(req: Request) async throws -> View {
        let number = req.parameters.get("number") ?? ""
        guard let row = try await Deliberation.query(on: req.db).filter(\.$number == number)
            .with(\.$attendances).with(\.$convention).first() else {
            throw AppError.notFound("Aucune délibération n° « \(number) » n'est enregistrée.")
        }
        return try await req.view.render("deliberation", page(row))
    }

    static func page(_ row: Deliberation) -> DeliberationPage {
        let parsed = row.parsed
        return DeliberationPage(
            layout: .init(title: "Délibération \(row.number)"), number: row.number, subject: row.subject,
            sessionDate: FrenchFormat.date(row.sessionDate), sessionTime: FrenchFormat.time(row.sessionTime),
            convokedOn: FrenchFormat.date(row.convokedOn), place: row.place, president: row.president,
            secretary: row.secretary, membersInOffice: row.membersInOffice, present: row.presentCount,
            voters: row.votersCount, presentMembers: parsed.presentMembers,
            proxies: parsed.proxies.map { .init(from: $0.from, to: $0.to) },
            substitutes: parsed.substitutes.map { .init(member: $0.member, substitute: $0.substitute) },
            excused: parsed.excused, vote: row.unanimous ? "Adoptée à l'unanimité" : "Vote non unanime",
            actesID: row.actesID, receivedOn: FrenchFormat.date(row.receivedOn),
            publishedOn: FrenchFormat.date(row.publishedOn),
            body: (row.body ?? "").split(separator: "\n", omittingEmptySubsequences: true).map(String.init),
            conventionTitle: row.convention?.title,
            conventionHref: row.convention.flatMap { $0.id }.map { SiteURL.home.path + "?convention=\($0)" })
    }
}
