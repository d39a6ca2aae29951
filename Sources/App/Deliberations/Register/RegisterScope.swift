import Fluent
import Vapor

/// Which territory's register a request is about: the territory of its address.
enum RegisterScope {
    static func territory(for req: Request) async throws -> Territory {
        try await req.territoryScope().territory
    }
}
