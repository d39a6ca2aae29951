import Fluent
import Vapor

/// Before territories had their own space (issue 8), a territory's pages lived at the
/// root (`/plan`, `/suivi?convention=2`). Those addresses still work: they answer 301
/// (308 for a form post, which keeps its method and body) to the same page of the
/// territory of `?convention=`, or of the default territory (the first one created),
/// so bookmarks and printed links keep working. One rule for every page, no list of routes.
struct LegacyAddressRedirect: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        let first = path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        guard TerritoryPage.legacyRoots.contains(first) else { return try await next.respond(to: request) }
        guard let slug = try await Self.territorySlug(for: request) else { return try await next.respond(to: request) }
        let query = request.url.query.map { "?" + $0 } ?? ""
        let status: HTTPResponseStatus = [.GET, .HEAD].contains(request.method) ? .movedPermanently : .permanentRedirect
        let response = Response(status: status)
        response.headers.replaceOrAdd(name: .location, value: "/" + slug + path + query)
        return response
    }

    private struct ConventionQuery: Decodable { var convention: String? }

    private static func territorySlug(for request: Request) async throws -> String? {
        if let raw = (try? request.query.decode(ConventionQuery.self))?.convention, let id = Int(raw),
           let convention = try await Convention.query(on: request.db).filter(\.$id == id).with(\.$territory).first() {
            return convention.territory.slug
        }
        return try await Territory.query(on: request.db).sort(\.$id).first()?.slug
    }
}
