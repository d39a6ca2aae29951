import CTGCore
import Fluent
import Vapor

/// The photo of an item (fiche 1-1-2-C's inventory), at most one per item.
final class EquipmentPhoto: Model, @unchecked Sendable {
    static let schema = "equipment_photos"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "territory_id") var territoryID: Int
    @Parent(key: "item_id") var item: EquipmentItem
    /// The name in the DocumentStore: random, never the sender's file name.
    @Field(key: "stored_name") var storedName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "alt_text") var altText: String
    @Field(key: "size") var size: Int
    @Field(key: "uploaded_at") var uploadedAt: Date

    init() {}
}

/// `/{territoire}/materiel/{id}/photo`: the photo itself (GET) and its upload or replacement (POST).
enum EquipmentPhotoController {
    struct Form: Content { var photo: File?; var alt: String? }

    static func register(on routes: any RoutesBuilder) {
        routes.get(.equipment(.photo(itemID: 0)), use: show)
        // A photo of a few megabytes, with the form around it: the documents' upload limit.
        routes.post(.equipment(.photo(itemID: 0)), use: upload).bodyLimit(BodyLimit.upload)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let item = try await EquipmentItemController.item(req)
        guard let photo = try await EquipmentPhoto.query(on: req.db).filter(\.$item.$id == item.requireID()).first() else {
            throw AppError.notFound("Ce matériel n'a pas de photo.")
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: photo.contentType)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=300")
        return Response(status: .ok, headers: headers, body: .init(data: try req.application.documentStore.read(photo.storedName)))
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let item = try await EquipmentItemController.item(req)
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard OccupancyAccess.canEdit(user, item.owner) else {
            throw AppError.forbidden("Seuls le coordinateur et les référents de la structure propriétaire changent la photo de ce matériel.")
        }
        let form = try req.content.decode(Form.self)
        let upload = Upload(form.photo)
        let valid: EquipmentPhotoCheck.Valid
        switch EquipmentPhotoCheck.check(filename: upload.filename, bytes: upload.bytes, alt: form.alt, itemName: item.name) {
        case .success(let checked): valid = checked
        case .failure(let refusal):
            let response = try await EquipmentItemController.page(req, item, errors: [], form: .init(), photoError: refusal.message)
                .encodeResponse(for: req)
            response.status = .unprocessableEntity
            return response
        }
        let scope = try await req.territoryScope()
        let itemID = try item.requireID()
        do {
            try await req.application.documentStore.keep(upload.data, fileExtension: valid.type.fileExtension) { stored in
                try await req.db.writeTransaction { tx in
                    let existing = try await EquipmentPhoto.query(on: tx).filter(\.$item.$id == itemID).first()
                    let photo = existing ?? EquipmentPhoto()
                    photo.territoryID = scope.territoryID
                    photo.$item.id = itemID
                    photo.storedName = stored
                    photo.contentType = valid.type.rawValue
                    photo.altText = valid.alt
                    photo.size = upload.data.count
                    photo.uploadedAt = Date()
                    try await photo.save(on: tx)
                    // The replaced file stays on disk, named in the journal, so a photo is never lost.
                    _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .equipment, entityID: itemID,
                                               field: "photo", before: existing.map { "\($0.altText) (\($0.storedName))" },
                                               after: "\(valid.alt) (\(stored))",
                                               summary: existing == nil ? "Photo de « \(item.name) » ajoutée" : "Photo de « \(item.name) » remplacée")
                }
            }
        } catch {
            if let failure = error as? any DatabaseError, failure.isConstraintFailure {
                throw AppError.conflict("Une autre photo de ce matériel vient d'être enregistrée : rechargez la page et recommencez si besoin.")
            }
            throw error
        }
        return req.redirect(to: scope.path(.equipment(.item(id: itemID))), redirectType: .normal)
    }
}
