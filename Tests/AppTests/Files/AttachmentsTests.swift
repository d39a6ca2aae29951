@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 13, « Fichiers »: the coordinator attaches the signed act and a parent downloads it from the
/// public deliberation page; refused files write nothing; private files stay in their territory.
@Suite struct AttachmentsTests {
    @Test func theCoordinatorAttachesTheSignedActAndAParentDownloadsIt() async throws {
        try await withApp { app in
            AttachmentFixture.useTemporaryStore(app)
            let territoryID = try await Seed.territoryID(on: app.db)
            let act = try await AttachmentFixture.deliberation(app, territoryID: territoryID)
            let coordinator = try await signIn(app, as: .coordinateur)
            let uploaded = try await AttachmentFixture.upload(coordinator, owner: .init(kind: .deliberation, id: act.id!),
                                                              kind: .acte, filename: "Délibération signée n°12.pdf",
                                                              bytes: AttachmentFixture.signedAct)
            #expect(uploaded.status == .seeOther)

            // The parent: no account, the public page of the act.
            let parent = Browser(app)
            let page = try await parent.get(Seed.path(.deliberation(number: act.number)))
            #expect(page.status == .ok)
            let row = try #require(try await Attachment.query(on: app.db).first())
            let href = Seed.path(.files(.file(id: row.id!)))
            #expect(page.body.string.contains("href=\"\(href)\""))
            #expect(page.body.string.contains("Acte signé : Délibération signée n°12.pdf"))
            #expect(!page.body.string.contains("Gérer les pièces jointes"))

            let download = try await parent.get(href)
            #expect(download.status == .ok)
            #expect(Array(download.body.readableBytesView) == AttachmentFixture.signedAct)
            #expect(download.headers.first(name: .contentType) == "application/pdf")
            #expect(download.headers.first(name: .contentDisposition)
                    == "attachment; filename=\"Deliberation signee no12.pdf\"; filename*=UTF-8''D%C3%A9lib%C3%A9ration%20sign%C3%A9e%20n%C2%B012.pdf")
            #expect(download.headers.first(name: .cacheControl) == "public, max-age=3600")
            // Known SHA-256 of the bytes above, computed outside the app (sha256sum).
            #expect(row.sha256 == "580d2855fcf6913cd3ff49283976814179fa96063b5fc098285457715683f05a")
            #expect(row.size == AttachmentFixture.signedAct.count)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .attachment).count() == 1)
        }
    }

    @Test func theActOfACancelledDeliberationIsNoLongerPublished() async throws {
        try await withApp { app in
            AttachmentFixture.useTemporaryStore(app)
            let act = try await AttachmentFixture.deliberation(app, territoryID: try await Seed.territoryID(on: app.db))
            let coordinator = try await signIn(app, as: .coordinateur)
            try await AttachmentFixture.upload(coordinator, owner: .init(kind: .deliberation, id: act.id!), kind: .acte,
                                               filename: "acte.pdf", bytes: AttachmentFixture.signedAct)
            let href = Seed.path(.files(.file(id: try #require(try await Attachment.query(on: app.db).first()).id!)))
            #expect(try await Browser(app).get(href).status == .ok)
            let cancelled = try await coordinator.post(Seed.path(.cancellation(.deliberation(number: act.number))),
                                                       ["confirm": "1", "reason": "saisie par erreur"])
            #expect(cancelled.status == .seeOther, "\(cancelled.body.string)")
            #expect(try await Browser(app).get(href).status != .ok, "a parent still downloads the act of a cancelled deliberation")
            let kept = try await coordinator.get(href)
            #expect(kept.status == .ok)
            #expect(kept.headers.first(name: .cacheControl) == "private, no-cache")
        }
    }

    @Test func refusedFilesSayWhyInFrenchAndLeaveNothingBehind() async throws {
        try await withApp { app in
            let folder = AttachmentFixture.useTemporaryStore(app)
            app.attachmentLimit = 1024 * 1024
            let territoryID = try await Seed.territoryID(on: app.db)
            let owner = AttachmentOwner(kind: .deliberation, id: try await AttachmentFixture.deliberation(app, territoryID: territoryID).id!)
            let coordinator = try await signIn(app, as: .coordinateur)

            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            let picture = try await AttachmentFixture.upload(coordinator, owner: owner, kind: .acte, filename: "acte.pdf", bytes: png)
            #expect(picture.status == .unprocessableEntity)
            #expect(picture.body.string.contains("Ce fichier n'est pas un PDF".inPage))

            let page = try await AttachmentFixture.upload(coordinator, owner: owner, kind: .autre, filename: "x.pdf", bytes: Array("<html><script>".utf8))
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("Ce type de fichier n'est pas accepté".inPage))

            let big = Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: 1024 * 1024)
            let tooBig = try await AttachmentFixture.upload(coordinator, owner: owner, kind: .acte, filename: "gros.pdf", bytes: big)
            #expect(tooBig.status == .unprocessableEntity)
            #expect(tooBig.body.string.contains("Le fichier dépasse 1 Mo".inPage))

            #expect(try await Attachment.query(on: app.db).count() == 0)
            #expect(AttachmentFixture.filesOnDisk(folder).isEmpty)
        }
    }

    /// A scanned act of 9 Mo: over the structures' document limits (4 Mo, 8 Mo per form field), under the 20 Mo of attachments.
    @Test func aLargeScannedActUnderTheLimitIsKept() async throws {
        try await withApp { app in
            AttachmentFixture.useTemporaryStore(app)
            let territoryID = try await Seed.territoryID(on: app.db)
            let act = try await AttachmentFixture.deliberation(app, territoryID: territoryID)
            let coordinator = try await signIn(app, as: .coordinateur)
            let scan = Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x41, count: 9 * 1024 * 1024)
            let uploaded = try await AttachmentFixture.upload(coordinator, owner: .init(kind: .deliberation, id: act.id!), kind: .acte,
                                                              filename: "scan.pdf", bytes: scan)
            #expect(uploaded.status == .seeOther)
            #expect(try await Attachment.query(on: app.db).first()?.size == scan.count)
        }
    }

    @Test func onlyTheCoordinatorAndTheResponsibleReferentsAttach() async throws {
        try await withApp { app in
            AttachmentFixture.useTemporaryStore(app)
            let territoryID = try await Seed.territoryID(on: app.db)
            let act = try await AttachmentFixture.deliberation(app, territoryID: territoryID)
            let (action, sub) = try await AttachmentFixture.sousAction(app, territoryID: territoryID, fiche: "1-1-1")
            try await Organisation(territoryID: territoryID, name: "Organisation sans fiche", kind: "association", aliases: []).create(on: app.db)
            let reader = try await signIn(app, as: .lecteur)
            let refused = try await AttachmentFixture.upload(reader, owner: .init(kind: .deliberation, id: act.id!), kind: .acte,
                                                             filename: "acte.pdf", bytes: AttachmentFixture.signedAct)
            #expect(refused.status == .forbidden)
            // A référent of an organisation that is not responsable of fiche 1-1-1.
            let outsider = try await signIn(app, as: .referent, organisation: "Organisation sans fiche")
            let notTheirs = try await AttachmentFixture.upload(outsider, owner: .init(kind: .sousAction, id: sub.id!), kind: .justificatif,
                                                               filename: "photo.pdf", bytes: AttachmentFixture.signedAct)
            #expect(notTheirs.status == .forbidden)
            #expect(try await Attachment.query(on: app.db).count() == 0)

            // A référent of a responsable organisation of the fiche attaches its evidence.
            let lead = try #require(try await ActionOrganisation.query(on: app.db).filter(\.$action.$id == action.id!)
                .filter(\.$role == .lead).filter(\.$organisation.$id != nil).with(\.$organisation).first())
            let referent = try await signIn(app, as: .referent, organisation: try #require(lead.organisation).name)
            let accepted = try await AttachmentFixture.upload(referent, owner: .init(kind: .sousAction, id: sub.id!), kind: .justificatif,
                                                              filename: "photo atelier.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
            #expect(accepted.status == .seeOther)
            #expect(try await Attachment.query(on: app.db).count() == 1)
            // But not to the register, which is the coordinateur's.
            let register = try await AttachmentFixture.upload(referent, owner: .init(kind: .deliberation, id: act.id!), kind: .acte,
                                                              filename: "acte.pdf", bytes: AttachmentFixture.signedAct)
            #expect(register.status == .forbidden)
        }
    }

    @Test func privateEvidenceIsForSignedInReadersOfItsTerritoryOnly() async throws {
        try await withApp { app in
            AttachmentFixture.useTemporaryStore(app)
            let second = try await SecondTerritory.load(app)
            let territoryID = try await Seed.territoryID(on: app.db)
            let (_, sub) = try await AttachmentFixture.sousAction(app, territoryID: territoryID, fiche: "1-1-1")
            let coordinator = try await signIn(app, as: .coordinateur)
            let uploaded = try await AttachmentFixture.upload(coordinator, owner: .init(kind: .sousAction, id: sub.id!), kind: .justificatif,
                                                              filename: "bilan-atelier.pdf", bytes: AttachmentFixture.signedAct, isPublic: true)
            #expect(uploaded.status == .seeOther)
            let row = try #require(try await Attachment.query(on: app.db).first())
            #expect(row.isPublic == false, "evidence of a sous-action is never public, whatever the form says")
            let href = Seed.path(.files(.file(id: row.id!)))

            let anonymous = try await app.testing().sendRequest(.GET, href)
            #expect(anonymous.status == .unauthorized)
            let reader = try await signIn(app, as: .lecteur)
            let read = try await reader.get(href)
            #expect(read.status == .ok)
            #expect(read.headers.first(name: .cacheControl) == "private, no-cache")

            // The other territory: its reader, and the same file id under its slug.
            let otherReader = try await signIn(app, as: .lecteur, territoryID: try second.requireID())
            #expect(try await otherReader.get(href).status == .notFound)
            let crossed = TerritoryRef(slug: second.slug).path(.files(.file(id: row.id!)))
            #expect(try await otherReader.get(crossed).status == .notFound)
            #expect(try await coordinator.get(crossed).status == .notFound)
        }
    }
}
