import Foundation

/// Nature of an act in the ACTES nomenclature (last segment of the identifier).
public enum ActesNatureCode: String, CaseIterable, Codable, Sendable {
    case DE, AR, AI, CC, BF, AU

    public var label: String {
        switch self {
        case .DE: return "Délibération"
        case .AR: return "Acte réglementaire"
        case .AI: return "Acte individuel"
        case .CC: return "Contrat, convention et avenant"
        case .BF: return "Document budgétaire et financier"
        case .AU: return "Autre"
        }
    }
}

/// Identifier stamped by the prefecture's ACTES platform on a transmitted act, e.g.
/// `063-200072080-20220607-CC20220406-DE`: département, SIREN of the authority,
/// decision date, the authority's own act number, nature code.
public struct ActesIdentifier: Hashable, Sendable, CustomStringConvertible {
    public let departement: String
    public let siren: String
    public let date: CivilDate
    public let internalNumber: String
    public let nature: ActesNatureCode

    public static let maxInternalNumberLength = 15

    public init(departement: String, siren: String, date: CivilDate,
                internalNumber: String, nature: ActesNatureCode) throws(ActesError) {
        try Self.checkDepartement(departement)
        try Self.checkSiren(siren)
        try Self.checkInternalNumber(internalNumber)
        self.departement = departement
        self.siren = siren
        self.date = date
        self.internalNumber = internalNumber
        self.nature = nature
    }

    public init(parsing text: String) throws(ActesError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // A stamp whose first segment is a SIREN lost its département: say so rather than
        // "4 segments", which would send the user hunting for the wrong defect.
        if parts.count == 4, parts[0].count == 9, parts[0].allSatisfy(LegalASCII.isDigit) {
            throw .missingDepartement
        }
        guard parts.count == 5 else { throw .wrongPartCount(found: parts.count) }
        // Segments are checked left to right so the first reported defect is the first one seen.
        try Self.checkDepartement(parts[0])
        try Self.checkSiren(parts[1])
        let rawDate = parts[2]
        guard rawDate.count == 8, rawDate.allSatisfy(LegalASCII.isDigit) else { throw .dateMalformed(rawDate) }
        guard let date = CivilDate(compact: rawDate) else { throw .dateInvalid(rawDate) }
        try Self.checkInternalNumber(parts[3])
        guard let nature = ActesNatureCode(rawValue: parts[4]) else { throw .natureCodeUnknown(parts[4]) }
        self.departement = parts[0]
        self.siren = parts[1]
        self.date = date
        self.internalNumber = parts[3]
        self.nature = nature
    }

    public static func parse(_ text: String) -> Result<ActesIdentifier, ActesError> {
        do { return .success(try ActesIdentifier(parsing: text)) } catch { return .failure(error) }
    }

    /// Yes/no form for callers that only sort true stamps from misreadings (the stamp reader).
    public static func isValid(_ text: String) -> Bool {
        (try? ActesIdentifier(parsing: text)) != nil
    }

    public var description: String {
        [departement, siren, date.compact, internalNumber, nature.rawValue].joined(separator: "-")
    }

    /// Metropolitan 001–095 (020 no longer exists since Corsica's split), 02A/02B,
    /// overseas 971–978 and 984–989.
    static func checkDepartement(_ value: String) throws(ActesError) {
        let chars = Array(value)
        let valid: Bool
        if value == "02A" || value == "02B" {
            valid = true
        } else if chars.count == 3, chars.allSatisfy(LegalASCII.isDigit), let n = Int(value) {
            valid = (1...95).contains(n) && n != 20 || (971...978).contains(n) || (984...989).contains(n)
        } else {
            valid = false
        }
        if !valid { throw .departementMalformed(value) }
    }

    static func checkSiren(_ value: String) throws(ActesError) {
        guard value.count == 9, value.allSatisfy(LegalASCII.isDigit) else { throw .sirenNotNineDigits(value) }
        guard Luhn.isValid(value) else { throw .sirenFailsLuhn(value) }
    }

    static func checkInternalNumber(_ value: String) throws(ActesError) {
        guard !value.isEmpty else { throw .internalNumberEmpty }
        guard value.count <= maxInternalNumberLength else { throw .internalNumberTooLong(value) }
        let allowed = value.allSatisfy { LegalASCII.isDigit($0) || LegalASCII.isUpperLetter($0) || $0 == "_" }
        guard allowed else { throw .internalNumberBadCharacters(value) }
    }
}

extension ActesIdentifier: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do { self = try ActesIdentifier(parsing: raw) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
