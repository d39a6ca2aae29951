import CTGCore
import Fluent
import Vapor

/// `/{territoire}/pieces-jointes/{kind}/{id}`: the files of one row. Everyone sees the public ones;
/// signed-in readers of the territory see them all; the coordinateur and the référents responsible
/// for the fiche get the upload form and the « Retirer » links.
enum AttachmentsController {
    struct Form: Content {
        /// Not `document`: that field's limit is the structures' (FieldLimits), this one's is CTG_FILE_MAX_MB.
        var fichier: File?
        var kind: String?
        var `public`: String?
    }

    static func register(on app: Application) {
        app.get(.files(.owner(.init(kind: .fiche, id: 0))), use: show)
        // The configured limit, and room for the form around the file.
        app.post(.files(.owner(.init(kind: .fiche, id: 0))), use: upload).bodyLimit(app.attachmentLimit + BodyLimit.standard)
        app.get(.files(.file(id: 0)), use: AttachmentFiles.download)
        app.get(.files(.removal(id: 0)), use: AttachmentFiles.confirmRemoval)
        app.post(.files(.removal(id: 0)), use: AttachmentFiles.remove)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let notice: String? = switch req.query[String.self, at: "fichier"] {
        case "ajoute": "Fichier ajouté. Il figure au journal des modifications."
        case "retire": "Fichier retiré. Le retrait figure au journal, d'où un coordinateur peut le restaurer."
        default: nil
        }
        return try await page(req, notice: notice, error: nil)
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let resolved = try await ResolvedOwner.find(try owner(req), in: scope, on: req.db)
        let user = try req.requireUser()
        guard try await resolved.canEdit(user, scope: scope, on: req.db) else {
            throw AppError.forbidden("Seuls le coordinateur et les référents des organisations responsables de la fiche ajoutent des fichiers ici.")
        }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(Form.self)
        let upload = Upload(form.fichier)
        let ownerKind = resolved.owner.kind
        let kind = AttachmentKind(rawValue: form.kind ?? "").flatMap { ownerKind.kinds.contains($0) ? $0 : nil } ?? ownerKind.kinds[0]
        let type: DocumentCheck.FileType
        switch AttachmentCheck.check(filename: upload.filename, bytes: upload.bytes, kind: kind, limit: req.application.attachmentLimit) {
        case .success(let checked): type = checked
        case .failure(let refusal):
            return try await page(req, notice: nil, error: refusal.message).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let isPublic = ownerKind.mayBePublic && form.public == "1"
        let (territoryID, sha256) = (scope.territoryID, upload.sha256)
        let conventionID = resolved.action?.$convention.id
        let actionCode = resolved.action?.code
        let back = scope.path(.files(.owner(resolved.owner))) + "?fichier=ajoute"
        do {
            return try await req.application.documentStore.keep(upload.data, fileExtension: type.fileExtension) { stored in
                let response = try await FormSubmissions.once(req) { tx in
                    let row = Attachment()
                    row.territoryID = territoryID
                    row.attach(to: resolved.owner)
                    row.kind = kind.rawValue
                    row.filename = upload.filename
                    row.storedName = stored
                    row.contentType = type.rawValue
                    row.size = upload.data.count
                    row.sha256 = sha256
                    row.isPublic = isPublic
                    row.uploadedBy = user.id
                    row.uploadedByEmail = user.email
                    row.uploadedAt = Date()
                    try await row.create(on: tx)
                    try await Audit.record(on: tx, user: user, territoryID: territoryID, conventionID: conventionID,
                                           entity: .attachment, entityID: row.id, actionCode: actionCode,
                                           field: "Pièce jointe \(ownerKind.ofLabel)", after: "\(kind.label) : \(upload.filename)",
                                           summary: "\(kind.label) « \(upload.filename) » ajouté à : \(resolved.title)")
                    return back
                }
                // A copy of this form sent at the same moment won the token: our row was rolled back, so our bytes go too.
                guard try await Attachment.query(on: req.db).filter(\.$storedName == stored).count() > 0 else {
                    throw ReplayedSubmission(response: response)
                }
                return response
            }
        } catch let replayed as ReplayedSubmission {
            return replayed.response
        }
    }

    private struct ReplayedSubmission: Error { var response: Response }

    static func owner(_ req: Request) throws -> AttachmentOwner {
        guard let kind = req.parameters.get("ownerKind").flatMap(AttachmentOwnerKind.init(rawValue:)),
              let id = req.parameters.get("ownerID", as: Int.self) else {
            throw AppError.notFound("Cette page de pièces jointes n'existe pas.")
        }
        return AttachmentOwner(kind: kind, id: id)
    }
}

extension AuditEntity {
    static let attachment: AuditEntity = "attachment"
}
