/// How far apart the accueils de loisirs' prices are: the coefficient of variation (population
/// standard deviation over mean) of the price a family of a reference QF pays across structures.
/// Harmonising the grids should bring it down towards 0 (fiche 2-1-1, "Nivellement des tarifications").
public enum TariffDispersion {
    /// In percentage points; nil with fewer than two prices or a zero mean (nothing to compare).
    public static func coefficient(_ prices: [Int]) -> Double? {
        guard prices.count >= 2 else { return nil }
        let values = prices.map(Double.init)
        let mean = values.reduce(0, +) / Double(values.count)
        guard mean > 0 else { return nil }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return variance.squareRoot() / mean * 100
    }

    public struct Point: Equatable, Sendable {
        public var qf: Int
        /// Structure name and its price, in the order given.
        public var prices: [(name: String, cents: Int)]
        public var coefficient: Double?

        public static func == (a: Point, b: Point) -> Bool {
            a.qf == b.qf && a.coefficient == b.coefficient && a.prices.map(\.name) == b.prices.map(\.name)
                && a.prices.map(\.cents) == b.prices.map(\.cents)
        }
    }

    /// One point per reference QF, from the grids that price the unit for that QF.
    public static func points(grids: [(name: String, grid: TariffGrid)], families: [Int], unit: TariffUnit) -> [Point] {
        families.map { qf in
            let prices = grids.compactMap { entry in entry.grid.price(qf: qf, unit: unit).map { (entry.name, $0) } }
            return Point(qf: qf, prices: prices, coefficient: coefficient(prices.map(\.1)))
        }
    }

    /// "QF 700 : 12,5 % (Les Lutins 8,40 €, Récré 10,00 €)", for the indicator's provenance.
    public static func sentence(_ point: Point) -> String {
        let list = point.prices.map { "\($0.name) \(Cents.format($0.cents))" }.joined(separator: ", ")
        let value = point.coefficient.map { PilotageFormat.percent($0) } ?? "non calculable"
        return "QF \(TariffText.qf(point.qf)) : \(value) (\(list.isEmpty ? "aucun prix" : list))"
    }
}
