import Vapor

/// Domain errors a user can cause. Each carries the French sentence shown to them.
enum AppError: Error, Sendable {
    case notFound(String)
    case invalidInput(String)
    case conflict(String)
    case forbidden(String)
    case unavailable(String)
}

extension AppError: AbortError {
    var status: HTTPResponseStatus {
        switch self {
        case .notFound: return .notFound
        case .invalidInput: return .badRequest
        case .conflict: return .conflict
        case .forbidden: return .forbidden
        case .unavailable: return .serviceUnavailable
        }
    }

    var reason: String {
        switch self {
        case .notFound(let m), .invalidInput(let m), .conflict(let m), .forbidden(let m), .unavailable(let m):
            return m
        }
    }
}

extension AppError: CustomStringConvertible {
    var description: String { reason }
}

/// The sentence to show on the command line for any error that reaches the top.
public func userMessage(for error: any Error) -> String {
    switch error {
    case let error as AppError: return error.reason
    case let error as CommandFailure: return error.description
    case let error as CommandError: return "Commande invalide : \(error)"
    default: return String(describing: error)
    }
}
