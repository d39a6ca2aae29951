/// The coordinateur's question: what would each family pay at each accueil de loisirs if the
/// harmonised draft replaced today's grid, and what would each structure earn.
public enum TariffSimulation {
    public static let defaultFamilies = [400, 700, 1_000, 1_500]

    /// "400, 700 ; 1 000 1500" → [400, 700, 1000, 1500], sorted, without repeats.
    public static func families(_ text: String) -> Result<[Int], TariffProblem> {
        let pieces = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
            .map { $0.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" } }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return .failure(.init("Saisissez au moins un quotient familial de famille type (exemple : 400, 700, 1 000, 1 500).")) }
        var values: Set<Int> = []
        for piece in pieces {
            guard piece.count <= 6, piece.allSatisfy(\.isASCIIDigitChar), let value = Int(piece) else {
                return .failure(.init("« \(piece) » n'est pas un quotient familial : un nombre entier d'euros, positif, est attendu."))
            }
            values.insert(value)
        }
        guard values.count <= 12 else { return .failure(.init("Au plus 12 familles types : la comparaison resterait illisible au-delà.")) }
        return .success(values.sorted())
    }

    /// One family at one structure.
    public struct Cell: Equatable, Sendable {
        public var qf: Int
        public var today: Int?
        public var draft: Int?
        /// Draft minus today, in cents; nil when either is missing.
        public var difference: Int? { today.flatMap { t in draft.map { $0 - t } } }
        /// The difference as a share of today's price, in percentage points; nil when today is free or unknown.
        public var percent: Double? {
            guard let today, today > 0, let difference else { return nil }
            return Double(difference) * 100 / Double(today)
        }
    }

    public static func cells(today: TariffGrid?, draft: TariffGrid?, families: [Int], unit: TariffUnit, outside: Bool = false) -> [Cell] {
        families.map { Cell(qf: $0, today: today?.price(qf: $0, unit: unit, outside: outside),
                            draft: draft?.price(qf: $0, unit: unit, outside: outside)) }
    }

    /// Units attended per bracket of today's grid (bracket index → unit → count).
    public typealias Attendance = [Int: [TariffUnit: Int]]

    public struct Revenue: Equatable, Sendable {
        public var today: Int
        public var draft: Int
        /// Units the draft does not price: their revenue is not counted on either side.
        public var unpriced: Int
        public var difference: Int { draft - today }
    }

    /// Revenue of the attendance under today's brackets and under the draft, each bracket's
    /// families taken at its representative QF. Nil when today's grid has no brackets or no attendance.
    public static func revenue(today: TariffGrid, draft: TariffGrid, attendance: Attendance) -> Revenue? {
        guard case .brackets(let brackets) = today.scheme else { return nil }
        var result = Revenue(today: 0, draft: 0, unpriced: 0)
        var any = false
        for (index, counts) in attendance where brackets.indices.contains(index) {
            let bracket = brackets[index]
            for (unit, count) in counts where count > 0 {
                any = true
                guard let now = bracket.prices[unit], let next = draft.price(qf: bracket.representativeQF, unit: unit) else {
                    result.unpriced += count
                    continue
                }
                result.today += now * count
                result.draft += next * count
            }
        }
        return any ? result : nil
    }
}
