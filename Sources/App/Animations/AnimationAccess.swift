import Fluent
import Vapor

/// Who runs an animation: the coordinateur of its territory, or a référent of its organiser.
enum AnimationAccess {
    static let refusal = "Seuls le coordinateur et les référents de l'organisation qui organise cette animation peuvent la gérer."

    static func mayManage(_ user: User, _ animation: Animation) -> Bool {
        guard user.isActive, user.territoryID == animation.$territory.id else { return false }
        switch user.role {
        case .coordinateur: return true
        case .referent: return user.organisationID != nil && user.organisationID == animation.$organisation.id
        default: return false
        }
    }

    /// The animation of the URL, if the signed-in user manages it; 404 or 403 in French otherwise.
    static func require(_ req: Request) async throws -> (User, Animation, TerritoryScope) {
        let user = try req.requireRole(.coordinateur, .referent)
        let scope = try await req.territoryScope()
        let animation = try await AnimationPageController.find(req, scope: scope)
        guard mayManage(user, animation) else { throw AppError.forbidden(refusal) }
        return (user, animation, scope)
    }
}
