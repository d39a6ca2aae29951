import Testing
@testable import CTGCore

@Suite("Occupation — agrément et capacité")
struct AgrementTests {
    @Test func weekdaysOfKnownDates() {
        #expect(OccupancyCalendar.weekday(PilotageDate(year: 2024, month: 3, day: 1)) == 5) // a Friday
        #expect(OccupancyCalendar.weekday(PilotageDate(year: 2000, month: 2, day: 29)) == 2) // a Tuesday
        #expect(OccupancyCalendar.weekday(PilotageDate(year: 2026, month: 11, day: 29)) == 7) // a Sunday
        #expect(OccupancyCalendar.weekday(PilotageDate(year: 1999, month: 12, day: 31)) == 5)
    }

    @Test func capacityOfMarch2024ByHand() {
        let (agrement, errors) = AgrementText.read("lundi-vendredi 07:30-18:30 10\nfermeture 25/03/2024 29/03/2024 Travaux")
        #expect(errors.isEmpty)
        // March 2024: 4 Mondays, Tuesdays, Wednesdays and Thursdays, 5 Fridays; the week of the 25th is closed.
        // 11 h × 10 places = 6 600 place-minutes a day.
        let capacity = agrement.capacityMinutes(year: 2024, month: 3)
        #expect(capacity[1] == 3 * 6_600)
        #expect(capacity[5] == 4 * 6_600)
        #expect(capacity[6] == nil)
        #expect(capacity.values.reduce(0, +) == 16 * 6_600)
    }

    @Test func slotsByTimeOfDayAddUp() {
        let (agrement, errors) = AgrementText.read("mercredi 08:00-12:00 6\nmercredi 12:00-18:00 4")
        #expect(errors.isEmpty)
        // 6 × 240 + 4 × 360 = 2 880 on Wednesday 6 March 2024; Thursday is closed.
        #expect(agrement.capacityMinutes(on: PilotageDate(year: 2024, month: 3, day: 6)) == 2_880)
        #expect(agrement.capacityMinutes(on: PilotageDate(year: 2024, month: 3, day: 7)) == 0)
    }

    @Test func badLinesAreNamed() {
        let (_, errors) = AgrementText.read("lundi 07:30-18:30 0\nmardi 18:00-08:00 5\nmardi 08:00-12:00 4\nmardi 11:00-13:00 2\nfermeture 10/08/2024 01/08/2024\nsamedi matin 3")
        #expect(errors.count == 5)
        #expect(errors[0] == "Ligne 1 : le nombre de places doit être un entier supérieur à 0 (« 0 » reçu).")
        #expect(errors[1].hasPrefix("Ligne 2 : la fin du créneau"))
        #expect(errors[2].hasPrefix("Ligne 4 : ce créneau du mardi chevauche"))
        #expect(errors[3].hasPrefix("Ligne 5 : la fermeture finit"))
        #expect(errors[4].hasPrefix("Ligne 6 :"))
    }

    @Test func emptyAgrementIsRefused() {
        #expect(AgrementText.read("  \n").errors.count == 1)
    }

    @Test func writtenTextReadsBack() {
        let text = "lundi 07:30-18:30 10\nmercredi 08:00-12:30 6\nfermeture 05/08/2024 23/08/2024 Congés d'été"
        let (agrement, _) = AgrementText.read(text)
        #expect(AgrementText.write(agrement) == text)
    }

    @Test func timesInBothForms() {
        #expect(OccupancyCalendar.parseTime("7h30") == 450)
        #expect(OccupancyCalendar.parseTime("07:30") == 450)
        #expect(OccupancyCalendar.parseTime("18h") == 1_080)
        #expect(OccupancyCalendar.parseTime("25:00") == nil)
        #expect(OccupancyCalendar.parseTime("7:75") == nil)
        #expect(OccupancyCalendar.parseDay("31/02/2024") == nil)
        #expect(OccupancyCalendar.parseDay("2024-02-29") == PilotageDate(year: 2024, month: 2, day: 29))
    }
}
