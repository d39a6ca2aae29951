import CTGCore
import Foundation

/// The legality verdict as the page shows it: the engine's figures, reasons and rule set.
struct VerdictView: Encodable {
    var valid: Bool
    var headline: String
    var sessionDate: String
    var simulated: Bool
    var ruleSetName: String
    var ruleSetSource: String
    var ruleSetPeriod: String
    var reasons: [String]
    var membersInOffice: Int
    var present: Int
    var represented: Int
    var voters: Int
    var exprimes: Int
    var quorumRequired: Int
    var quorumMet: Bool
    var maxProxiesPerHolder: Int
    var proxyViolations: [String]
    var outcome: String
    var pour: Int
    var contre: Int
    var abstentions: Int
    var nePrendPasPart: Int

    init(_ check: DeliberationCheck, vote: VoteTally, simulated: Bool) {
        valid = check.valid
        headline = check.valid ? "Délibération régulière" : "Délibération irrégulière"
        sessionDate = FrenchFormat.date(check.sessionDate.description) ?? check.sessionDate.french
        self.simulated = simulated
        ruleSetName = check.ruleSet.name
        ruleSetSource = check.ruleSet.source
        ruleSetPeriod = Self.period(from: check.ruleSet.validFrom, until: check.ruleSet.validUntil)
        reasons = check.reasons
        membersInOffice = check.membersInOffice
        present = check.present
        represented = check.represented
        voters = check.voters
        exprimes = check.exprimes
        quorumRequired = check.quorumRequired
        quorumMet = check.quorumMet
        maxProxiesPerHolder = check.maxProxiesPerHolder
        proxyViolations = check.proxyViolations.map { "\($0.holder) détient \($0.count) pouvoirs pour \($0.max) autorisé\($0.max > 1 ? "s" : "")" }
        outcome = Self.outcome(check)
        pour = vote.pour
        contre = vote.contre
        abstentions = vote.abstentions
        nePrendPasPart = vote.nePrendPasPart
    }

    static func outcome(_ check: DeliberationCheck) -> String {
        guard check.adopted else { return "Rejetée" }
        return check.unanimous ? "Adoptée à l'unanimité" : "Adoptée"
    }

    static func period(from: CivilDate?, until: CivilDate?) -> String {
        switch (from, until) {
        case let (from?, until?): return "en vigueur du \(from.french) au \(until.french) inclus"
        case let (from?, nil): return "en vigueur depuis le \(from.french)"
        case let (nil, until?): return "en vigueur jusqu'au \(until.french) inclus"
        case (nil, nil): return "régime permanent, appliqué hors des périodes de dérogation"
        }
    }
}
