import Foundation
import Testing
@testable import CTGCore

@Suite("Animations — iCalendar")
struct ICalendarTests {
    let start = Date(timeIntervalSince1970: 1_796_133_600) // 2026-12-01 14:00:00 UTC
    var event: ICalendarEvent {
        ICalendarEvent(uid: "animation-7@ctg", start: start, end: start.addingTimeInterval(5400),
                       summary: "Atelier; parents, enfants", description: "Ligne 1\nLigne 2 \\ fin",
                       location: "Salle des fêtes")
    }

    @Test func linesEndWithCRLFAndCarryTheRequiredProperties() {
        let text = ICalendar.render(name: "Agenda", events: [event], stamp: start)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("\r\nUID:animation-7@ctg\r\n"))
        #expect(text.contains("\r\nDTSTAMP:20261201T140000Z\r\n"))
        #expect(text.contains("\r\nDTSTART:20261201T140000Z\r\nDTEND:20261201T153000Z\r\n"))
    }

    @Test func textIsEscaped() {
        let text = ICalendar.render(name: "Agenda", events: [event], stamp: start)
        #expect(text.contains(#"SUMMARY:Atelier\; parents\, enfants"#))
        #expect(text.contains(#"DESCRIPTION:Ligne 1\nLigne 2 \\ fin"#))
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        let long = String(repeating: "é", count: 100) // 200 octets
        let folded = ICalendar.fold("SUMMARY:" + long)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count > 2)
        for (index, line) in lines.enumerated() {
            #expect(line.utf8.count <= 75)
            if index > 0 { #expect(line.hasPrefix(" ")) }
        }
        // Unfolding gives back the original line.
        #expect(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
                == "SUMMARY:" + long)
    }

    @Test func shortLinesStayWhole() {
        #expect(ICalendar.fold("UID:1") == "UID:1")
        #expect(ICalendar.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
        #expect(ICalendar.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a")
    }

    @Test func cancelledEventsSaySo() {
        var cancelled = event
        cancelled.isCancelled = true
        #expect(ICalendar.render(name: "A", events: [cancelled], stamp: start).contains("STATUS:CANCELLED"))
    }
}

