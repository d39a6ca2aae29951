import Testing
@testable import CTGCore

@Suite("Occupation — import des présences")
struct AttendanceSheetTests {
    let agrement = AgrementText.read("lundi-vendredi 07:30-18:30 10\nfermeture 25/03/2024 29/03/2024 Travaux").agrement
    let header = ["Date", "Enfant", "Arrivée", "Départ", "Heures facturées"]

    @Test func goodRowsAreRead() {
        let (entries, errors) = AttendanceSheet.read(header: header, rows: [["04/03/2024", "E1", "08:15", "17:30", "9,5"],
                                                                            ["", "", "", "", ""],
                                                                            ["2024-03-05", "E2", "7h45", "12h15", ""]],
                                                     agrement: agrement)
        #expect(errors.isEmpty)
        #expect(entries.count == 2)
        #expect(entries[0].presentMinutes == 555)
        #expect(entries[0].billedMinutes == 570)
        #expect(entries[1].arrival == 465 && entries[1].billedMinutes == 0)
    }

    @Test func everyBadRowIsNamedAndNothingIsKept() {
        let rows = [["04/03/2024", "E1", "08:15", "17:30", ""],      // line 2: fine
                    ["05/03/2024", "E2", "12:00", "08:00", ""],      // line 3: departure first
                    ["09/03/2024", "E3", "08:00", "12:00", ""],      // line 4: a Saturday
                    ["26/03/2024", "E4", "08:00", "12:00", ""],      // line 5: closure
                    ["32/03/2024", "E5", "08:00", "12:00", ""]]      // line 6: no such day
        let (entries, errors) = AttendanceSheet.read(header: header, rows: rows, agrement: agrement)
        #expect(entries.isEmpty)
        #expect(errors.count == 4)
        #expect(errors[0] == "Ligne 3 : le départ (08:00) précède ou égale l'arrivée (12:00).")
        #expect(errors[1] == "Ligne 4 : la structure est fermée le samedi 9 mars 2024 selon son agrément.")
        #expect(errors[2].hasPrefix("Ligne 5 : la structure est fermée le mardi 26 mars 2024"))
        #expect(errors[3].hasPrefix("Ligne 6 : la date « 32/03/2024 »"))
    }

    @Test func wrongColumnsAreRefused() {
        let unknown = AttendanceSheet.read(header: ["date", "nom", "arrivee", "depart"], rows: [], agrement: agrement)
        #expect(unknown.errors.first?.hasPrefix("Ligne 1 : la colonne « nom » n'est pas reconnue.") == true)
        let missing = AttendanceSheet.read(header: ["date", "arrivee"], rows: [], agrement: agrement)
        #expect(missing.errors.first?.hasPrefix("Ligne 1 : il manque la colonne « depart ».") == true)
    }
}
