import Vapor

/// Domain errors a user can cause. Each carries the French sentence shown to them.
enum AppError: Error, Sendable {
    case notFound(String)
    case invalidInput(String)
    case conflict(String)
    case forbidden(String)
    case unavailable(String)
    /// The page existed and was withdrawn on purpose (a deliberation cancelled): 410, not 404.
    case gone(String)
}

extension AppError: AbortError {
    var status: HTTPResponseStatus {
        switch self {
        case .notFound: return .notFound
        case .invalidInput: return .badRequest
        case .conflict: return .conflict
        case .forbidden: return .forbidden
        case .unavailable: return .serviceUnavailable
        case .gone: return .gone
        }
    }

    var reason: String {
        switch self {
        case .notFound(let m), .invalidInput(let m), .conflict(let m), .forbidden(let m), .unavailable(let m),
             .gone(let m):
            return m
        }
    }
}

extension AppError: CustomStringConvertible {
    var description: String { reason }
}

/// The sentence to show on the command line for any error that reaches the top:
/// the user's own mistakes and the usual start-up failures get a French sentence
/// that says what to do; anything else is shown as it is.
public func userMessage(for error: any Error) -> String {
    switch error {
    case let error as AppError: return error.reason
    case let error as CommandFailure: return error.description
    case let error as CommandError: return "Commande invalide : \(error). Lancez « ctg --help » pour la liste des commandes."
    default: break
    }
    let detail = String(reflecting: error)
    if detail.contains("Address already in use") {
        return "Le port demandé est déjà utilisé par un autre programme : arrêtez-le ou choisissez un autre port avec --port."
    }
    if detail.contains("PSQLError") {
        return "La base PostgreSQL indiquée par DATABASE_URL ne répond pas ou refuse la connexion. Détail : \(detail)"
    }
    if detail.contains("cantOpen") {
        return "Impossible d'ouvrir la base SQLite : vérifiez que le dossier existe et est accessible en écriture (--db ou CTG_DB)."
    }
    return String(describing: error)
}
