extension DocumentParser {
    /// Minimal ACTES identifier check, enough to tell a true stamp from an OCR misreading.
    /// (The Legal folder has the full ACTES model; only its one Luhn check is shared.)
    enum ActesIdentifier {
        static let natureCodes: Set<String> = ["DE", "AR", "AI", "CC", "BF", "AU"]

        /// `DDD-SIREN(9, Luhn)-YYYYMMDD-NUMBER(≤15 [A-Z0-9_])-NATURE`
        static func isValid(_ raw: String) -> Bool {
            let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 5 else { return false }
            let (dept, siren, date, number, nature) = (parts[0], parts[1], parts[2], parts[3], parts[4])
            guard dept.count == 3, dept.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }),
                  dept.prefix(2).allSatisfy(\.isNumber) else { return false }
            guard siren.count == 9, siren.allSatisfy({ $0.isASCII && $0.isNumber }), Luhn.isValid(siren) else { return false }
            guard date.count == 8, let y = Int(date.prefix(4)), let m = Int(date.dropFirst(4).prefix(2)),
                  let d = Int(date.suffix(2)), FrenchDate.isValid(year: y, month: m, day: d) else { return false }
            guard (1...15).contains(number.count),
                  number.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else { return false }
            return natureCodes.contains(nature)
        }
    }
}
