import CTGCore
import Fluent
import Vapor

/// `/{territoire}/chantiers`: the communes' requests for a chantier international de jeunes
/// (fiche 4-1-2). A commune's référent files its own; the coordinateur files for any commune.
enum ChantierController {
    struct Form: Content {
        var organisation: String?; var site: String?; var firstDay: String?; var lastDay: String?
        var youngPeople: String?; var partner: String?; var estimate: String?
    }
    struct Row: Encodable {
        var href: String; var commune: String; var site: String; var dates: String; var youngPeople: Int
        var status: String; var received: String
    }
    struct Page: Encodable {
        var layout: Layout
        var rows: [Row]
        var canFile: Bool
        /// The coordinateur picks the commune; a référent files for theirs (named here).
        var communes: [AdminUsersPage.Option]
        var ownCommune: String?
        var action: String
        var errors: [String]
        var form: [String: String]
        var nextHref: String?
    }

    static let pageSize = 100

    static func register(on app: Application) {
        let readers = app.signedIn()
        readers.get(.chantier(.list), use: list)
        readers.post(.chantier(.list), use: create)
        readers.get(.chantier(.request(id: 0)), use: ChantierPage.show)
        readers.post(.chantier(.status(id: 0)), use: ChantierPage.move)
        readers.post(.chantier(.documents(id: 0)), use: ChantierDocuments.upload).bodyLimit(BodyLimit.upload)
        readers.get(.chantier(.document(id: 0, documentID: 0)), use: ChantierDocuments.download)
    }

    @Sendable static func list(req: Request) async throws -> View { try await page(req, errors: [], form: [:]) }

    static func page(_ req: Request, errors: [String], form: [String: String]) async throws -> View {
        let scope = try await req.territoryScope()
        let user = try req.requireUser()
        let pageNumber = max(1, min(req.query[Int.self, at: "page"] ?? 1, 1000))
        let rows = try await ChantierRequest.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$receivedOn, .descending).sort(\.$id, .descending)
            .range(((pageNumber - 1) * pageSize)..<(pageNumber * pageSize + 1)).all()
        let own = try await ChantierAccess.communeOf(user, territoryID: scope.territoryID, on: req.db)
        let isCoordinator = ChantierAccess.isCoordinator(user, territoryID: scope.territoryID)
        let communes = isCoordinator ? try await Organisation.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$kind == OrganisationKind.commune.rawValue).sort(\.$name).all() : []
        return try await req.view.render("chantiers", Page(
            layout: req.layout(title: "Chantiers de jeunes"),
            rows: rows.prefix(pageSize).map { r in
                Row(href: scope.path(.chantier(.request(id: r.id ?? 0))), commune: r.commune, site: r.site,
                    dates: ChantierPage.dates(r), youngPeople: r.youngPeople, status: r.statusValue.label,
                    received: CivilDate(r.receivedOn)?.french ?? r.receivedOn)
            },
            canFile: isCoordinator || own != nil,
            communes: communes.map { .init(value: String($0.id ?? 0), label: $0.name, selected: form["organisation"] == String($0.id ?? 0)) },
            ownCommune: own?.name, action: scope.path(.chantier(.list)), errors: errors, form: form,
            nextHref: rows.count > pageSize ? scope.url(.chantier(.list)).path(query: [("page", String(pageNumber + 1))]) : nil))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let (user, own) = try await ChantierAccess.requireWriter(req, scope: scope)
        let form = try req.content.decode(Form.self)
        let typed = ["organisation": form.organisation, "site": form.site, "firstDay": form.firstDay, "lastDay": form.lastDay,
                     "youngPeople": form.youngPeople, "partner": form.partner, "estimate": form.estimate].mapValues { $0 ?? "" }
        let commune: Organisation
        if let own {
            commune = own
        } else {
            guard let id = Int(form.organisation ?? ""),
                  let chosen = try await Organisation.query(on: req.db).filter(\.$id == id).filter(\.$territory.$id == scope.territoryID)
                    .filter(\.$kind == OrganisationKind.commune.rawValue).first() else {
                return try await page(req, errors: ["Choisissez la commune qui fait la demande."], form: typed)
                    .encodeResponse(status: .unprocessableEntity, for: req)
            }
            commune = chosen
        }
        let input: ChantierRequestInput
        switch ChantierRequestInput.read(site: form.site, firstDay: form.firstDay, lastDay: form.lastDay,
                                         youngPeople: form.youngPeople, partner: form.partner, estimate: form.estimate) {
        case .success(let valid): input = valid
        case .failure(let refusal):
            return try await page(req, errors: refusal.reasons, form: typed).encodeResponse(status: .unprocessableEntity, for: req)
        }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let today = req.civilToday
        let communeID = try commune.requireID()
        let communeName = CommuneNames.place(ofOrganisation: commune.name)
        return try await FormSubmissions.once(req) { tx in
            let row = ChantierRequest()
            row.$territory.id = scope.territoryID
            row.$organisation.id = communeID
            row.commune = communeName
            row.site = input.site; row.firstDay = input.firstDay.description; row.lastDay = input.lastDay.description
            row.youngPeople = input.youngPeople; row.partner = input.partner; row.estimateCents = input.estimateCents
            row.status = ChantierStatus.recue.rawValue; row.receivedOn = today.description
            try await row.create(on: tx)
            let step = ChantierStep()
            step.$request.id = try row.requireID(); step.status = ChantierStatus.recue.rawValue
            step.day = today.description; step.author = user.email; step.comment = ""
            try await step.create(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .chantier, entityID: row.id,
                                       field: "demande", after: "\(input.site), \(FrenchCount.phrase(input.youngPeople, "jeune"))",
                                       summary: "Chantier de jeunes : demande de \(communeName) reçue (\(input.site))")
            return scope.path(.chantier(.request(id: try row.requireID())))
        }
    }
}
