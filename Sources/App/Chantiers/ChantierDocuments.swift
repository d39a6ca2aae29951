import CTGCore
import Fluent
import Vapor

/// Documents of a chantier request (devis, convention with the association, photos…): checked
/// and stored by the guichet's `DocumentCheck` and the shared `DocumentStore`, downloaded by readers of the territory.
enum ChantierDocuments {
    @Sendable static func upload(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        _ = try await ChantierAccess.requireWriter(req, scope: scope)
        let row = try await ChantierAccess.find(req, scope: scope)
        let user = try await ChantierAccess.requireFollower(req, row, scope: scope)
        let id = try row.requireID()
        let form = try req.content.decode(DocumentUpload.Form.self)
        let upload = Upload(form.document)
        let type: DocumentCheck.FileType
        switch DocumentCheck.check(filename: upload.filename, bytes: upload.bytes) {
        case .success(let checked): type = checked
        case .failure(let refusal):
            return try await ChantierPage.render(req, errors: [refusal.message]).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let typedTitle = (form.title ?? "").trimmingCharacters(in: .whitespaces)
        let title = typedTitle.isEmpty ? upload.filename : String(typedTitle.prefix(FieldLimits.name))
        try await req.application.documentStore.keep(upload.data, fileExtension: type.fileExtension) { stored in
            try await req.db.writeTransaction { tx in
                let document = ChantierDocument()
                document.$request.id = id
                document.title = title; document.filename = upload.filename; document.storedName = stored
                document.contentType = type.rawValue; document.size = upload.data.count; document.uploadedAt = Date()
                try await document.create(on: tx)
                _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .chantier, entityID: id,
                                           field: "document", after: "\(title) (\(upload.filename))",
                                           summary: "Chantier de jeunes de \(row.commune) : document joint")
            }
        }
        return req.redirect(to: scope.path(.chantier(.request(id: id))), redirectType: .normal)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let row = try await ChantierAccess.find(req, scope: scope)
        guard let documentID = req.parameters.get("documentID", as: Int.self),
              let document = try await ChantierDocument.query(on: req.db).filter(\.$id == documentID)
                .filter(\.$request.$id == (try row.requireID())).first() else {
            throw AppError.notFound("Ce document n'existe pas.")
        }
        return try req.application.documentStore.download(document.storedName, contentType: document.contentType, filename: document.filename)
    }
}
