import CTGCore
import Vapor

/// `/{territoire}/organisations` (coordinateur): the territory's bodies, their kinds and the names they
/// appear under, and a merge form that asks for confirmation before anything is written.
enum OrganisationsController {
    struct MergeForm: Content {
        var from: String?
        var into: String?
    }

    /// The same select option as the users page.
    typealias Option = AdminUsersPage.Option

    struct Page: Encodable {
        var layout: Layout
        var territory: String
        var rows: [TerritoryOrganisations.Row]
        var fromOptions: [Option]
        var intoOptions: [Option]
        var mergeAction: String
        var journalHref: String
        var notice: String?
        var error: String?
    }

    struct Confirmation: Encodable {
        var layout: Layout
        var question: String
        var consequences: [String]
        var from: Int
        var into: Int
        var action: String
        var cancelHref: String
    }

    static func register(on app: Application) {
        let coordinateur = app.signedIn(.coordinateur)
        coordinateur.get(.organisations, use: show)
        coordinateur.post(.organisationMerge, use: merge)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let notice = req.query[String.self, at: "fusion"] == "ok"
            ? "Fusion enregistrée. Elle figure au journal des modifications, d'où un coordinateur peut l'annuler." : nil
        return try await page(req, form: MergeForm(), notice: notice, error: nil)
    }

    /// First POST: the confirmation page; second (with `confirm`): the merge itself.
    @Sendable static func merge(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let scope = try await req.territoryScope()
        let territory = try await DeliberationsAdmin.territory(for: req)
        let form = try req.content.decode(MergeForm.self)
        let list = try await TerritoryOrganisations.load(territory, on: req.db)
        let from = form.from.flatMap(Int.init).flatMap { id in list.rows.first { $0.id == id } }
        let into = form.into.flatMap(Int.init).flatMap { id in list.rows.first { $0.id == id } }
        guard let from, let into, from.id != into.id else {
            let chosen = [form.from, form.into].allSatisfy { ($0 ?? "").isEmpty == false }
            let why = from != nil && into != nil ? "Choisissez deux organisations différentes."
                : chosen ? "L'une des deux organisations n'existe plus : elle a peut-être déjà été fusionnée. Rien n'a été modifié."
                : "Choisissez l'organisation qui disparaît et celle qui reste."
            let view = try await page(req, form: form, notice: nil, error: why)
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
        guard ConfirmPage.isConfirmed(req) else {
            let confirmation = Confirmation(
                layout: req.layout(title: "Fusionner deux organisations"),
                question: "Fusionner « \(from.name) » dans « \(into.name) » ?",
                consequences: ["« \(from.name) » disparaît de la liste et devient un autre nom de « \(into.name) » : les prochains imports l'appliqueront.",
                               "\(FrenchCount.phrase(from.mentions, "mention", "mentions")) de fiche, \(FrenchCount.phrase(from.funders, "financement")) et \(FrenchCount.phrase(from.referents, "référent")) sont rattachés à « \(into.name) »."],
                from: from.id, into: into.id, action: scope.path(.organisationMerge), cancelHref: scope.path(.organisations))
            return try await req.view.render("organisations-fusion", confirmation).encodeResponse(for: req)
        }
        _ = try await OrganisationMerge.merge(fromID: from.id, intoID: into.id, territoryID: try territory.requireID(),
                                              by: user, on: req.db)
        return req.redirect(to: scope.ref.url(.organisations).path(query: [("fusion", "ok")]), redirectType: .normal)
    }

    private static func page(_ req: Request, form: MergeForm, notice: String?, error: String?) async throws -> View {
        let territory = try await DeliberationsAdmin.territory(for: req)
        let scope = try await req.territoryScope()
        let list = try await TerritoryOrganisations.load(territory, on: req.db)
        let options = { (selected: String?) in
            [Option(value: "", label: "Choisir…", selected: selected == nil)]
                + list.rows.map { Option(value: String($0.id), label: $0.name, selected: String($0.id) == selected) }
        }
        return try await req.view.render("organisations", Page(
            layout: req.layout(title: "Organisations"), territory: territory.name, rows: list.rows,
            fromOptions: options(form.from), intoOptions: options(form.into), mergeAction: scope.path(.organisationMerge),
            journalHref: SiteURL.adminJournal.path, notice: notice, error: error))
    }
}
