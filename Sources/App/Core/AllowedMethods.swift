import CTGCore
import Vapor

/// Which methods the site's routes accept at a path. The router answers 404
/// for a known address asked with the wrong method (a POST on a page, a GET on a
/// form's target); with this list the error page answers 405 and an `Allow` header.
enum AllowedMethods {
    /// The methods registered for `path`, HEAD included wherever GET is (Vapor answers HEAD from GET).
    static func at(_ path: String, in routes: Routes) -> [HTTPMethod] {
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        var methods: [HTTPMethod] = []
        for route in routes.all where matches(route.path, components) && !methods.contains(route.method) {
            methods.append(route.method)
        }
        if methods.contains(.GET) && !methods.contains(.HEAD) { methods.append(.HEAD) }
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    /// Matches like Vapor's router: constants exactly, `:name` and `*` one component, `**` the rest.
    static func matches(_ route: [PathComponent], _ path: [Substring]) -> Bool {
        let route = route.filter { if case .constant("") = $0 { return false } else { return true } }
        var index = 0
        for component in route {
            switch component {
            case .catchall:
                return index < path.count
            case .constant(let value):
                guard index < path.count, path[index] == value else { return false }
            case .parameter(let name) where name == TerritoryRef.parameter:
                // A territory's pages never answer under a word the instance keeps for itself.
                guard index < path.count, TerritorySlug.isValid(String(path[index])) else { return false }
            case .parameter, .anything:
                guard index < path.count else { return false }
            }
            index += 1
        }
        return index == path.count
    }
}