@Suite("Animations — récurrence, régularité, inscription")
struct AnimationRulesTests {
    var paris: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        return calendar
    }

    @Test func weeklySeriesKeepsLocalTimeAcrossSummerTime() {
        // 2026-10-21 14:00 in Paris (UTC+2); summer time ends on 25 October.
        let start = paris.date(from: DateComponents(year: 2026, month: 10, day: 21, hour: 14))!
        let dates = AnimationRecurrence.weekly.occurrences(from: start, count: 3, calendar: paris)
        #expect(dates.count == 3)
        #expect(dates.map { paris.component(.hour, from: $0) } == [14, 14, 14])
        #expect(dates.map { paris.component(.day, from: $0) } == [21, 28, 4])
    }

    @Test func monthlySeriesOnThe31stFallsOnShorterMonthsLastDay() {
        let start = paris.date(from: DateComponents(year: 2027, month: 1, day: 31, hour: 10))!
        let dates = AnimationRecurrence.monthly.occurrences(from: start, count: 3, calendar: paris)
        #expect(dates.map { paris.component(.day, from: $0) } == [31, 28, 31])
    }

    @Test func seriesAreBounded() {
        let dates = AnimationRecurrence.weekly.occurrences(from: Date(), count: 10_000, calendar: paris)
        #expect(dates.count == 52)
        #expect(AnimationRecurrence.none.occurrences(from: Date(), count: 9, calendar: paris).count == 1)
    }

    @Test func regularityCountsMonthsWithAnEventOverMonthsElapsed() {
        let months = [(2026, 1), (2026, 1), (2026, 3), (2026, 4), (2025, 2), (2026, 11)].map { (year: $0.0, month: $0.1) }
        let inProgress = MonthlyRegularity.rate(eventMonths: months, year: 2026, today: (2026, 4))
        #expect(inProgress.covered == 3 && inProgress.elapsed == 4)
        #expect(inProgress.rate == 0.75)
        let past = MonthlyRegularity.rate(eventMonths: months, year: 2025, today: (2026, 4))
        #expect(past.covered == 1 && past.elapsed == 12)
        #expect(MonthlyRegularity.rate(eventMonths: months, year: 2027, today: (2026, 4)).rate == nil)
    }

    @Test func registrationRefusesEachMissingOrInvalidField() {
        guard case .failure(let refusal) = RegistrationRequest.validate(
            name: " ", email: "pas-une-adresse", places: "0", commune: "", childrenAges: nil) else {
            Issue.record("une inscription vide a été acceptée"); return
        }
        #expect(refusal.reasons.count == 4)
        #expect(refusal.message.contains("Indiquez votre nom."))
        #expect(refusal.message.contains("entre 1 et 20"))
    }

    @Test func registrationIsCleaned() throws {
        let ok = try RegistrationRequest.validate(name: " Awa Diallo ", email: "Awa@Exemple.FR ", places: "2",
                                                  commune: "Lavaur", childrenAges: "4 et 7 ans").get()
        #expect(ok == RegistrationRequest(name: "Awa Diallo", email: "awa@exemple.fr", places: 2, commune: "Lavaur",
                                          childrenAges: "4 et 7 ans"))
        for bad in ["a@b", "a b@c.fr", "<a@c.fr>"] {
            guard case .failure(let refusal) = RegistrationRequest.validate(name: "Awa", email: bad, places: "1",
                                                                           commune: "Lavaur", childrenAges: nil) else {
                Issue.record("« \(bad) » accepté"); continue
            }
            #expect(refusal.message.contains("n'est pas valide"))
        }
        guard case .failure(let empty) = RegistrationRequest.validate(name: "Awa", email: " ", places: "1",
                                                                     commune: "Lavaur", childrenAges: nil) else {
            Issue.record("adresse vide acceptée"); return
        }
        #expect(empty.message.contains("Indiquez votre adresse électronique"))
    }

    @Test func atomEscapesAndDates() {
        let date = Date(timeIntervalSince1970: 0)
        let xml = AtomFeed.render(id: "urn:x", title: "A & B", selfLink: "/a.atom", alternate: "/a",
                                  entries: [.init(id: "e1", title: "<Atelier>", summary: "s", link: "/e1", updated: date)],
                                  updated: date)
        #expect(xml.contains("<title>A &amp; B</title>"))
        #expect(xml.contains("<title>&lt;Atelier&gt;</title>"))
        #expect(xml.contains("<updated>1970-01-01T00:00:00Z</updated>"))
    }
}

@Suite("Animations — sources calculées")
struct AnimationSourcesTests {
    var registry: ComputedIndicatorRegistry {
        var registry = ComputedIndicatorRegistry.standard
        AnimationSources.register(into: &registry, today: { (2026, 6) })
        return registry
    }

    @Test func communesCountsDistinctCommunesOfTheYear() {
        let records = [("1-a", "Lavaur", 2026), ("1-b", "Graulhet", 2026), ("2-a", "Lavaur", 2026), ("3-a", "Albi", 2025)]
            .map { ComputedRecord(id: $0.0, label: $0.1, year: $0.2) }
        let value = registry.evaluate(AnimationSources.communes, records: records, year: 2026)
        #expect(value?.value == 2)
        #expect(value?.recordIDs == ["1-a", "1-b", "2-a"])
    }

    @Test func regularityIsAPercentageOfMonthsElapsed() {
        let records = [(1, 1), (2, 1), (3, 3), (4, 9)].map {
            ComputedRecord(id: String($0.0), label: "x", year: 2026, date: PilotageDate(year: 2026, month: $0.1))
        }
        // Months 1 and 3 of the 6 elapsed; the September one is not yet counted.
        let value = registry.evaluate(AnimationSources.regularity, records: records, year: 2026)
        #expect(value?.value.map { ($0 * 10).rounded() / 10 } == 33.3)
        #expect(value?.recordIDs == ["1", "2", "3"])
    }
}
