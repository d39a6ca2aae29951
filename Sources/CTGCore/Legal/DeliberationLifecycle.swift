import Foundation

public enum DeliberationStage: String, CaseIterable, Codable, Sendable {
    case projet, adoptee, rejetee, transmise, publiee, executoire

    public var label: String {
        switch self {
        case .projet: return "Projet"
        case .adoptee: return "Adoptée"
        case .rejetee: return "Rejetée"
        case .transmise: return "Transmise en préfecture"
        case .publiee: return "Publiée"
        case .executoire: return "Exécutoire"
        }
    }
}

public struct LifecycleError: Error, Hashable, Sendable {
    public let message: String
}

/// projet → adoptée | rejetée → transmise / publiée (in either order) → exécutoire.
/// The stage is derived from the recorded dates so it cannot contradict them.
public struct DeliberationLifecycle: Hashable, Sendable, Codable {
    public let isEPCIWithOwnTaxation: Bool
    public private(set) var adopted: Bool?
    public private(set) var decidedOn: CivilDate?
    /// Date of the acknowledgement of receipt (AR) from the prefecture.
    public private(set) var transmittedOn: CivilDate?
    public private(set) var publishedOn: CivilDate?
    public private(set) var publicationMode: PublicationMode?

    public init(isEPCIWithOwnTaxation: Bool) {
        self.isEPCIWithOwnTaxation = isEPCIWithOwnTaxation
    }

    public var executory: ExecutoryStatus {
        ExecutoryRules.evaluate(transmittedOn: transmittedOn, publishedOn: publishedOn,
                                publicationMode: publicationMode, isEPCIWithOwnTaxation: isEPCIWithOwnTaxation)
    }

    public var stage: DeliberationStage {
        switch adopted {
        case nil: return .projet
        case false?: return .rejetee
        case true?:
            if executory.executoire { return .executoire }
            if publishedOn != nil { return .publiee }
            return transmittedOn != nil ? .transmise : .adoptee
        }
    }

    public mutating func recordVote(adopted: Bool, on date: CivilDate) throws(LifecycleError) {
        guard self.adopted == nil else { throw LifecycleError(message: "Le vote de cette délibération est déjà enregistré.") }
        self.adopted = adopted
        decidedOn = date
    }

    public mutating func recordTransmission(on date: CivilDate) throws(LifecycleError) {
        let decided = try requireAdopted(action: "transmise")
        guard date >= decided else {
            throw LifecycleError(message: "La transmission du \(date.french) ne peut pas précéder le vote du \(decided.french).")
        }
        transmittedOn = date
    }

    public mutating func recordPublication(on date: CivilDate, mode: PublicationMode) throws(LifecycleError) {
        let decided = try requireAdopted(action: "publiée")
        guard date >= decided else {
            throw LifecycleError(message: "La publication du \(date.french) ne peut pas précéder le vote du \(decided.french).")
        }
        publishedOn = date
        publicationMode = mode
    }

    private func requireAdopted(action: String) throws(LifecycleError) -> CivilDate {
        switch (adopted, decidedOn) {
        case (true?, let date?): return date
        case (false?, _): throw LifecycleError(message: "Une délibération rejetée ne peut pas être \(action).")
        default: throw LifecycleError(message: "La délibération doit être adoptée avant d'être \(action).")
        }
    }
}
