import Foundation

/// The monthly hours form: a month ("2024-03", as `<input type="month">` sends it) and the
/// heures réalisées and facturées of the CAF declaration, in hours ("1 234,5" accepted).
public struct MonthlyHoursInput: Equatable, Sendable {
    public var year: Int?
    public var month: Int?
    public var realisedMinutes = 0
    public var billedMinutes = 0
    public var errors: [String] = []

    public static func read(month: String?, realised: String?, billed: String?) -> MonthlyHoursInput {
        var input = MonthlyHoursInput()
        let parts = (month ?? "").trimmingCharacters(in: .whitespaces).split(separator: "-")
        if parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1900...2200).contains(y), (1...12).contains(m) {
            input.year = y
            input.month = m
        } else {
            input.errors.append("Le mois « \(month ?? "") » doit s'écrire AAAA-MM, par exemple 2024-03.")
        }
        func hours(_ raw: String?, _ label: String, required: Bool) -> Int {
            let text = (raw ?? "").replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{202F}", with: "")
                .replacingOccurrences(of: "\u{A0}", with: "").replacingOccurrences(of: ",", with: ".")
            if text.isEmpty, !required { return 0 }
            guard let value = Double(text), value.isFinite, value >= 0, value < 1_000_000 else {
                input.errors.append("Les \(label) « \(raw ?? "") » doivent être un nombre d'heures positif ou nul.")
                return 0
            }
            return Int((value * 60).rounded())
        }
        input.realisedMinutes = hours(realised, "heures réalisées", required: true)
        input.billedMinutes = hours(billed, "heures facturées", required: false)
        return input
    }
}
