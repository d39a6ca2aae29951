import FluentSQLiteDriver
import Vapor

extension DatabaseSetup {
    /// SQLite in WAL mode lets pages be read while someone writes, and lets a
    /// second process (`ctg import` beside the server) wait for the write lock
    /// instead of failing. The mode is stored in the database file, so setting it
    /// once, before anything else runs, covers every connection of every process.
    /// A failure here is only logged: the database still works, with more waiting.
    static func useWriteAheadLog(_ app: Application) async {
        guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        do {
            try await sql.raw("PRAGMA journal_mode = WAL").run()
        } catch {
            app.logger.warning("Impossible de passer la base SQLite en mode WAL : \(String(reflecting: error))")
        }
    }
}
