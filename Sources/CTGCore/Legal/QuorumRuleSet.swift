import Foundation

/// A quorum expressed as a fraction of the members in office.
/// `strict` separates "la majorité de ses membres" (strictly more than half) from
/// "le tiers de leurs membres ... est présent" (one third is enough).
public struct QuorumRule: Hashable, Sendable, Codable {
    public let numerator: Int
    public let denominator: Int
    public let strict: Bool
    /// Whether members represented by a proxy count toward the quorum. No text in the
    /// table does so: all of them say the members must be *présents*.
    public let countsRepresented: Bool

    public init(numerator: Int, denominator: Int, strict: Bool, countsRepresented: Bool) {
        precondition(numerator > 0 && denominator > 0, "fraction de quorum invalide")
        self.numerator = numerator
        self.denominator = denominator
        self.strict = strict
        self.countsRepresented = countsRepresented
    }

    /// Integer arithmetic only: 53 × ⅓ = 17.67 must give 18, and 53 × ½ "plus de" must give 27.
    public func isMet(attending: Int, membersInOffice: Int) -> Bool {
        let lhs = attending * denominator
        let rhs = membersInOffice * numerator
        return strict ? lhs > rhs : lhs >= rhs
    }

    /// Smallest attendance that satisfies the rule.
    public func required(membersInOffice: Int) -> Int {
        let product = membersInOffice * numerator
        return strict ? product / denominator + 1 : (product + denominator - 1) / denominator
    }

    /// e.g. "au moins le tiers des 53 membres en exercice doit être présent ; les pouvoirs ne comptent pas".
    public func frenchDescription(membersInOffice: Int) -> String {
        let fraction: String
        switch (numerator, denominator) {
        case (1, 2): fraction = "la moitié"
        case (1, 3): fraction = "le tiers"
        default: fraction = "les \(numerator)/\(denominator)"
        }
        return (strict ? "plus de " : "au moins ") + fraction + " des \(membersInOffice) membres en exercice "
            + (countsRepresented ? "doit être présent ou représenté" : "doit être présent ; les pouvoirs ne comptent pas")
    }
}

/// One dated regime of quorum and proxy rules, with the text it comes from.
/// Dates are inclusive; `nil` means open-ended.
public struct QuorumRuleSet: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let name: String
    public let source: String
    public let validFrom: CivilDate?
    public let validUntil: CivilDate?
    public let quorum: QuorumRule
    public let maxProxiesPerHolder: Int
    /// Whether a second convocation, three days later at least, lifts the quorum.
    public let secondConvocationLiftsQuorum: Bool

    public init(id: String, name: String, source: String, validFrom: CivilDate?, validUntil: CivilDate?,
                quorum: QuorumRule, maxProxiesPerHolder: Int, secondConvocationLiftsQuorum: Bool = true) {
        self.id = id
        self.name = name
        self.source = source
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.quorum = quorum
        self.maxProxiesPerHolder = maxProxiesPerHolder
        self.secondConvocationLiftsQuorum = secondConvocationLiftsQuorum
    }

    public func covers(_ date: CivilDate) -> Bool {
        if let from = validFrom, date < from { return false }
        if let until = validUntil, date > until { return false }
        return true
    }
}
