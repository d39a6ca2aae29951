import CTGCore
import Fluent
import Vapor

/// `/{territoire}/chantiers/{id}`: one request, its dated steps and documents; the coordinateur
/// moves it to the next status there (CTGCore's `ChantierStatus` decides which moves exist).
enum ChantierPage {
    struct MoveForm: Content { var status: String?; var comment: String? }
    struct Step: Encodable { var status: String; var day: String; var author: String; var comment: String }
    struct Document: Encodable { var title: String; var href: String; var details: String }
    struct Page: Encodable {
        var layout: Layout
        var commune: String; var site: String; var dates: String; var youngPeople: String; var partner: String
        var estimate: String; var status: String; var received: String
        var steps: [Step]; var documents: [Document]
        var moves: [AdminUsersPage.Option]
        var moveAction: String?; var documentAction: String?; var listHref: String
        var errors: [String]
    }

    static func dates(_ r: ChantierRequest) -> String {
        "du \(CivilDate(r.firstDay)?.french ?? r.firstDay) au \(CivilDate(r.lastDay)?.french ?? r.lastDay)"
    }

    @Sendable static func show(req: Request) async throws -> View { try await render(req, errors: []) }

    static func render(_ req: Request, errors: [String]) async throws -> View {
        let scope = try await req.territoryScope()
        let row = try await ChantierAccess.find(req, scope: scope)
        let id = try row.requireID()
        let user = try req.requireUser()
        let steps = try await ChantierStep.query(on: req.db).filter(\.$request.$id == id).sort(\.$id).all()
        let documents = try await ChantierDocument.query(on: req.db).filter(\.$request.$id == id).sort(\.$id).all()
        let coordinates = ChantierAccess.isCoordinator(user, territoryID: scope.territoryID)
        let own = try await ChantierAccess.communeOf(user, territoryID: scope.territoryID, on: req.db)
        let documents_ = documents.map { d in
            Document(title: d.title, href: scope.path(.chantier(.document(id: id, documentID: d.id ?? 0))),
                     details: "\(DocumentUpload.typeLabel(d.contentType)), \(DocumentUpload.sizeLabel(d.size))")
        }
        return try await req.view.render("chantier", Page(
            layout: req.layout(title: "Chantier de jeunes : \(row.commune)"),
            commune: row.commune, site: row.site, dates: dates(row), youngPeople: FrenchCount.phrase(row.youngPeople, "jeune"),
            partner: row.partner.isEmpty ? "—" : row.partner, estimate: row.estimateCents.map(ChantierRequestInput.euros) ?? "—",
            status: row.statusValue.label, received: CivilDate(row.receivedOn)?.french ?? row.receivedOn,
            steps: steps.map { Step(status: ChantierStatus(rawValue: $0.status)?.label ?? $0.status,
                                    day: CivilDate($0.day)?.french ?? $0.day, author: $0.author, comment: $0.comment) },
            documents: documents_,
            moves: row.statusValue.next.map { .init(value: $0.rawValue, label: $0.label, selected: false) },
            moveAction: coordinates ? scope.path(.chantier(.status(id: id))) : nil,
            documentAction: coordinates || (own != nil && own?.id == row.$organisation.id) ? scope.path(.chantier(.documents(id: id))) : nil,
            listHref: scope.path(.chantier(.list)), errors: errors))
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireUser()
        guard ChantierAccess.isCoordinator(user, territoryID: scope.territoryID) else {
            throw AppError.forbidden("Seul le coordinateur fait avancer une demande de chantier.")
        }
        let row = try await ChantierAccess.find(req, scope: scope)
        let id = try row.requireID()
        let form = try req.content.decode(MoveForm.self)
        guard let target = ChantierStatus(rawValue: form.status ?? "") else {
            return try await render(req, errors: ["Choisissez le nouveau statut dans la liste."]).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let comment = String((form.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(FieldLimits.comment))
        let today = req.civilToday
        do {
            try await req.db.writeTransaction { tx in
                // Read again under the write lock: two clicks at once move the request once.
                guard let current = try await ChantierRequest.find(id, on: tx) else { throw AppError.notFound("Cette demande n'existe plus.") }
                let from = current.statusValue
                if let refusal = from.refusal(to: target) { throw AppError.conflict(refusal) }
                current.status = target.rawValue
                try await current.save(on: tx)
                let step = ChantierStep()
                step.$request.id = id; step.status = target.rawValue; step.day = today.description
                step.author = user.email; step.comment = comment
                try await step.create(on: tx)
                _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .chantier, entityID: id,
                                           field: "statut", before: from.label, after: target.label,
                                           summary: "Chantier de jeunes de \(current.commune) : « \(from.label) » → « \(target.label) »")
            }
        } catch let error as AppError {
            return try await render(req, errors: [error.reason]).encodeResponse(status: error.status, for: req)
        }
        return req.redirect(to: scope.path(.chantier(.request(id: id))), redirectType: .normal)
    }
}
