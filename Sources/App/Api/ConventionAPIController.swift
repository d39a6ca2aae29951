import Fluent
import Vapor

/// `GET /api/v1/conventions` and `GET /api/v1/conventions/{id}/plan`.
enum ConventionAPIController {
    struct ConventionSummary: Content {
        var id: Int
        var title: String
        var territory: String
        /// Null when the territory was created from a text that does not give it.
        var siren: String?
        var caf: String
        var startYear: Int
        var endYear: Int
        var planURL: String
    }

    @Sendable static func index(req: Request) async throws -> [ConventionSummary] {
        try await Convention.query(on: req.db).with(\.$territory).sort(\.$id).all().map {
            let id = try $0.requireID()
            return ConventionSummary(id: id, title: $0.title, territory: $0.territory.name, siren: $0.territory.siren,
                                     caf: $0.cafName, startYear: $0.startYear, endYear: $0.endYear,
                                     planURL: SiteURL.api(.plan(conventionID: id)).path)
        }
    }

    @Sendable static func plan(req: Request) async throws -> Response {
        guard let raw = req.parameters.get("id"), let id = Int(raw) else {
            throw AppError.invalidInput("L'identifiant de convention doit être un nombre entier.")
        }
        let (_, data) = try await PlanExport.document(conventionID: id, on: req.db)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
