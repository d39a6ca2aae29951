/// The value tree a deliberation document is parsed into.
///
/// Its JSON encoding is a published contract (`ctg import --dry-run --json`,
/// `GET /api/v1/conventions/{id}/plan`, `ctg export --format json`): keys may be
/// added, never renamed.
public struct ParsedDocument: Codable, Equatable, Sendable {
    public var deliberation: ParsedDeliberation?
    public var plan: ParsedPlan
    public var warnings: [String]
    /// Who the document belongs to and the period it covers (absent from older exports).
    public var identity: DocumentIdentity?
    /// The bodies the plan names, each with the other spellings it appears under.
    public var organisations: [ParsedOrganisation]?

    public init(deliberation: ParsedDeliberation?, plan: ParsedPlan, warnings: [String],
                identity: DocumentIdentity? = nil, organisations: [ParsedOrganisation]? = nil) {
        self.deliberation = deliberation
        self.plan = plan
        self.warnings = warnings
        self.identity = identity
        self.organisations = organisations
    }
}

/// A body of the plan: "Communauté de communes du Pays de Saint-Eloy", written "CC", "CCPSE"…
public struct ParsedOrganisation: Codable, Equatable, Sendable {
    public var name: String
    public var kind: OrganisationKind
    /// The document's other spellings of it.
    public var spellings: [String]

    public init(name: String, kind: OrganisationKind, spellings: [String]) {
        self.name = name; self.kind = kind; self.spellings = spellings
    }
}

public struct ParsedDeliberation: Codable, Equatable, Sendable {
    public struct Proxy: Codable, Equatable, Sendable {
        public var from: String
        public var to: String
        public init(from: String, to: String) { self.from = from; self.to = to }
    }
    public struct Substitute: Codable, Equatable, Sendable {
        public var member: String
        public var substitute: String
        public init(member: String, substitute: String) { self.member = member; self.substitute = substitute }
    }

    public var number: String
    public var actesId: String?
    public var subject: String
    /// ISO dates (YYYY-MM-DD) so the JSON is stable across locales.
    public var sessionDate: String?
    /// "HH:MM", 24-hour.
    public var sessionTime: String?
    public var convokedOn: String?
    public var place: String?
    public var president: String?
    public var secretary: String?
    public var membersInOffice: Int?
    public var present: Int?
    public var voters: Int?
    public var presentMembers: [String]
    public var proxies: [Proxy]
    public var substitutes: [Substitute]
    public var excused: [String]
    public var unanimous: Bool
    public var receivedOn: String?
    public var publishedOn: String?
    /// The "Vu / Considérant / Propose / Après en avoir délibéré" body, kept for the extrait.
    public var body: String?

    public init(number: String, actesId: String? = nil, subject: String, sessionDate: String? = nil,
                sessionTime: String? = nil, convokedOn: String? = nil, place: String? = nil,
                president: String? = nil, secretary: String? = nil, membersInOffice: Int? = nil,
                present: Int? = nil, voters: Int? = nil, presentMembers: [String] = [],
                proxies: [Proxy] = [], substitutes: [Substitute] = [], excused: [String] = [],
                unanimous: Bool = false, receivedOn: String? = nil, publishedOn: String? = nil,
                body: String? = nil) {
        self.number = number; self.actesId = actesId; self.subject = subject
        self.sessionDate = sessionDate; self.sessionTime = sessionTime; self.convokedOn = convokedOn
        self.place = place; self.president = president; self.secretary = secretary
        self.membersInOffice = membersInOffice; self.present = present; self.voters = voters
        self.presentMembers = presentMembers; self.proxies = proxies; self.substitutes = substitutes
        self.excused = excused; self.unanimous = unanimous; self.receivedOn = receivedOn
        self.publishedOn = publishedOn; self.body = body
    }
}
