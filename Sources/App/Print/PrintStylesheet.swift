import CTGCore
import Vapor

/// `/{territoire}/impression.css`: the `@page` rule that prints « Convention Territoriale
/// Globale — territoire » and the date in the top margin of every page (Ctrl+P). A
/// stylesheet rather than an inline `<style>` because the site's Content-Security-Policy
/// allows stylesheets from itself only; public, like the territory's name.
enum PrintStylesheet {
    @Sendable static func show(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let css = PrintPageRule.css(territory: scope.territory.name, date: req.pilotageToday.frenchDescription)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        // The date changes at midnight; an hour of staleness on paper is acceptable.
        headers.replaceOrAdd(name: .cacheControl, value: "max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: css))
    }
}
