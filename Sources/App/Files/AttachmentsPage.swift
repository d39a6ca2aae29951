import CTGCore
import Fluent
import Vapor

/// The page of one row's files (see `AttachmentsController`).
struct AttachmentsPage: Encodable {
    struct Option: Encodable { var value: String; var label: String }

    struct UploadForm: Encodable {
        var action: String
        var kinds: [Option]
        var mayBePublic: Bool
        /// "20 Mo".
        var limit: String
    }

    var layout: Layout
    var ownerTitle: String
    var backHref: String
    var rows: [AttachmentLinks.FileLink]
    var upload: UploadForm?
    /// For signed-out visitors: only public files are listed.
    var onlyPublic: Bool
    var notice: String?
    var error: String?
}

extension AttachmentsController {
    static func page(_ req: Request, notice: String?, error: String?) async throws -> View {
        let scope = try await req.territoryScope()
        let resolved = try await ResolvedOwner.find(try owner(req), in: scope, on: req.db)
        let user = req.currentUser
        let readsAll = user.map { AccessPolicy.reads($0, scope.territory) } ?? false
        let canEdit = try await resolved.canEdit(user, scope: scope, on: req.db)
        let rows = try await Attachment.live(of: resolved.owner, territoryID: scope.territoryID, on: req.db)
            .filter { readsAll || $0.isPublic }
            .map { AttachmentLinks.FileLink($0, scope: scope, withAuthor: readsAll, removable: canEdit) }
        let kind = resolved.owner.kind
        let upload = canEdit ? AttachmentsPage.UploadForm(
            action: scope.path(.files(.owner(resolved.owner))),
            kinds: kind.kinds.map { .init(value: $0.rawValue, label: $0.label) },
            mayBePublic: kind.mayBePublic, limit: "\(req.application.attachmentLimit / 1024 / 1024) Mo") : nil
        return try await req.view.render("attachments", AttachmentsPage(
            layout: Layout(title: "Pièces jointes \(kind.ofLabel)", scope: scope), ownerTitle: resolved.title,
            backHref: resolved.backHref, rows: rows, upload: upload, onlyPublic: !readsAll, notice: notice, error: error))
    }

    /// The authors are named to signed-in readers only.
    static func details(_ row: Attachment, withAuthor: Bool) -> String {
        let type = DocumentCheck.FileType(rawValue: row.contentType)?.label ?? "fichier"
        let day = FrenchFormat.date(row.uploadedAt.parisISODay) ?? row.uploadedAt.parisISODay
        let by = withAuthor ? " par \(row.uploadedByEmail)" : ""
        return "\(type), \(DocumentCheck.sizeLabel(row.size)), déposé le \(day)\(by)"
    }
}
