import Vapor

/// Renders every error as a French page (or French JSON under /api), so a user
/// never sees Vapor's English default or a stack trace.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            var (status, message) = Self.describe(error, logger: request.logger)
            var allow: [HTTPMethod] = []
            if error is RouteNotFound || error is NotATerritoryAddress {
                // No route for this method: if the address exists with other methods, it is a 405.
                allow = AllowedMethods.at(request.url.path, in: request.application.routes)
                if !allow.isEmpty { (status, message) = (.methodNotAllowed, HTTPStatusMessage.french(.methodNotAllowed)) }
            }
            let response = try await render(status: status, message: message, for: request)
            if !allow.isEmpty {
                response.headers.replaceOrAdd(name: .allow, value: allow.map(\.rawValue).joined(separator: ", "))
            }
            return response
        }
    }

    private func render(status: HTTPResponseStatus, message: String, for request: Request) async throws -> Response {
        if request.url.path.hasPrefix("/api/") {
            let response = Response(status: status)
            try response.content.encode(APIError(error: true, status: Int(status.code), reason: message))
            return response
        }
        let context = ErrorPage(layout: .init(title: Self.title(status: status, message: message), scope: request.resolvedTerritoryScope ?? request.userTerritoryScope), code: Int(status.code), message: message)
        let response = try await request.view.render("error", context).encodeResponse(for: request).get()
        response.status = status
        return response
    }

    /// "Erreur 404 : Cette mesure n'existe pas (ou plus)…": the status and the cause, so two
    /// error pages in a browser's history or tabs are told apart.
    static func title(status: HTTPResponseStatus, message: String) -> String {
        let cause = message.count > 90 ? String(message.prefix(89)) + "…" : message
        return "Erreur \(status.code) : \(cause)"
    }

    static func describe(_ error: Error, logger: Logger) -> (HTTPResponseStatus, String) {
        switch error {
        case let error as AppError:
            return (error.status, error.reason)
        case is NotATerritoryAddress:
            return (.notFound, HTTPStatusMessage.french(.notFound))
        case let abort as AbortError:
            // A 5xx abort (a broken template, say) is our bug, not the user's: keep it in the log.
            // Vapor's English reason of a 4xx (a decoder's message, say) is for the log only.
            let code = abort.status.code
            logger.reportEscaped(error, level: code >= 500 ? .error : [400, 415, 422].contains(code) ? .info : .debug)
            return (abort.status, HTTPStatusMessage.french(abort.status))
        default:
            logger.reportEscaped(error)
            return (.internalServerError, HTTPStatusMessage.french(.internalServerError))
        }
    }
}

struct APIError: Content {
    var error: Bool
    var status: Int
    var reason: String
}

struct ErrorPage: Encodable {
    var layout: Layout
    var code: Int
    var message: String
}
