import Foundation

/// What `ctg import --dry-run --json` prints: the document's published keys
/// (`deliberation`, `plan`, `warnings`, unchanged for a CTG document) plus
/// `deliberations`, every deliberation of the text with its number, subject and vote.
/// A procès-verbal read by `SeanceReader` fills the same shape: its `deliberation` is
/// the one that adopts the CTG, or else the first of the séance.
public struct ImportPreview: Encodable, Sendable {
    public struct Entry: Encodable, Equatable, Sendable {
        public var number: String?
        public var subject: String?
        public var vote: EntryVote?
    }

    /// A vote with every key written, `null` when the text does not give it.
    public struct EntryVote: Encodable, Equatable, Sendable {
        public var unanimous: Bool
        public var inFavour: Int?
        public var against: Int?
        public var abstentions: Int?
        public var notVoting: [String]
    }

    public var deliberation: ParsedDeliberation?
    public var deliberations: [Entry]
    public var plan: ParsedPlan
    public var warnings: [String]

    public init(document: ParsedDocument) {
        deliberation = document.deliberation
        // The CTG document's register page states only "à l'unanimité" or nothing.
        deliberations = document.deliberation.map {
            [Entry(number: $0.number, subject: $0.subject,
                   vote: $0.unanimous ? EntryVote(unanimous: true, notVoting: []) : nil)]
        } ?? []
        plan = document.plan
        warnings = document.warnings
    }

    public init(seance: ParsedSeance, actesId: String? = nil) {
        deliberation = seance.headline.map { seance.asDeliberation($0, actesId: actesId) }
        deliberations = seance.deliberations.map { item in
            Entry(number: item.number, subject: item.subject, vote: item.vote.map {
                EntryVote(unanimous: $0.unanimous, inFavour: $0.inFavour, against: $0.against,
                          abstentions: $0.abstentions, notVoting: $0.notVoting)
            })
        }
        plan = ParsedPlan(axes: [])
        warnings = seance.warnings
    }

    public func jsonData(pretty: Bool = true) throws -> Data {
        try DocumentJSON.encoder(pretty: pretty).encode(self)
    }
}

extension ImportPreview: NullPreservingEncodable {}
extension ImportPreview.Entry: NullPreservingEncodable {}
extension ImportPreview.EntryVote: NullPreservingEncodable {}

extension ParsedSeance {
    /// The deliberation that stands for the séance: the one adopting the CTG, else the first.
    public var headline: Item? {
        deliberations.first { item in
            let subject = (item.subject ?? "").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return subject.contains("convention territoriale globale") || subject.contains(Patterns.jsonData)
        } ?? deliberations.first
    }

    /// One deliberation in the CTG document's shape, with the séance's facts. That shape
    /// has no list of absents and no detailed vote: `deliberations` and the register carry them.
    public func asDeliberation(_ item: Item, actesId: String? = nil) -> ParsedDeliberation {
        ParsedDeliberation(number: item.number ?? "", actesId: actesId, subject: item.subject ?? "",
                           sessionDate: date, sessionTime: time, convokedOn: convokedOn, president: president,
                           secretary: secretary, membersInOffice: counts.membersInOffice, present: counts.present,
                           voters: counts.voters, presentMembers: present, proxies: proxies,
                           substitutes: substitutes, excused: excused, unanimous: item.vote?.unanimous ?? false)
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let jsonData = /\bctg\b/
}
