/// A council séance as its procès-verbal or an extrait states it, whatever the
/// council's layout: who was there, the counts, and each deliberation's vote.
/// A field the text does not give is null (or empty) with a warning; nothing is guessed.
public struct ParsedSeance: Codable, Equatable, Sendable {
    public struct Counts: Codable, Equatable, Sendable {
        public var membersInOffice: Int?
        public var present: Int?
        public var represented: Int?
        public var voters: Int?
        /// The counts that the text does not state and that were computed from the lists.
        public var computedFromLists: [String]

        public init(membersInOffice: Int? = nil, present: Int? = nil, represented: Int? = nil,
                    voters: Int? = nil, computedFromLists: [String] = []) {
            self.membersInOffice = membersInOffice; self.present = present
            self.represented = represented; self.voters = voters; self.computedFromLists = computedFromLists
        }
    }

    public struct Vote: Codable, Equatable, Sendable {
        public var unanimous: Bool
        public var inFavour: Int?
        public var against: Int?
        public var abstentions: Int?
        public var notVoting: [String]

        public init(unanimous: Bool = false, inFavour: Int? = nil, against: Int? = nil,
                    abstentions: Int? = nil, notVoting: [String] = []) {
            self.unanimous = unanimous; self.inFavour = inFavour; self.against = against
            self.abstentions = abstentions; self.notVoting = notVoting
        }
    }

    /// One deliberation of the séance.
    public struct Item: Codable, Equatable, Sendable {
        public var number: String?
        public var subject: String?
        public var vote: Vote?

        public init(number: String? = nil, subject: String? = nil, vote: Vote? = nil) {
            self.number = number; self.subject = subject; self.vote = vote
        }
    }

    public var date: String?
    public var time: String?
    public var convokedOn: String?
    public var president: String?
    public var secretary: String?
    public var counts: Counts
    public var present: [String]
    public var proxies: [ParsedDeliberation.Proxy]
    public var substitutes: [ParsedDeliberation.Substitute]
    public var excused: [String]
    public var absent: [String]
    public var deliberations: [Item]
    public var warnings: [String]

    public init(date: String? = nil, time: String? = nil, convokedOn: String? = nil, president: String? = nil,
                secretary: String? = nil, counts: Counts = Counts(), present: [String] = [],
                proxies: [ParsedDeliberation.Proxy] = [], substitutes: [ParsedDeliberation.Substitute] = [],
                excused: [String] = [], absent: [String] = [], deliberations: [Item] = [], warnings: [String] = []) {
        self.date = date; self.time = time; self.convokedOn = convokedOn; self.president = president
        self.secretary = secretary; self.counts = counts; self.present = present; self.proxies = proxies
        self.substitutes = substitutes; self.excused = excused; self.absent = absent
        self.deliberations = deliberations; self.warnings = warnings
    }
}
