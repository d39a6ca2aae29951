import NIOCore
import Vapor

/// Stops the app in the order a restart needs. Vapor's own `asyncShutdown`
/// closes the databases (a lifecycle handler) before the HTTP server (stored
/// with the serve command), so a request still in flight at SIGTERM reached a
/// closed database and crashed the process. Here the server goes first: it stops
/// accepting, lets in-flight requests finish within `drainTimeout`, and only then
/// are the databases closed: once the last request has left its handler, even when the
/// server's drain gave up first (a loaded machine).
public func shutDownInOrder(_ app: Application) async throws {
    await app.http.server.shared.shutdown()
    let drain = app.requestDrain
    if drain.running > 0 {
        app.logger.notice("Arrêt : attente des requêtes encore en cours (\(drain.running)) avant de fermer la base.")
        await drain.waitUntilIdle()
    }
    try await app.asyncShutdown()
}

/// How long in-flight requests get to finish once a stop is asked for.
let drainTimeout: TimeAmount = .seconds(10)
