import Foundation

/// Verdict on one deliberation, as served by the API. Property names are the JSON keys.
public struct DeliberationCheck: Hashable, Sendable, Codable {
    public struct ProxyViolation: Hashable, Sendable, Codable {
        public let holder: String
        public let count: Int
        public let max: Int
    }

    /// The regime applied, with explicit `null` bounds so clients always see both keys.
    public struct RuleSetSummary: Hashable, Sendable, Codable {
        public let name: String
        public let source: String
        public let validFrom: CivilDate?
        public let validUntil: CivilDate?

        public init(_ set: QuorumRuleSet) {
            name = set.name
            source = set.source
            validFrom = set.validFrom
            validUntil = set.validUntil
        }

        enum CodingKeys: String, CodingKey { case name, source, validFrom, validUntil }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(source, forKey: .source)
            try container.encode(validFrom, forKey: .validFrom)
            try container.encode(validUntil, forKey: .validUntil)
        }
    }

    public let sessionDate: CivilDate
    public let membersInOffice: Int
    public let present: Int
    public let represented: Int
    public let voters: Int
    public let exprimes: Int
    public let quorumRequired: Int
    public let quorumMet: Bool
    public let maxProxiesPerHolder: Int
    public let proxyViolations: [ProxyViolation]
    public let unanimous: Bool
    public let adopted: Bool
    /// Regularly deliberated: quorum met, proxies within the limit, facts consistent.
    /// Says nothing about the outcome: a rejected deliberation can be valid.
    public let valid: Bool
    public let ruleSet: RuleSetSummary
    public let reasons: [String]
}
