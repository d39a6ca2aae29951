import CTGCore

/// The bilan's JSON export: the report's keys as before, plus "budget" (issue 13), so a reader
/// of the older file finds everything where it was.
struct BilanJSON: Encodable {
    var report: BilanReport
    var budget: Budget

    /// Planned and spent euros: the year's, the convention's, and each axe's in the year.
    /// A block is null when no budget line is entered for it.
    struct Budget: Encodable {
        struct Axe: Encodable {
            var number: Int
            var amounts: BilanBudget
        }

        var year: BilanBudget?
        var convention: BilanBudget?
        var axes: [Axe]

        init(_ parts: BilanBudget.Parts) {
            year = parts.year
            convention = parts.convention
            axes = parts.axes.keys.sorted().map { Axe(number: $0, amounts: parts.axes[$0]!) }
        }

        private enum CodingKeys: String, CodingKey { case year, convention, axes }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            // Explicit nulls: a reader sees "no budget" rather than a missing key.
            try container.encode(year, forKey: .year)
            try container.encode(convention, forKey: .convention)
            try container.encode(axes, forKey: .axes)
        }
    }

    private enum CodingKeys: String, CodingKey { case budget }

    func encode(to encoder: any Encoder) throws {
        // The report writes its own keys at the top level; the budget joins them.
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(budget, forKey: .budget)
    }
}
