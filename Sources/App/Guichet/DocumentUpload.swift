import CTGCore
import Fluent
import Vapor

/// Documents of a structure: upload (editors), download (everyone), removal (editors, journaled
/// and restorable: the row and the file stay, marked removed).
enum DocumentUpload {
    struct Form: Content {
        var document: File?
        var title: String?
        var kind: String?
    }

    /// What the journal keeps to bring a removed document back.
    struct Removal: Codable {
        var documentID: Int
    }

    static func typeLabel(_ contentType: String) -> String { DocumentCheck.FileType(rawValue: contentType)?.label ?? "fichier" }
    static func sizeLabel(_ bytes: Int) -> String { DocumentCheck.sizeLabel(bytes) }

    @Sendable static func upload(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let (user, structure) = try await req.editableStructure(in: scope)
        let id = try structure.requireID()
        let form = try req.content.decode(Form.self)
        let upload = Upload(form.document)
        let type: DocumentCheck.FileType
        switch DocumentCheck.check(filename: upload.filename, bytes: upload.bytes) {
        case .success(let checked): type = checked
        case .failure(let refusal): return try await StructureEditController.render(req, scope: scope, user: user, structure: structure, error: refusal.message, status: .unprocessableEntity)
        }
        let kind = DocumentKind(rawValue: form.kind ?? "") ?? .autre
        let title = (form.title ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? kind.label : String((form.title ?? "").prefix(FieldLimits.name))
        try await req.application.documentStore.keep(upload.data, fileExtension: type.fileExtension) { stored in
            try await req.db.writeTransaction { tx in
                let document = StructureDocument()
                document.$structure.id = id
                document.kind = kind.rawValue
                document.title = title
                document.filename = upload.filename
                document.storedName = stored
                document.contentType = type.rawValue
                document.size = upload.data.count
                document.uploadedAt = Date()
                try await document.create(on: tx)
                _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .structure, entityID: id,
                                           field: "Document", after: "\(title) (\(upload.filename))")
            }
        }
        return req.redirect(to: scope.path(.editStructure(id: id)) + "?document=ajoute", redirectType: .normal)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let structure = try await req.structure(in: scope)
        let document = try await find(req, structureID: try structure.requireID())
        return try req.application.documentStore.download(document.storedName, contentType: document.contentType, filename: document.filename)
    }

    @Sendable static func confirmRemoval(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let (_, structure) = try await req.editableStructure(in: scope)
        let id = try structure.requireID()
        let document = try await find(req, structureID: id)
        return try await ConfirmPage.render(req, title: "Retirer un document",
            question: "Retirer « \(document.title) » de la page de « \(structure.name) » ? Le retrait figure au journal, d'où un coordinateur peut l'annuler.",
            action: scope.path(.documentRemoval(structureID: id, documentID: document.id ?? 0)), cancel: scope.path(.editStructure(id: id)))
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let (user, structure) = try await req.editableStructure(in: scope)
        let id = try structure.requireID()
        let document = try await find(req, structureID: id)
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.path, redirectType: .normal) }
        let documentID = try document.requireID()
        try await req.db.writeTransaction { tx in
            guard let row = try await StructureDocument.query(on: tx).filter(\.$id == documentID).filter(\.$removedAt == nil).first() else {
                throw AppError.conflict("Ce document a déjà été retiré.")
            }
            row.removedAt = Date()
            try await row.save(on: tx)
            let entry = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .structure, entityID: id,
                                               field: "Document", before: "\(row.title) (\(row.filename))", summary: "Document retiré")
            try await DeletedRow.keep(Removal(documentID: documentID), kind: .structureDocument, deletion: entry, on: tx)
        }
        return req.redirect(to: scope.path(.editStructure(id: id)) + "?document=retire", redirectType: .normal)
    }

    /// « Restaurer » in the journal: the row comes back on the structure's page.
    static func restore(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let removal = try kept.decoded(Removal.self)
        guard let row = try await StructureDocument.query(on: db).filter(\.$id == removal.documentID).with(\.$structure).first(),
              row.structure.$territory.id == kept.$territory.id else {
            throw AppError.notFound("Ce document n'existe plus : la structure a peut-être été supprimée.")
        }
        row.removedAt = nil
        try await row.save(on: db)
        _ = try await Audit.record(on: db, user: user, territoryID: kept.$territory.id, entity: .structure, entityID: row.$structure.id,
                                   field: "Document", after: "\(row.title) (\(row.filename))", summary: "Document restauré")
    }

    private static func find(_ req: Request, structureID: Int) async throws -> StructureDocument {
        guard let documentID = req.parameters.get("documentID", as: Int.self),
              let document = try await StructureDocument.query(on: req.db).filter(\.$id == documentID)
                .filter(\.$structure.$id == structureID).filter(\.$removedAt == nil).first() else {
            throw AppError.notFound("Ce document n'existe pas ou a été retiré.")
        }
        return document
    }
}
