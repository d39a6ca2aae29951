import CTGCore
import Fluent
import Vapor

/// The files shown on an owner's own page (a deliberation, a séance): the public ones to everyone
/// — since 1 July 2022 this is how an act is published — all of them to signed-in readers of the
/// territory, with a link to the page where they are managed. The same for every anonymous
/// visitor, so a cached public page stays right (an upload moves the content version).
struct AttachmentLinks: Encodable {
    /// One file as pages list it; also the rows of the files page, where `removeHref` is set for editors.
    struct FileLink: Encodable {
        var filename: String
        var href: String
        var kind: String
        /// "PDF, 1,2 Mo, déposé le 3 mars 2025" (and "par …" for signed-in readers on the files page).
        var details: String
        var isPublic: Bool
        var removeHref: String? = nil

        init(filename: String, href: String, kind: String, details: String, isPublic: Bool) {
            (self.filename, self.href, self.kind, self.details, self.isPublic) = (filename, href, kind, details, isPublic)
        }

        init(_ row: Attachment, scope: TerritoryScope, withAuthor: Bool, removable: Bool) {
            let id = row.id ?? 0
            self.init(filename: row.filename, href: scope.path(.files(.file(id: id))), kind: row.kindLabel,
                      details: AttachmentsController.details(row, withAuthor: withAuthor), isPublic: row.isPublic)
            removeHref = removable ? scope.path(.files(.removal(id: id))) : nil
        }
    }

    var links: [FileLink]
    /// Signed-in readers of the territory: the list with its upload form.
    var manageHref: String?
    /// On a fiche, for signed-in readers: each sous-action's own files page (its evidence).
    var subPages: [FileLink] = []

    /// The fiche's files, and its sous-actions' pages for readers (nil when the fiche is not found).
    static func fiche(_ action: PlanAction?, scope: TerritoryScope, req: Request) async throws -> AttachmentLinks? {
        guard let action, let id = action.id else { return nil }
        var links = try await load(.init(kind: .fiche, id: id), scope: scope, req: req)
        guard links.manageHref != nil else { return links }
        let subs = try await SousAction.query(on: req.db).filter(\.$action.$id == id).sort(\.$position).all()
        links.subPages = subs.map { sub in
            FileLink(filename: "Sous-action \(sub.displayCode)", href: scope.path(.files(.owner(.init(kind: .sousAction, id: sub.id ?? 0)))),
                 kind: "Justificatifs", details: sub.title, isPublic: false)
        }
        return links
    }

    static func load(_ owner: AttachmentOwner, scope: TerritoryScope, req: Request) async throws -> AttachmentLinks {
        let readsAll = req.currentUser.map { AccessPolicy.reads($0, scope.territory) } ?? false
        let rows = try await Attachment.live(of: owner, territoryID: scope.territoryID, on: req.db).filter { readsAll || $0.isPublic }
        return AttachmentLinks(
            links: rows.map { FileLink($0, scope: scope, withAuthor: false, removable: false) },
            manageHref: readsAll ? scope.path(.files(.owner(owner))) : nil)
    }
}
