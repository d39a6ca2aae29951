import CTGCore
import Fluent
import Vapor

/// `/{territoire}/suivi/calendrier` (coordinateur): the planned years of every sous-action in one
/// form (issue 13 §4), since the OCR lost most of them. One transaction for the whole form, one
/// journal entry per sous-action that changed; rows not on the form are left alone.
enum CalendarBulkController {
    struct Page: Encodable {
        struct Row: Encodable {
            struct Box: Encodable { var name: String; var year: Int; var checked: Bool }
            var id: Int
            var fiche: String
            var code: String
            var title: String
            var boxes: [Box]
        }
        var layout: Layout
        var years: [Int]
        var rows: [Row]
        var ids: String
        var formAction: String
        var onlyMissingHref: String
        var allHref: String
        var onlyMissing: Bool
        var notice: String?
    }

    static func register(on app: Application) {
        let coordinateur = app.signedIn(.coordinateur)
        coordinateur.get(.calendarBulk, use: show)
        coordinateur.post(.calendarBulk, use: save)
    }

    /// The convention's sous-actions with their fiche, in plan order: one indexed join, not the whole plan.
    static func sousActions(conventionID: Int, on db: any Database) async throws -> [SousAction] {
        let subs = try await SousAction.query(on: db)
            .join(PlanAction.self, on: \SousAction.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID).with(\.$action).all()
        return subs.sorted { a, b in
            let order = a.action.code.localizedStandardCompare(b.action.code)
            return order == .orderedSame ? a.position < b.position : order == .orderedAscending
        }
    }

    @Sendable static func show(req: Request) async throws -> View {
        let conventionID = try await req.userConventionID()
        let scope = try await req.territoryScope()
        guard let convention = scope.convention else { throw AppError.notFound("Aucune convention sur ce territoire.") }
        let onlyMissing = req.query[String.self, at: "sans-annee"] == "1"
        var subs = try await sousActions(conventionID: conventionID, on: req.db)
        if onlyMissing { subs = subs.filter { $0.years.isEmpty } }
        let saved = req.query[Int.self, at: "enregistre"]
        return try await req.view.render("suivi-calendrier", Page(
            layout: req.layout(title: "Calendrier des sous-actions"), years: convention.years,
            rows: try subs.map { sub in
                let id = try sub.requireID()
                let planned = Set(sub.years)
                return .init(id: id, fiche: sub.action.code, code: sub.displayCode, title: sub.title,
                             boxes: convention.years.map { .init(name: "y-\(id)-\($0)", year: $0, checked: planned.contains($0)) })
            },
            ids: try subs.map { String(try $0.requireID()) }.joined(separator: ","),
            formAction: scope.path(.calendarBulk) + (onlyMissing ? "?sans-annee=1" : ""),
            onlyMissingHref: scope.url(.calendarBulk).path(query: [("sans-annee", "1")]), allHref: scope.path(.calendarBulk),
            onlyMissing: onlyMissing,
            notice: saved.map { $0 == 0 ? "Aucun changement : rien n'a été enregistré."
                : "Calendrier enregistré : " + FrenchFormat.plural($0, "sous-action modifiée", "sous-actions modifiées") + "." }))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let conventionID = try await req.userConventionID()
        let scope = try await req.territoryScope()
        guard let convention = scope.convention else { throw AppError.notFound("Aucune convention sur ce territoire.") }
        let form = (try? req.content.decode([String: String].self)) ?? [:]
        let shown = Set((form["ids"] ?? "").split(separator: ",").compactMap { Int($0) })
        let years = convention.years
        let changed = try await req.db.writeTransaction { tx -> Int in
            var count = 0
            // Read inside the transaction: a concurrent save of other rows is not overwritten.
            for sub in try await sousActions(conventionID: conventionID, on: tx) {
                guard let id = sub.id, shown.contains(id) else { continue }
                let before = sub.years
                let after = years.filter { form["y-\(id)-\($0)"] != nil }
                guard after != before else { continue }
                sub.years = after
                try await sub.save(on: tx)
                try await Audit.record(on: tx, user: user, action: sub.action, entity: .sousAction, entityID: id,
                                       field: "Calendrier — sous-action \(sub.suiviLabel)",
                                       before: SuiviFormat.years(before), after: SuiviFormat.years(after),
                                       summary: "Sous-action \(sub.suiviLabel) — années prévues : \(SuiviFormat.years(before)) → \(SuiviFormat.years(after))")
                count += 1
            }
            return count
        }
        var query = [("enregistre", String(changed))]
        if req.query[String.self, at: "sans-annee"] == "1" { query.insert(("sans-annee", "1"), at: 0) }
        return req.redirect(to: scope.url(.calendarBulk).path(query: query), redirectType: .normal)
    }
}
