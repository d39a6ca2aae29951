import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// Database errors that concurrent users cause, recognised on both engines and
/// turned into the French sentences the rest of the app gives.
enum DatabaseFailure {
    static let busy = AppError.unavailable(
        "La base de données est occupée par un autre enregistrement. Réessayez dans un instant : rien n'a été enregistré.")

    /// A lock wait that ran out (SQLite) or a transaction the server had to abort
    /// (PostgreSQL serialization failure or deadlock) becomes a French 503; others pass.
    static func translate(_ error: any Error) -> any Error {
        if let error = error as? SQLiteError {
            switch error.reason {
            case .busy, .busyInRecovery, .busyInSnapshot, .busyTimeout, .locked, .lockedBySharedCache: return busy
            default: return error
            }
        }
        if let state = sqlState(error), state == "40001" || state == "40P01" || state == "55P03" {
            return busy
        }
        return error
    }

    /// True for a UNIQUE (or primary key) violation, on SQLite and PostgreSQL (23505).
    static func isUniqueViolation(_ error: any Error) -> Bool {
        if let error = error as? SQLiteError {
            return [.constraintUniqueFailed, .constraintPrimaryKeyFailed, .constraintUniqueRowIDFailed].contains(error.reason)
        }
        return sqlState(error) == "23505"
    }

    /// Runs `body`; when it loses a race to create the same thing as someone else
    /// (a unique constraint fails), throws `duplicate` instead: the French refusal
    /// the sequential path gives for the same input.
    static func refusingDuplicates<T>(_ duplicate: @autoclosure () -> AppError,
                                      _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where isUniqueViolation(error) {
            throw duplicate()
        }
    }

    private static func sqlState(_ error: any Error) -> String? {
        guard let error = error as? PSQLError, error.code == .server else { return nil }
        return error.serverInfo?[.sqlState]
    }
}
