import CTGCore
import Vapor

/// Logs each request's method and path, like Vapor's `RouteLoggingMiddleware`,
/// but with the decoded path escaped (`LogText`): a `%0A` in an address must not
/// start a forged line in the log.
struct RequestLogMiddleware: AsyncMiddleware {
    var level: Logger.Level = .info

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path.removingPercentEncoding ?? request.url.path
        request.logger.log(level: level, "\(request.method) \(LogText.escaped(path))")
        return try await next.respond(to: request)
    }
}

extension Logger {
    /// Logs an error whose description may carry user input (a form value, a path), escaped.
    func reportEscaped(_ error: any Error, level: Logger.Level = .error) {
        log(level: level, "\(LogText.escaped(String(reflecting: error)))")
    }
}
