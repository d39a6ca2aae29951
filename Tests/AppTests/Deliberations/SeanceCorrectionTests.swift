@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// Correcting a séance's roll call after it was saved: the same checks as on creation,
/// the deliberations' counts follow, the journal keeps the previous state.
@Suite struct SeanceCorrectionTests {
    static let number = "CC2024-06-01"

    /// A séance with all 53 titulaires present and one vote of 50 pour, 3 contre (53 voix).
    static func recordSeance(_ app: Application, _ browser: Browser) async throws -> (Seance, CouncilRoster) {
        let roster = try await RegisterFixture.roster(app)
        let form = RegisterFixture.seanceForm(roster, date: "2024-06-12", convokedOn: "2024-06-05", fields: [
            "number": number, "subject": "Renouvellement du comité de pilotage", "pour": "50", "contre": "3",
        ])
        let res = try await browser.post("/pays-de-saint-eloy/seances", form)
        #expect(res.status == .seeOther, "\(res.body.string)")
        let seance = try #require(try await Seance.query(on: app.db).filter(\.$sessionDate == "2024-06-12").first())
        return (seance, roster)
    }

    /// The correction form as posted: every titulaire present except `excused`, and each key of
    /// `proxies` giving a proxy to its value; with the page's basis.
    static func correction(_ roster: CouncilRoster, excused: [String] = [], proxies: [String: String] = [:],
                           basis: String) -> [String: String] {
        var statuses = Dictionary(uniqueKeysWithValues: excused.map { ($0, ("excused", String?.none)) })
        for (member, holder) in proxies { statuses[member] = ("proxy", holder) }
        var form = RegisterFixture.seanceForm(roster, date: "2024-06-12", statuses: statuses)
        for key in ["date", "time", "place", "president", "secretary"] { form[key] = nil }
        form["basis"] = basis
        return form
    }

