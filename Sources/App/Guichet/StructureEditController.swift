import CTGCore
import Fluent
import Vapor

/// Back office of the directory: référents create and update their organisation's structures,
/// the coordinateur every structure of the territory (issue 10).
enum StructureEditController {
    typealias Option = AdminUsersPage.Option

    struct Page: Encodable {
        var layout: Layout
        var heading: String
        var form: StructureForm
        var kinds: [Option]
        var organisations: [Option]
        var action: String
        var cancelHref: String
        var error: String?
        var notice: String?
        /// Only when editing: the documents and their upload form.
        var documents: [StructurePage.Document]?
        var uploadAction: String?
        var documentKinds: [Option]
        var isDemo: Bool
    }

    static func register(on app: Application) {
        let editors = app.signedIn(.coordinateur, .referent)
        editors.get(.guichet(.newStructure), use: newForm)
        editors.post(.guichet(.newStructure), use: create)
        editors.get(.guichet(.editStructure(id: 0)), use: editForm)
        editors.post(.guichet(.editStructure(id: 0)), use: update)
        editors.post(.guichet(.documents(structureID: 0)), use: DocumentUpload.upload).bodyLimit(BodyLimit.upload)
        editors.get(.guichet(.documentRemoval(structureID: 0, documentID: 0)), use: DocumentUpload.confirmRemoval)
        editors.post(.guichet(.documentRemoval(structureID: 0, documentID: 0)), use: DocumentUpload.remove)
        app.get(.guichet(.structures), use: StructuresController.index)
        app.get(.guichet(.structure(id: 0)), use: StructurePage.show)
        app.get(.guichet(.document(structureID: 0, documentID: 0)), use: DocumentUpload.download)
    }

    @Sendable static func newForm(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireGuichetEditor(scope)
        var form = StructureForm()
        form.organisation = user.organisationID.map(String.init)
        return try await render(req, scope: scope, user: user, structure: nil, form: form, error: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireGuichetEditor(scope)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(StructureForm.self)
        let structure = Structure()
        structure.$territory.id = scope.territoryID
        structure.isDemo = false
        do {
            let allowed = try await GuichetAccess.managerChoices(for: user, territoryID: scope.territoryID, on: req.db)
            try form.apply(to: structure, allowed: allowed, isReferent: user.role == .referent)
            return try await FormSubmissions.once(req) { tx in
                try await ensureUniqueName(structure, on: tx)
                try await structure.create(on: tx)
                let id = try structure.requireID()
                _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .structure, entityID: id,
                                           after: structure.name, summary: "Structure créée")
                return scope.path(.structure(id: id))
            }
        } catch let error as AppError {
            return try await render(req, scope: scope, user: user, structure: nil, form: form, error: error.reason, status: error.status)
        }
    }

    @Sendable static func editForm(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let (user, structure) = try await req.editableStructure(in: scope)
        return try await render(req, scope: scope, user: user, structure: structure, error: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let (user, structure) = try await req.editableStructure(in: scope)
        let form = try req.content.decode(StructureForm.self)
        let before = structure.name
        do {
            let allowed = try await GuichetAccess.managerChoices(for: user, territoryID: scope.territoryID, on: req.db)
            try form.apply(to: structure, allowed: allowed, isReferent: user.role == .referent)
            let id = try structure.requireID()
            try await req.db.writeTransaction { tx in
                try await ensureUniqueName(structure, on: tx)
                try await structure.save(on: tx)
                _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .structure, entityID: id,
                                           before: before, after: structure.name, summary: "Structure modifiée")
            }
            return req.redirect(to: scope.path(.structure(id: id)), redirectType: .normal)
        } catch let error as AppError {
            return try await render(req, scope: scope, user: user, structure: structure, form: form, error: error.reason, status: error.status)
        }
    }

    /// The database refuses two structures of one name in a territory; this says so in French first.
    private static func ensureUniqueName(_ structure: Structure, on db: any Database) async throws {
        let query = Structure.query(on: db).filter(\.$territory.$id == structure.$territory.id).filter(\.$name == structure.name)
        if let id = structure.id { query.filter(\.$id != id) }
        if try await query.count() > 0 {
            throw AppError.conflict("Une structure s'appelle déjà « \(structure.name) » sur ce territoire : choisissez un autre nom.")
        }
    }

    static func render(_ req: Request, scope: TerritoryScope, user: User, structure: Structure?, form: StructureForm? = nil,
                       error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let form = form ?? StructureForm(structure)
        let allowed = try await GuichetAccess.managerChoices(for: user, territoryID: scope.territoryID, on: req.db)
        let id = structure?.id
        var documents: [StructurePage.Document]?
        if let id { documents = try await StructurePage.documents(of: id, scope: scope, removable: true, on: req.db) }
        let notice: String? = switch req.query[String.self, at: "document"] {
        case "ajoute": "Document ajouté."
        case "retire": "Document retiré. Le retrait figure au journal, d'où un coordinateur peut l'annuler."
        default: nil
        }
        let page = Page(
            layout: req.layout(title: structure.map { "Modifier « \($0.name) »" } ?? "Nouvelle structure"),
            heading: structure.map { "Modifier « \($0.name) »" } ?? "Nouvelle structure", form: form,
            kinds: StructureKind.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.kind) },
            organisations: GuichetAccess.managerOptions(for: user, allowed: allowed, selected: form.organisation),
            action: id.map { scope.path(.editStructure(id: $0)) } ?? scope.path(.newStructure),
            cancelHref: id.map { scope.path(.structure(id: $0)) } ?? scope.path(.manage),
            error: error, notice: notice, documents: documents,
            uploadAction: id.map { scope.path(.documents(structureID: $0)) },
            documentKinds: DocumentKind.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: false) },
            isDemo: structure?.isDemo ?? false)
        let response = try await req.view.render("structure-form", page).encodeResponse(for: req)
        response.status = status
        return response
    }
}
