/// A grid as typed in the form, every box a string, read into a `TariffGrid` or French refusals.
/// Empty bracket rows are ignored, so the form can offer spare rows.
public struct TariffFormFields: Codable, Sendable {
    public struct Bracket: Codable, Sendable {
        public var lower: String?
        /// "inclus" or "exclu".
        public var lowerBound: String?
        public var upper: String?
        public var upperBound: String?
        /// Prices and attendance, keyed by `TariffUnit.rawValue`.
        public var prices: [String: String]?
        public var attendance: [String: String]?
        public init() {}
    }
    public struct Rate: Codable, Sendable {
        public var unit: String?
        public var rate: String?
        public var floor: String?
        public var ceiling: String?
        public init() {}
    }

    public var version: Int?
    public var mode: String?
    public var supplement: String?
    public var validFrom: String?
    public var validUntil: String?
    public var families: String?
    public var brackets: [Bracket]?
    public var rates: [Rate]?
    public init() {}

    public struct Reading: Sendable {
        public var grid: TariffGrid?
        public var attendance: TariffSimulation.Attendance
        public var families: [Int]?
        public var problems: [String]
    }

    public func read(withFamilies: Bool) -> Reading {
        var problems: [String] = []
        func value<T>(_ result: Result<T, TariffProblem>) -> T? {
            switch result {
            case .success(let v): return v
            case .failure(let p): problems.append(p.message); return nil
            }
        }
        let blank = { (s: String?) in (s ?? "").allSatisfy(\.isWhitespace) }
        let supplement = blank(supplement) ? 0 : value(Cents.parse(supplement ?? "", label: "Supplément hors territoire"))
        let from = day(validFrom, label: "Début de validité", problems: &problems)
        let until = day(validUntil, label: "Fin de validité", problems: &problems)
        var families: [Int]?
        if withFamilies { families = value(TariffSimulation.families(self.families ?? "")) }
        var attendance: TariffSimulation.Attendance = [:]
        let scheme: TariffScheme
        if mode == "taux" {
            var rates: [TariffUnit: LinearRate] = [:]
            for row in self.rates ?? [] {
                guard let unit = row.unit.flatMap(TariffUnit.init), !blank(row.rate) || !blank(row.floor) || !blank(row.ceiling) else { continue }
                let rate = value(LinearRate.parseRate(row.rate ?? "", label: "\(unit.label), taux d'effort"))
                let floor = blank(row.floor) ? 0 : value(Cents.parse(row.floor ?? "", label: "\(unit.label), plancher"))
                let ceiling = blank(row.ceiling) ? Cents.maximum : value(Cents.parse(row.ceiling ?? "", label: "\(unit.label), plafond"))
                if let rate, let floor, let ceiling { rates[unit] = LinearRate(rateE4: rate, floor: floor, ceiling: ceiling) }
            }
            scheme = .linear(rates)
        } else {
            var brackets: [QFBracket] = []
            for row in self.brackets ?? [] {
                let filled = [row.lower, row.upper].contains { !blank($0) } || (row.prices ?? [:]).values.contains { !blank($0) }
                guard filled else { continue }
                let name = "Tranche \(brackets.count + 1)"
                let lower = qf(row.lower, label: "\(name), borne basse", problems: &problems) ?? 0
                let upper = blank(row.upper) ? nil : qf(row.upper, label: "\(name), borne haute", problems: &problems)
                var prices: [TariffUnit: Int] = [:]
                var counts: [TariffUnit: Int] = [:]
                for unit in TariffUnit.allCases {
                    if let text = row.prices?[unit.rawValue], !blank(text) {
                        prices[unit] = value(Cents.parse(text, label: "\(name), \(unit.phrase)"))
                    }
                    if let text = row.attendance?[unit.rawValue], !blank(text) {
                        counts[unit] = qf(text, label: "\(name), fréquentation en \(unit.phrase)", problems: &problems)
                    }
                }
                if !counts.isEmpty { attendance[brackets.count] = counts }
                brackets.append(QFBracket(lower: lower, lowerInclusive: row.lowerBound != "exclu", upper: upper,
                                          upperInclusive: row.upperBound == "inclus", prices: prices))
            }
            scheme = .brackets(brackets)
        }
        let grid = TariffGrid(scheme: scheme, outsideSupplement: supplement ?? 0, validFrom: from, validUntil: until)
        if problems.isEmpty { problems = TariffValidation.problems(grid) }
        return Reading(grid: problems.isEmpty ? grid : nil, attendance: attendance, families: families, problems: problems)
    }

    /// A whole non-negative number (a QF or a count of days).
    private func qf(_ text: String?, label: String, problems: inout [String]) -> Int? {
        let clean = (text ?? "").filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
        if clean.hasPrefix("-") { problems.append("\(label) : « \(text ?? "") » est négatif."); return nil }
        guard !clean.isEmpty, clean.count <= 7, clean.allSatisfy(\.isASCIIDigitChar), let v = Int(clean) else {
            problems.append("\(label) : « \(text ?? "") » n'est pas un nombre entier positif."); return nil
        }
        return v
    }

    private func day(_ text: String?, label: String, problems: inout [String]) -> CivilDate? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        guard let day = CivilDate(text.trimmingCharacters(in: .whitespaces)), (1950...2100).contains(day.year) else {
            problems.append("\(label) : « \(text) » n'est pas une date (AAAA-MM-JJ)."); return nil
        }
        return day
    }
}
