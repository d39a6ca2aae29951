import Foundation

/// A single-use link to set a password (an invitation or a reset): how long it lasts,
/// whether it still works, and what the person holding a dead one is told, in French.
public struct PasswordLink: Sendable, Equatable {
    /// The issue asks for 48 hours: long enough for a weekend, short enough to forget.
    public static let lifetime: TimeInterval = 48 * 3600

    public enum Purpose: String, Sendable, CaseIterable {
        case invitation
        case reset = "reinitialisation"

        /// What the link's page and the users' list call it.
        public var label: String {
            switch self {
            case .invitation: return "Invitation"
            case .reset: return "Réinitialisation du mot de passe"
            }
        }
    }

    public enum State: Sendable, Equatable {
        case usable
        case used
        case expired

        /// Why the link no longer works; nil when it does.
        public var refusal: String? {
            switch self {
            case .usable: return nil
            case .used: return "Ce lien a déjà servi : chaque lien ne définit le mot de passe qu'une fois. "
                + "Connectez-vous avec le mot de passe choisi, ou demandez un nouveau lien à votre coordinateur."
            case .expired: return "Ce lien a expiré (il est valable 48 heures). Demandez-en un nouveau à votre coordinateur."
            }
        }
    }

    public var expiresAt: Date
    public var usedAt: Date?

    public init(expiresAt: Date, usedAt: Date?) {
        self.expiresAt = expiresAt
        self.usedAt = usedAt
    }

    public static func expiry(from issued: Date) -> Date { issued.addingTimeInterval(lifetime) }

    /// Used wins over expired: someone who already set a password should be told so.
    public func state(at now: Date) -> State {
        if usedAt != nil { return .used }
        return now < expiresAt ? .usable : .expired
    }

    /// The two password fields must agree; the length rules are the account directory's.
    public static func confirmationProblem(_ password: String, _ confirmation: String) -> String? {
        password == confirmation ? nil : "Les deux mots de passe saisis ne sont pas identiques."
    }
}
