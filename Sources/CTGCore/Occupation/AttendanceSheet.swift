import Foundation

/// One child's presence on one day (or one time slot of it), as imported.
public struct ChildPresence: Equatable, Sendable {
    public var day: PilotageDate
    /// The software's own child code; never a name (the CSV documentation says so).
    public var child: String
    public var arrival: Int
    public var departure: Int
    public var billedMinutes: Int

    public init(day: PilotageDate, child: String, arrival: Int, departure: Int, billedMinutes: Int) {
        self.day = day; self.child = child; self.arrival = arrival; self.departure = departure
        self.billedMinutes = billedMinutes
    }

    public var presentMinutes: Int { departure - arrival }
}

/// Reads the rows of an attendance export (header already split off) against the agrément.
/// Every bad row is reported by its line in the file (the header is line 1); one bad row
/// and nothing is kept, so the caller never writes half a file.
public enum AttendanceSheet {
    public static let columns: [(name: String, help: String)] = [
        ("date", "jour de présence, JJ/MM/AAAA ou AAAA-MM-JJ (obligatoire)"),
        ("arrivee", "heure d'arrivée, 07:30 ou 7h30 (obligatoire)"),
        ("depart", "heure de départ, après l'arrivée (obligatoire)"),
        ("enfant", "code de l'enfant dans le logiciel, jamais son nom (facultatif)"),
        ("heures_facturees", "heures facturées pour cette présence, 8,5 ou 8.5 (facultatif)"),
    ]
    static let required = ["date", "arrivee", "depart"]

    public static func read(header: [String], rows: [[String]], agrement: Agrement) -> (entries: [ChildPresence], errors: [String]) {
        let names = header.map(normalise)
        let known = Set(columns.map(\.name))
        let expected = "Colonnes attendues : " + columns.map(\.name).joined(separator: ";") + "."
        if let unknown = names.first(where: { !known.contains($0) }) {
            return ([], ["Ligne 1 : la colonne « \(unknown) » n'est pas reconnue. \(expected)"])
        }
        let missing = required.filter { !names.contains($0) }
        guard missing.isEmpty else {
            let list = missing.map { "« \($0) »" }.joined(separator: ", ")
            return ([], ["Ligne 1 : \(missing.count > 1 ? "il manque les colonnes" : "il manque la colonne") \(list). \(expected)"])
        }
        var entries: [ChildPresence] = []
        var errors: [String] = []
        for (index, row) in rows.enumerated() where !row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let line = "Ligne \(index + 2)"
            func cell(_ name: String) -> String {
                guard let i = names.firstIndex(of: name), i < row.count else { return "" }
                return row[i].trimmingCharacters(in: .whitespaces)
            }
            guard let day = OccupancyCalendar.parseDay(cell("date")) else {
                errors.append("\(line) : la date « \(cell("date")) » doit s'écrire JJ/MM/AAAA ou AAAA-MM-JJ.")
                continue
            }
            guard let arrival = OccupancyCalendar.parseTime(cell("arrivee")),
                  let departure = OccupancyCalendar.parseTime(cell("depart")) else {
                errors.append("\(line) : les heures d'arrivée « \(cell("arrivee")) » et de départ « \(cell("depart")) » doivent s'écrire 07:30.")
                continue
            }
            guard arrival < departure else {
                errors.append("\(line) : le départ (\(cell("depart"))) précède ou égale l'arrivée (\(cell("arrivee"))).")
                continue
            }
            guard agrement.isOpen(on: day) else {
                errors.append("\(line) : la structure est fermée le \(OccupancyCalendar.weekdayNames[OccupancyCalendar.weekday(day) - 1]) \(day.frenchDescription) selon son agrément.")
                continue
            }
            var billed = 0
            let billedText = cell("heures_facturees").replacingOccurrences(of: ",", with: ".")
            if !billedText.isEmpty {
                guard let hours = Double(billedText), hours >= 0, hours <= 24 else {
                    errors.append("\(line) : les heures facturées « \(cell("heures_facturees")) » doivent être un nombre d'heures entre 0 et 24.")
                    continue
                }
                billed = Int((hours * 60).rounded())
            }
            entries.append(ChildPresence(day: day, child: String(cell("enfant").prefix(40)), arrival: arrival,
                                           departure: departure, billedMinutes: billed))
        }
        if errors.isEmpty, entries.isEmpty { errors.append("Le fichier ne contient aucune présence après la ligne d'en-tête.") }
        return errors.isEmpty ? (entries, []) : ([], errors)
    }

    /// "Arrivée", "heures facturées", "HEURES_FACTUREES" all name the same column.
    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
            .folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: " ", with: "_")
    }
}
