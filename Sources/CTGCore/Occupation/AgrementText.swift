import Foundation

/// The agrément as a person types it, one line per slot or closure:
///
///     lundi-vendredi 07:30-18:30 10
///     mercredi 07:30-12:30 6
///     fermeture 01/08/2024 25/08/2024 Congés d'été
///
/// Reading it whole (rather than one form row per slot) lets the page replace the agrément in
/// one write, and lets each refusal name its line.
public enum AgrementText {
    public static func read(_ text: String) -> (agrement: Agrement, errors: [String]) {
        var slots: [Agrement.Slot] = []
        var closures: [Agrement.Closure] = []
        var errors: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = raw.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let head = words.first else { continue }
            let line = "Ligne \(index + 1)"
            if head.lowercased() == "fermeture" {
                guard words.count >= 3, let first = OccupancyCalendar.parseDay(words[1]),
                      let last = OccupancyCalendar.parseDay(words[2]) else {
                    errors.append("\(line) : une fermeture s'écrit « fermeture JJ/MM/AAAA JJ/MM/AAAA motif ».")
                    continue
                }
                guard first <= last else {
                    errors.append("\(line) : la fermeture finit (\(last.frenchDescription)) avant de commencer (\(first.frenchDescription)).")
                    continue
                }
                closures.append(.init(first: first, last: last, label: words.dropFirst(3).joined(separator: " ")))
                continue
            }
            guard words.count == 3, let days = weekdays(words[0]) else {
                errors.append("\(line) : un créneau s'écrit « lundi 07:30-18:30 10 » ou « lundi-vendredi 07:30-18:30 10 » (« \(raw.trimmingCharacters(in: .whitespaces)) » reçu).")
                continue
            }
            let hours = words[1].split(separator: "-").map(String.init)
            guard hours.count == 2, let start = OccupancyCalendar.parseTime(hours[0]),
                  let end = OccupancyCalendar.parseTime(hours[1]) else {
                errors.append("\(line) : les horaires « \(words[1]) » doivent s'écrire 07:30-18:30.")
                continue
            }
            guard start < end else {
                errors.append("\(line) : la fin du créneau (\(hours[1])) doit suivre son début (\(hours[0])).")
                continue
            }
            guard let places = Int(words[2]), places > 0 else {
                errors.append("\(line) : le nombre de places doit être un entier supérieur à 0 (« \(words[2]) » reçu).")
                continue
            }
            for day in days {
                if slots.contains(where: { $0.weekday == day && $0.startMinute < end && start < $0.endMinute }) {
                    errors.append("\(line) : ce créneau du \(OccupancyCalendar.weekdayNames[day - 1]) chevauche un créneau déjà écrit.")
                } else {
                    slots.append(.init(weekday: day, startMinute: start, endMinute: end, places: places))
                }
            }
        }
        if errors.isEmpty, slots.isEmpty {
            errors.append("L'agrément doit compter au moins un créneau d'ouverture, par exemple « lundi-vendredi 07:30-18:30 10 ».")
        }
        return (Agrement(slots: slots, closures: closures), errors)
    }

    /// The text that reads back as `agrement`: slots by weekday, then closures.
    public static func write(_ agrement: Agrement) -> String {
        let slots = agrement.slots.sorted { ($0.weekday, $0.startMinute) < ($1.weekday, $1.startMinute) }.map {
            "\(OccupancyCalendar.weekdayNames[$0.weekday - 1]) \(OccupancyCalendar.formatTime($0.startMinute))-\(OccupancyCalendar.formatTime($0.endMinute)) \($0.places)"
        }
        let closures = agrement.closures.map {
            (["fermeture", frenchDay($0.first), frenchDay($0.last)] + ($0.label.isEmpty ? [] : [$0.label])).joined(separator: " ")
        }
        return (slots + closures).joined(separator: "\n")
    }

    public static func frenchDay(_ day: PilotageDate) -> String {
        let pad = { (n: Int) in n < 10 ? "0\(n)" : String(n) }
        return "\(pad(day.day))/\(pad(day.month))/\(day.year)"
    }

    /// "lundi" or a range "lundi-vendredi".
    static func weekdays(_ word: String) -> [Int]? {
        let ends = word.split(separator: "-").map(String.init)
        guard let first = ends.first.flatMap(OccupancyCalendar.weekday(named:)) else { return nil }
        guard ends.count == 2 else { return ends.count == 1 ? [first] : nil }
        guard let last = OccupancyCalendar.weekday(named: ends[1]), first <= last else { return nil }
        return Array(first...last)
    }
}
