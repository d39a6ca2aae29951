import CTGCore
import Fluent
import Vapor

/// One attachment: its download, and its removal (asked first, journaled, restorable: the row and
/// the bytes stay, marked removed, until a purge).
enum AttachmentFiles {
    struct Removal: Codable {
        var attachmentID: Int
    }

    /// A public file to anyone; a private one to signed-in readers of the territory only. Always
    /// looked up in the address's territory: another territory's file is "not found".
    @Sendable static func download(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let row = try await find(req, scope: scope)
        // The act of a séance or deliberation cancelled as recorded by mistake is no longer published.
        let published = row.isPublic ? try await !isCancelled(row, on: req.db) : false
        if !published {
            let user = try req.requireUser()
            guard AccessPolicy.reads(user, scope.territory) else { throw AppError.notFound(missing) }
        }
        // A public act is the same for everyone and changes only by removal: shared caches may keep it an hour.
        return try req.application.documentStore.download(row.storedName, contentType: row.contentType, filename: row.filename,
                                                          cacheControl: published ? "public, max-age=3600" : "private, no-cache")
    }

    private static func isCancelled(_ row: Attachment, on db: any Database) async throws -> Bool {
        if let id = row.deliberationID { return try await Deliberation.find(id, on: db)?.cancelledAt != nil }
        if let id = row.seanceID { return try await Seance.find(id, on: db)?.cancelledAt != nil }
        return false
    }

    @Sendable static func confirmRemoval(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let (row, resolved) = try await editable(req, scope: scope)
        return try await ConfirmPage.render(req, title: "Retirer un fichier",
            question: "Retirer « \(row.filename) » (\(row.kindLabel)) de : \(resolved.title) ? Il ne sera plus téléchargeable.",
            action: scope.path(.files(.removal(id: row.id ?? 0))), cancel: scope.path(.files(.owner(resolved.owner))))
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let (row, resolved) = try await editable(req, scope: scope)
        let back = scope.path(.files(.owner(resolved.owner)))
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.path, redirectType: .normal) }
        let user = try req.requireUser()
        let id = try row.requireID()
        try await req.db.writeTransaction { tx in
            guard let live = try await Attachment.query(on: tx).filter(\.$id == id).filter(\.$removedAt == nil).first() else {
                throw AppError.conflict("Ce fichier a déjà été retiré.")
            }
            live.removedAt = Date()
            try await live.save(on: tx)
            let entry = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, conventionID: resolved.action?.$convention.id,
                                               entity: .attachment, entityID: id, actionCode: resolved.action?.code,
                                               field: "Pièce jointe \(resolved.owner.kind.ofLabel)", before: "\(live.kindLabel) : \(live.filename)",
                                               summary: "Fichier « \(live.filename) » retiré de : \(resolved.title)")
            try await DeletedRow.keep(Removal(attachmentID: id), kind: .attachment, deletion: entry, on: tx)
        }
        return req.redirect(to: back + "?fichier=retire", redirectType: .normal)
    }

    /// « Restaurer » in the journal: the file is listed and downloadable again.
    static func restore(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let removal = try kept.decoded(Removal.self)
        guard let row = try await Attachment.query(on: db).filter(\.$id == removal.attachmentID)
                .filter(\.$territoryID == kept.$territory.id).first() else {
            throw AppError.notFound("Ce fichier n'existe plus : la ligne à laquelle il était joint a peut-être été supprimée.")
        }
        row.removedAt = nil
        try await row.save(on: db)
        try await Audit.record(on: db, user: user, territoryID: kept.$territory.id, entity: .attachment, entityID: row.id,
                               field: "Pièce jointe", after: "\(row.kindLabel) : \(row.filename)",
                               summary: "Fichier « \(row.filename) » restauré")
    }

    static let missing = "Ce fichier n'existe pas, a été retiré, ou n'est pas public."

    private static func find(_ req: Request, scope: TerritoryScope) async throws -> Attachment {
        guard let id = req.parameters.get("attachmentID", as: Int.self),
              let row = try await Attachment.query(on: req.db).filter(\.$id == id)
                .filter(\.$territoryID == scope.territoryID).filter(\.$removedAt == nil).first() else {
            throw AppError.notFound(missing)
        }
        return row
    }

    /// The file and its owner, when the signed-in user may remove it.
    private static func editable(_ req: Request, scope: TerritoryScope) async throws -> (Attachment, ResolvedOwner) {
        let user = try req.requireUser()
        let row = try await find(req, scope: scope)
        guard let owner = row.owner else { throw AppError.notFound(missing) }
        let resolved = try await ResolvedOwner.find(owner, in: scope, on: req.db)
        guard try await resolved.canEdit(user, scope: scope, on: req.db) else {
            if !AccessPolicy.reads(user, scope.territory) { throw AppError.notFound(missing) }
            throw AppError.forbidden("Seuls le coordinateur et les référents des organisations responsables de la fiche retirent ce fichier.")
        }
        return (row, resolved)
    }
}
