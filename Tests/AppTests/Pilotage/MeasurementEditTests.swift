@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Correcting a measurement: journaled with the previous value, restorable from the journal,
/// and two simultaneous corrections never give a server error.
@Suite struct MeasurementEditTests {
    static func measured(_ app: Application, _ browser: Browser) async throws -> (indicatorID: Int, measurementID: Int) {
        let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1")
        let indicatorID = try indicator.requireID()
        let saved = try await browser.post(Seed.ref.url(.indicatorMeasurements(id: indicatorID)).path,
                                           ["year": "2023", "value": "12", "source": "Relevé CAF"])
        #expect(saved.status == .seeOther)
        let entry = try #require(try await MeasurementEntry.query(on: app.db).first())
        return (indicatorID, try entry.requireID())
    }

    @Test func aCorrectionIsJournaledWithThePreviousValueAndCanBeUndone() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (indicatorID, measurementID) = try await Self.measured(app, coordinateur)
            let edit = Seed.ref.url(.indicatorMeasurementEdit(indicatorID: indicatorID, measurementID: measurementID)).path
            #expect(try await coordinateur.get(Seed.ref.url(.indicator(id: indicatorID)).path).body.string.contains("href=\"\(edit)\""))
            let form = try await coordinateur.get(edit)
            #expect(form.status == .ok)
            #expect(form.body.string.contains("value=\"12\"") && form.body.string.contains("name=\"revision\" value=\"0\""))
            #expect(try await signIn(app, as: .lecteur).get(edit).status == .forbidden)

            let saved = try await coordinateur.post(edit, ["revision": "0", "year": "2023", "value": "15", "source": "Relevé CAF corrigé"])
            #expect(saved.status == .seeOther)
            let row = try #require(try await MeasurementEntry.find(measurementID, on: app.db))
            #expect(row.value == 15 && row.source == "Relevé CAF corrigé" && row.revision == 1)
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .measurement)
                .sort(\.$id, .descending).first())
            #expect(audit.before?.hasPrefix("12 (") == true && audit.after?.hasPrefix("15 (") == true)
            #expect(audit.field?.hasSuffix("mesure 2023 (corrigée)") == true)

            // A form opened before that correction is refused in French, nothing written.
            let stale = try await coordinateur.post(edit, ["revision": "0", "year": "2023", "value": "99"])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("modifiée par quelqu".inPage))
            #expect(try await MeasurementEntry.find(measurementID, on: app.db)?.value == 15)

            // « Restaurer » in the journal puts 12 back.
            let journal = try await coordinateur.get("/admin/journal").body.string
            let restore = SiteURL.adminJournalRestore(entryID: try audit.requireID()).path
            #expect(journal.contains("action=\"\(restore)\""))
            #expect(try await coordinateur.post(restore).status == .seeOther)
            let restored = try #require(try await MeasurementEntry.find(measurementID, on: app.db))
            #expect(restored.value == 12 && restored.source == "Relevé CAF" && restored.revision == 2)
            #expect(try await MeasurementEntry.query(on: app.db).count() == 1)
        }
    }

    @Test func badInputIsRefusedAndSavesNothing() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (indicatorID, measurementID) = try await Self.measured(app, coordinateur)
            let edit = Seed.ref.url(.indicatorMeasurementEdit(indicatorID: indicatorID, measurementID: measurementID)).path
            let refused = try await coordinateur.post(edit, ["revision": "0", "year": "2023", "value": "douze"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("La correction n".inPage))
            #expect(try await MeasurementEntry.find(measurementID, on: app.db)?.value == 12)
        }
    }

    @Test func simultaneousCorrectionsLetOneWinAndTellTheOthers() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (indicatorID, measurementID) = try await Self.measured(app, coordinateur)
            let edit = Seed.ref.url(.indicatorMeasurementEdit(indicatorID: indicatorID, measurementID: measurementID)).path
            let forms = (1...6).map { ["revision": "0", "year": "2023", "value": String(20 + $0)] }
            let answers = try await coordinateur.postAllAtOnce(edit, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.conflict) == 5)
            let row = try #require(try await MeasurementEntry.find(measurementID, on: app.db))
            #expect(row.revision == 1 && (21...26).contains(Int(row.value ?? 0)))
            let corrections = try await AuditEntry.query(on: app.db).filter(\.$entity == .measurement).all()
                .filter { $0.field?.hasSuffix("(corrigée)") == true }
            #expect(corrections.count == 1)
        }
    }
}
