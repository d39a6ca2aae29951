import CTGCore
import Foundation
import Testing

/// Markdown escaping, review dates, uploads, visits and page addresses: the guichet's pure rules.
@Suite struct GuichetRulesTests {
    @Test func rawHTMLIsNeutralisedBeforeParsing() {
        let source = SafeMarkdownSource.neutralised("<script>alert(1)</script> et <img src=x onerror=\"alert(2)\">\n> citation")
        #expect(!source.contains("<"))
        #expect(source.contains("&lt;script>"))
        #expect(source.contains("onerror=&quot;alert(2)&quot;"))
        #expect(source.hasSuffix("\n> citation"), "quotes keep their >")
    }

    @Test func onlySafeAddressesSurvive() {
        for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "java\tscript:x", "//evil.example"] {
            #expect(!SafeMarkdownSource.isAllowedAddress(bad), "\(bad)")
        }
        for good in ["https://www.caf.fr/", "http://exemple.fr", "mailto:a@b.fr", "tel:0400000000", "/pays/structures", "#haut", "page-2"] {
            #expect(SafeMarkdownSource.isAllowedAddress(good), "\(good)")
        }
        let html = #"<p><a href="javascript:alert(1)">x</a> <a href="https://caf.fr/">y</a> <img src="javascript&#58;x" alt="z"></p>"#
        #expect(SafeMarkdownSource.sanitisingAddresses(html)
                == ##"<p><a href="#">x</a> <a href="https://caf.fr/">y</a> <img src="#" alt="z"></p>"##)
    }

    @Test func aPageIsDueOnItsReviewDay() {
        let reviewed = Date(timeIntervalSince1970: 1_700_000_000)
        let schedule = ReviewSchedule(reviewedAt: reviewed, intervalDays: 30)
        #expect(!schedule.isOverdue(at: reviewed.addingTimeInterval(29 * 86_400)))
        #expect(schedule.isOverdue(at: reviewed.addingTimeInterval(30 * 86_400)))
    }

    @Test func uploadsAreCheckedByTheirBytes() {
        let pdf = Array("%PDF-1.7\n".utf8)
        #expect(DocumentCheck.check(filename: "reglement.pdf", bytes: pdf) == .success(.pdf))
        #expect(DocumentCheck.check(filename: "photo.JPG", bytes: [0xFF, 0xD8, 0xFF, 0xE0]) == .success(.jpeg))
        #expect(DocumentCheck.check(filename: "dossier.odt", bytes: [0x50, 0x4B, 0x03, 0x04, 0]) == .success(.odt))
        #expect(DocumentCheck.check(filename: "dossier.docx", bytes: [0x50, 0x4B, 0x03, 0x04, 0]) == .success(.docx))
        guard case .failure(let zip) = DocumentCheck.check(filename: "archive.zip", bytes: [0x50, 0x4B, 0x03, 0x04]),
              case .failure(let html) = DocumentCheck.check(filename: "faux.pdf", bytes: Array("<html>".utf8)),
              case .failure(let big) = DocumentCheck.check(filename: "gros.pdf", bytes: pdf + [UInt8](repeating: 0, count: DocumentCheck.maxBytes)),
              case .failure(let empty) = DocumentCheck.check(filename: "vide.pdf", bytes: []) else {
            Issue.record("a refused file was accepted"); return
        }
        #expect(zip.message.hasPrefix("Ce type de fichier n'est pas accepté"))
        #expect(html == zip)
        #expect(big.message == "Le fichier dépasse 4 Mo : réduisez-le (PDF compressé, image plus petite) et recommencez.")
        #expect(empty.message == "Le fichier est vide ou n'a pas été joint.")
        #expect(DocumentCheck.sizeLabel(1_572_864) == "1,5 Mo")
        #expect(DocumentCheck.sizeLabel(2048) == "2 ko")
    }

    @Test func robotsAndScriptsAreNotVisitors() {
        #expect(VisitPolicy.isRobot(userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)"))
        #expect(VisitPolicy.isRobot(userAgent: "curl/8.0"))
        #expect(VisitPolicy.isRobot(userAgent: nil))
        #expect(!VisitPolicy.isRobot(userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1"))
        #expect(VisitPolicy.month(of: Date(timeIntervalSince1970: 1_772_323_200)) == "2026-03") // 1 March 2026 00:00 UTC
    }

    @Test func visitsAverageTheMonthsOfTheYear() {
        var registry = ComputedIndicatorRegistry.standard
        registry.registerVisits()
        let records = [ComputedRecord(id: "2026-01", label: "", year: 2026, value: 100),
                       ComputedRecord(id: "2026-02", label: "", year: 2026, value: 300),
                       ComputedRecord(id: "2025-12", label: "", year: 2025, value: 999)]
        #expect(registry.evaluate("visits.monthly", records: records, year: 2026)?.value == 200)
    }

    @Test func pageAddressesAreMadeFromTitles() {
        #expect(PageSlug.make(from: "Trouver un mode d'accueil") == "trouver-un-mode-d-accueil")
        #expect(PageSlug.make(from: "Œuvres — été 2026 !") == "oeuvres-ete-2026")
        #expect(PageSlug.isValid("job-d-ete"))
        #expect(!PageSlug.isValid("Job"))
        #expect(!PageSlug.isValid("a--b"))
        #expect(!PageSlug.isValid("../x"))
    }
}
