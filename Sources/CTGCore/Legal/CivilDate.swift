import Foundation

/// A calendar day with no time zone: legal deadlines ("jusqu'au 31 juillet 2022 inclus")
/// are civil dates, and a `Date` would drift by one day depending on the server's zone.
/// Encodes to and decodes from `"YYYY-MM-DD"`.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Strict `YYYY-MM-DD`: a lenient parser would let "2022-6-7" into exported open data.
    public init?(_ description: String) {
        let parts = description.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(LegalASCII.isDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYYMMDD`, the form used inside ACTES identifiers.
    public init?(compact: String) {
        guard compact.count == 8, compact.allSatisfy(LegalASCII.isDigit) else { return nil }
        let chars = Array(compact)
        guard let y = Int(String(chars[0..<4])), let m = Int(String(chars[4..<6])),
              let d = Int(String(chars[6..<8])) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var compact: String { String(format: "%04d%02d%02d", year, month, day) }
    /// `JJ/MM/AAAA`, the form users read on registers and ACTES stamps.
    public var french: String { String(format: "%02d/%02d/%04d", day, month, year) }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), so day arithmetic needs no Calendar.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }
}

extension CivilDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let date = CivilDate(raw) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Date invalide « \(raw) » : format attendu AAAA-MM-JJ.")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Character classes for legal identifiers. Kept in a namespace of this module's Legal
/// folder rather than as `Character` extensions, which could clash with other folders.
enum LegalASCII {
    /// `isNumber` would accept Arabic-Indic or fullwidth digits, which `Int(_:)` then rejects.
    static func isDigit(_ c: Character) -> Bool { c.isASCII && ("0"..."9").contains(c) }
    static func isUpperLetter(_ c: Character) -> Bool { c.isASCII && ("A"..."Z").contains(c) }
}
