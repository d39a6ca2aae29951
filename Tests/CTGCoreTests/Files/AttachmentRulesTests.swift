import CTGCore
import Testing

/// What an attachment must be, and the name it keeps.
@Suite struct AttachmentRulesTests {
    let pdf = Array("%PDF-1.7\n".utf8)
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]

    @Test func anActMustBeAPDFWhateverItsName() {
        #expect(AttachmentCheck.check(filename: "acte.pdf", bytes: pdf, kind: .acte, limit: 100) == .success(.pdf))
        guard case .failure(let picture) = AttachmentCheck.check(filename: "acte.pdf", bytes: png, kind: .acte, limit: 100),
              case .failure(let page) = AttachmentCheck.check(filename: "acte.pdf", bytes: Array("<html>".utf8), kind: .acte, limit: 100) else {
            Issue.record("a PNG named .pdf and an HTML page must be refused"); return
        }
        #expect(picture.message.hasPrefix("Ce fichier n'est pas un PDF (c'est un document image PNG)"))
        #expect(page.message.hasPrefix("Ce type de fichier n'est pas accepté"))
        // Evidence of what was done may be a photo.
        #expect(AttachmentCheck.check(filename: "chantier.png", bytes: png, kind: .justificatif, limit: 100) == .success(.png))
    }

    @Test func theLimitIsTheCallersAndSaidInMegabytes() {
        let limit = 2 * 1024 * 1024
        let big = pdf + [UInt8](repeating: 0x20, count: limit)
        guard case .failure(let refusal) = AttachmentCheck.check(filename: "gros.pdf", bytes: big, kind: .acte, limit: limit) else {
            Issue.record("over the limit must be refused"); return
        }
        #expect(refusal.message.hasPrefix("Le fichier dépasse 2 Mo"))
        #expect(AttachmentCheck.check(filename: "juste.pdf", bytes: Array(big.prefix(limit)), kind: .acte, limit: limit) == .success(.pdf))
    }

    @Test func theConfiguredLimitFallsBackOnNonsense() {
        #expect(AttachmentCheck.maxBytes(megabytes: nil) == 20 * 1024 * 1024)
        #expect(AttachmentCheck.maxBytes(megabytes: "8") == 8 * 1024 * 1024)
        #expect(AttachmentCheck.maxBytes(megabytes: " 50 ") == 50 * 1024 * 1024)
        for bad in ["", "vingt", "0", "-3", "100000"] {
            #expect(AttachmentCheck.maxBytes(megabytes: bad) == 20 * 1024 * 1024, "\(bad)")
        }
    }

    @Test func filenamesLoseFoldersControlsAndQuotes() {
        #expect(AttachmentCheck.cleanFilename("C:\\Users\\élu\\Délibération n°12.pdf") == "Délibération n°12.pdf")
        #expect(AttachmentCheck.cleanFilename("../../etc/passwd") == "passwd")
        #expect(AttachmentCheck.cleanFilename("a\"b\r\nc.pdf") == "abc.pdf")
        #expect(AttachmentCheck.cleanFilename("...") == "document")
        #expect(AttachmentCheck.cleanFilename("") == "document")
        let long = String(repeating: "é", count: 300) + ".pdf"
        let cleaned = AttachmentCheck.cleanFilename(long)
        #expect(cleaned.count == 120)
        #expect(cleaned.hasSuffix("é.pdf"))
    }

    @Test func evidenceAndSourcesAreNeverPublic() {
        #expect(AttachmentOwnerKind.deliberation.mayBePublic)
        #expect(AttachmentOwnerKind.seance.mayBePublic)
        #expect(!AttachmentOwnerKind.sousAction.mayBePublic)
        #expect(!AttachmentOwnerKind.measurement.mayBePublic)
        #expect(AttachmentOwnerKind.deliberation.kinds.first == .acte)
        #expect(AttachmentOwnerKind.seance.kinds.first == .procesVerbal)
    }
}
