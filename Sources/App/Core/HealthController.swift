import Fluent
import SQLKit
import Vapor

enum HealthController {
    /// 200 when the database answers a query, 503 otherwise.
    @Sendable static func check(req: Request) async throws -> Response {
        guard let sql = req.db as? any SQLDatabase else {
            throw AppError.unavailable("La base de données ne répond pas.")
        }
        do {
            _ = try await sql.raw("SELECT 1").all()
        } catch {
            throw AppError.unavailable("La base de données ne répond pas.")
        }
        return Response(status: .ok, body: .init(string: "ok"))
    }

    @Sendable static func live(req: Request) -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .init(staticString: "ok"))
    }
}
