/// The plan d'actions: axes → objectifs → actions (fiches) → sous-actions.
public struct ParsedPlan: Codable, Equatable, Sendable {
    public var axes: [ParsedAxe]
    public init(axes: [ParsedAxe]) { self.axes = axes }
}

public struct ParsedAxe: Codable, Equatable, Sendable {
    public var number: Int
    /// Nil when the document has no title for this axe (Axe 3 in the Saint-Eloy plan).
    public var title: String?
    /// The outline's wording, kept only when it really differs from the fiches' heading.
    public var outlineTitle: String?
    public var objectives: [ParsedObjective]
    public init(number: Int, title: String?, objectives: [ParsedObjective], outlineTitle: String? = nil) {
        self.number = number; self.title = title; self.objectives = objectives
        self.outlineTitle = outlineTitle
    }
}

public struct ParsedObjective: Codable, Equatable, Sendable {
    public var number: Int
    public var title: String
    /// The outline's wording, kept only when it really differs from the fiches' heading.
    public var outlineTitle: String?
    public var actions: [ParsedAction]
    public init(number: Int, title: String, actions: [ParsedAction], outlineTitle: String? = nil) {
        self.number = number; self.title = title; self.actions = actions
        self.outlineTitle = outlineTitle
    }
}

public struct ParsedAction: Codable, Equatable, Sendable {
    /// "1-1-1": axe, objectif, action.
    public var code: String
    /// The fiche's title; the fiche wins over the outline.
    public var title: String
    /// The outline's wording, kept only when it really differs from the fiche's.
    public var outlineTitle: String?
    public var diagnostic: String?
    public var audience: String?
    /// Canonical organisation names.
    public var leads: [String]
    /// Canonical organisation names, or free text for services that are not organisations.
    public var partners: [String]
    public var indicators: [String]
    public var expectedResults: [String]
    public var subActions: [ParsedSubAction]
    /// Import warnings that concern this fiche, also present in the top-level list.
    public var warnings: [String]

    public init(code: String, title: String, outlineTitle: String? = nil, diagnostic: String? = nil,
                audience: String? = nil, leads: [String] = [], partners: [String] = [],
                indicators: [String] = [], expectedResults: [String] = [],
                subActions: [ParsedSubAction] = [], warnings: [String] = []) {
        self.code = code; self.title = title; self.outlineTitle = outlineTitle
        self.diagnostic = diagnostic; self.audience = audience; self.leads = leads
        self.partners = partners; self.indicators = indicators
        self.expectedResults = expectedResults; self.subActions = subActions; self.warnings = warnings
    }
}

public struct ParsedSubAction: Codable, Equatable, Sendable {
    /// "1-1-1-A"; nil when the document gives the row no number.
    public var code: String?
    public var title: String
    public var outlineTitle: String?
    /// Subset of the convention's years; empty means unknown, never guessed.
    public var years: [Int]
    /// "Moyens à mobiliser — Personnel", as written.
    public var staff: String?
    /// "Moyens à mobiliser — Financier", canonical organisation names.
    public var funders: [String]

    public init(code: String?, title: String, outlineTitle: String? = nil, years: [Int] = [],
                staff: String? = nil, funders: [String] = []) {
        self.code = code; self.title = title; self.outlineTitle = outlineTitle
        self.years = years; self.staff = staff; self.funders = funders
    }
}
