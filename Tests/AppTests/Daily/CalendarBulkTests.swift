@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// The planned years of many sous-actions at once (issue 13 §4): one form, one transaction,
/// one journal entry per sous-action changed; a concurrent save of other rows is kept.
@Suite struct CalendarBulkTests {
    private func ids(_ page: String) throws -> String {
        let range = try #require(page.range(of: #"name="ids" value="[0-9,]*""#, options: .regularExpression))
        return String(page[range].dropFirst(#"name="ids" value=""#.count).dropLast())
    }

    @Test func theCoordinateurFillsTheYearsOfSeveralSousActions() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let page = try await coordinator.get(Seed.path(.calendarBulk) + "?sans-annee=1")
            #expect(page.status == .ok)
            let shown = try ids(page.body.string).split(separator: ",").compactMap { Int($0) }
            #expect(shown.count >= 2)
            let (first, second) = (shown[0], shown[1])
            let answer = try await coordinator.post(Seed.path(.calendarBulk) + "?sans-annee=1", [
                "ids": shown.map(String.init).joined(separator: ","),
                "y-\(first)-2023": "1", "y-\(first)-2024": "1", "y-\(second)-2025": "1"])
            #expect(answer.status == .seeOther)
            #expect(try await SousAction.find(first, on: app.db)?.years == [2023, 2024])
            #expect(try await SousAction.find(second, on: app.db)?.years == [2025])
            let entries = try await AuditEntry.query(on: app.db).filter(\.$entity == .sousAction)
                .filter(\.$field ~~ "Calendrier").count()
            #expect(entries == 2)
            let after = try await coordinator.get(answer.headers.first(name: .location) ?? "").body.string
            #expect(after.contains("Calendrier enregistré : 2 sous-actions modifiées."))
            #expect(!(try ids(after).split(separator: ",").contains(Substring(String(first)))), "filled rows leave the « sans année » list")
        }
    }

    @Test func readersAndReferentsAreRefused() async throws {
        try await withApp { app in
            for browser in [try await signIn(app, as: .lecteur), try await signIn(app, as: .referent, organisation: "AFJC")] {
                #expect(try await browser.get(Seed.path(.calendarBulk)).status == .forbidden)
                #expect(try await browser.post(Seed.path(.calendarBulk), ["ids": "1", "y-1-2023": "1"]).status == .forbidden)
            }
        }
    }

    @Test func twoCoordinateursSavingDifferentRowsAtOnceKeepBoth() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let shown = try ids(try await coordinator.get(Seed.path(.calendarBulk)).body.string)
                .split(separator: ",").compactMap { Int($0) }
            let (a, b) = (shown[0], shown[1])
            let answers = try await coordinator.postAllAtOnce(Seed.path(.calendarBulk), [
                ["ids": String(a), "y-\(a)-2022": "1"], ["ids": String(b), "y-\(b)-2023": "1"]])
            #expect(answers.allSatisfy { $0.status == .seeOther })
            #expect(try await SousAction.find(a, on: app.db)?.years == [2022])
            #expect(try await SousAction.find(b, on: app.db)?.years == [2023])
        }
    }
}
