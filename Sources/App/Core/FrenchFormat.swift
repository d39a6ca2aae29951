import CTGCore
import Foundation

/// French renderings of the ISO values stored in the database.
enum FrenchFormat {
    private static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                 "août", "septembre", "octobre", "novembre", "décembre"]

    /// "2022-06-07" → "7 juin 2022"; "2022-06-01" → "1er juin 2022".
    static func date(_ iso: String?) -> String? {
        guard let iso else { return nil }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        let day = parts[2] == 1 ? "1er" : String(parts[2])
        return "\(day) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// "18:00" → "18 h", "18:30" → "18 h 30".
    static func time(_ hhmm: String?) -> String? {
        guard let hhmm else { return nil }
        let parts = hhmm.split(separator: ":")
        guard parts.count == 2 else { return hhmm }
        let hour = Int(parts[0]).map(String.init) ?? String(parts[0])
        return parts[1] == "00" ? "\(hour) h" : "\(hour) h \(parts[1])"
    }

    /// The one French count rule (zero is singular), kept under this name for the pages that call it.
    static func plural(_ count: Int, _ singular: String, _ plural: String) -> String {
        FrenchCount.phrase(count, singular, plural)
    }
}
