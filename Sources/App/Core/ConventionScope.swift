import Vapor

/// Which convention a page shows: `?convention=ID`, or the latest one, since
/// one instance hosts every CTG of a CAF.
struct ConventionQuery: Content {
    var convention: Int?
}

extension Request {
    func conventionID() async throws -> Int {
        if let id = try query.decode(ConventionQuery.self).convention {
            return id
        }
        return try await PlanTree.defaultConventionID(on: db)
    }
}