    static func basis(_ page: String) throws -> String {
        let marker = "name=\"basis\" value=\""
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    static func path(_ seance: Seance) -> String { "/pays-de-saint-eloy/seances/\(seance.id!)/presences" }

    @Test func correctionUpdatesAttendanceDeliberationAndJournal() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, roster) = try await Self.recordSeance(app, browser)
            let before = try await Deliberation.query(on: app.db).filter(\.$number == Self.number).first()
            #expect(before?.presentCount == 53)
            let page = try await browser.get(Self.path(seance))
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Corriger la liste d"))
            // Two members are found to have given a proxy: 51 present, still 53 voters for the 53 votes.
            let names = [roster.titulaires[10].name, roster.titulaires[11].name]
            let holders = [roster.titulaires[12].name, roster.titulaires[13].name]
            let res = try await browser.post(Self.path(seance), Self.correction(
                roster, proxies: [names[0]: holders[0], names[1]: holders[1]], basis: try Self.basis(page.body.string)))
            #expect(res.status == .seeOther, "\(res.body.string)")
            #expect(res.headers.first(name: .location) == "/pays-de-saint-eloy/seances/\(seance.id!)")
            let proxies = try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!)
                .filter(\.$status == .proxy).all().map { "\($0.memberName)>\($0.otherName ?? "")" }
            #expect(Set(proxies) == ["\(names[0])>\(holders[0])", "\(names[1])>\(holders[1])"])
            #expect(try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!).count() == 53)
            let after = try await Deliberation.query(on: app.db).filter(\.$number == Self.number).first()
            #expect(after?.presentCount == 51)
            #expect(after?.votersCount == 53)
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .seance).all().map(\.summary)
            #expect(journal.contains { $0.contains("corrigée") && $0.contains("\(names[0]) : Présent → procuration à \(holders[0])") })
            let shown = try await browser.get("/pays-de-saint-eloy/deliberations/\(Self.number)").body.string
            #expect(shown.contains("51 présents"))
        }
    }

    @Test func correctionThatBreaksARecordedVoteIsRefusedAndNothingChanges() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, roster) = try await Self.recordSeance(app, browser)
            let page = try await browser.get(Self.path(seance)).body.string
            // Two excused leave 51 voters for the 53 votes already recorded.
            let names = [roster.titulaires[20].name, roster.titulaires[21].name]
            let res = try await browser.post(Self.path(seance), Self.correction(roster, excused: names, basis: try Self.basis(page)))
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("Délibération n° \(Self.number) : Le total des voix"))
            #expect(res.body.string.contains(": 53) dépasse le nombre de votants (51)"))
            #expect(try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!).filter(\.$status == .excused).count() == 0)
            #expect(try await Deliberation.query(on: app.db).filter(\.$number == Self.number).first()?.presentCount == 53)
        }
    }

    @Test func staleFormIsRefusedWithAFrenchConflict() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, roster) = try await Self.recordSeance(app, browser)
            let basis = try Self.basis(try await browser.get(Self.path(seance)).body.string)
            let first = try await browser.post(Self.path(seance), Self.correction(roster, proxies: [roster.titulaires[3].name: roster.titulaires[0].name], basis: basis))
            #expect(first.status == .seeOther)
            let second = try await browser.post(Self.path(seance), Self.correction(roster, proxies: [roster.titulaires[4].name: roster.titulaires[0].name], basis: basis))
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("modifiée par quelqu"))
            let proxies = try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!).filter(\.$status == .proxy).all().map(\.memberName)
            #expect(proxies == [roster.titulaires[3].name])
        }
    }

    @Test func twoCorrectionsAtOnceOneWinsTheOtherGetsAConflict() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, roster) = try await Self.recordSeance(app, browser)
            let basis = try Self.basis(try await browser.get(Self.path(seance)).body.string)
            let answers = try await browser.postAllAtOnce(Self.path(seance), [
                Self.correction(roster, proxies: [roster.titulaires[5].name: roster.titulaires[0].name], basis: basis),
                Self.correction(roster, proxies: [roster.titulaires[6].name: roster.titulaires[0].name,
                                                  roster.titulaires[7].name: roster.titulaires[1].name], basis: basis),
            ])
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.conflict) == 1)
            let proxies = try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!).filter(\.$status == .proxy).count()
            let present = try await Deliberation.query(on: app.db).filter(\.$number == Self.number).first()?.presentCount
            // Whichever won, the deliberation's count matches the roll call that was kept.
            #expect(proxies == 1 || proxies == 2)
            #expect(present == 53 - proxies)
            #expect(try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!).count() == 53)
        }
    }

    @Test func aCorrectionIsUndoneFromTheJournal() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, roster) = try await Self.recordSeance(app, browser)
            let basis = try Self.basis(try await browser.get(Self.path(seance)).body.string)
            let moved = roster.titulaires[8].name
            let res = try await browser.post(Self.path(seance), Self.correction(
                roster, proxies: [moved: roster.titulaires[0].name], basis: basis))
            #expect(res.status == .seeOther)
            let kept = try #require(try await DeletedRow.query(on: app.db).filter(\.$kind == .seanceAttendance).first())
            let undo = try await browser.post("/admin/journal/\(kept.$auditEntry.id)/restauration")
            #expect(undo.status == .seeOther, "\(undo.body.string)")
            let proxies = try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!)
                .filter(\.$status == .proxy).count()
            #expect(proxies == 0)
            #expect(try await Deliberation.query(on: app.db).filter(\.$number == Self.number).first()?.presentCount == 53)
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .seance).all().map(\.summary)
            #expect(journal.contains { $0.contains("rétablie depuis le journal") && $0.contains("\(moved) : procuration à") })
            #expect(try await browser.post("/admin/journal/\(kept.$auditEntry.id)/restauration").status == .conflict)
        }
    }

    @Test func onlyTheCoordinateurMayCorrect() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (seance, _) = try await Self.recordSeance(app, coordinateur)
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get(Self.path(seance)).status == .forbidden)
            #expect(try await lecteur.post(Self.path(seance), ["basis": "x"]).status == .forbidden)
        }
    }
}
