import Vapor

/// Renders every error as a French page (or French JSON under /api), so a user
/// never sees Vapor's English default or a stack trace.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message) = Self.describe(error, logger: request.logger)
            if request.url.path.hasPrefix("/api/") {
                let response = Response(status: status)
                try response.content.encode(APIError(error: true, status: Int(status.code), reason: message))
                return response
            }
            let context = ErrorPage(layout: .init(title: "Erreur \(status.code)"),
                                    code: Int(status.code), message: message)
            let response = try await request.view.render("error", context).encodeResponse(for: request).get()
            response.status = status
            return response
        }
    }

    static func describe(_ error: Error, logger: Logger) -> (HTTPResponseStatus, String) {
        switch error {
        case let error as AppError:
            return (error.status, error.reason)
        case let abort as AbortError:
            // A 5xx abort (a broken template, say) is our bug, not the user's: keep it in the log.
            if abort.status.code >= 500 { logger.report(error: error) }
            return (abort.status, frenchReason(for: abort.status, fallback: abort.reason))
        default:
            logger.report(error: error)
            return (.internalServerError, frenchReason(for: .internalServerError, fallback: ""))
        }
    }

    private static func frenchReason(for status: HTTPResponseStatus, fallback: String) -> String {
        switch status.code {
        case 404: return "Cette page n'existe pas."
        case 401: return "Veuillez vous connecter pour accéder à cette page."
        case 403: return "Vous n'avez pas les droits nécessaires pour cette action."
        case 400: return "La requête est invalide." + (fallback.isEmpty ? "" : " (\(fallback))")
        case 413: return "Le fichier envoyé est trop volumineux."
        case 429: return "Trop de tentatives. Veuillez patienter avant de réessayer."
        default: return "Une erreur interne est survenue. Veuillez réessayer plus tard."
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
