import CTGCore
import Fluent
import Vapor

/// A request about one sous-action's budget: the sous-action, its fiche and convention, checked
/// to belong to the territory of the address (another territory's sous-action is a 404), and
/// whether the signed-in user may edit it (`AccessPolicy`, as the status form).
struct BudgetVisit: Sendable {
    var scope: TerritoryScope
    var user: User
    var sub: SousAction
    var subID: Int
    var action: PlanAction
    var convention: Convention
    var canEdit: Bool
    var ref: TerritoryRef

    static func load(_ req: Request, forWriting: Bool) async throws -> BudgetVisit {
        let scope = try await req.territoryScope()
        let user = try req.requireUser()
        guard AccessPolicy.reads(user, scope.territory) else { throw AppError.notFound(AccessDenied.notFound) }
        guard let id = req.parameters.get("sousActionID", as: Int.self) else {
            throw AppError.notFound("Cette sous-action n'existe pas.")
        }
        // Writing: the same refusals as the status form (lecteur, référent of another organisation).
        let found: SousAction?
        if forWriting { found = try await req.requireEdit(sousActionID: id) } else { found = try await SousAction.find(id, on: req.db) }
        guard let sub = found,
              let action = try await PlanAction.find(sub.$action.id, on: req.db), action.code == req.parameters.get("code"),
              let convention = try await Convention.find(action.$convention.id, on: req.db),
              convention.$territory.id == scope.territoryID else {
            throw AppError.notFound("Cette sous-action n'existe pas dans la fiche « \(req.parameters.get("code") ?? "") ».")
        }
        let canEdit = forWriting ? true : try await AccessPolicy.canEdit(user, action: action, on: req.db)
        return BudgetVisit(scope: scope, user: user, sub: sub, subID: id, action: action, convention: convention,
                           canEdit: canEdit, ref: scope.ref(for: try convention.requireID()))
    }

    var conventionID: Int { convention.id ?? 0 }
    var pagePath: String { ref.path(.budget(.sousAction(code: action.code, id: subID))) }

    func lines(on db: any Database) async throws -> [BudgetLine] {
        try await BudgetLine.query(on: db).filter(\.$sousAction.$id == subID)
            .sort(\.$year).sort(\.$id).all()
    }

    /// The line `lineID` of this sous-action, or a French 404.
    func line(_ lineID: Int?, on db: any Database) async throws -> BudgetLine {
        guard let lineID, let line = try await BudgetLine.query(on: db).filter(\.$id == lineID)
            .filter(\.$sousAction.$id == subID).first() else {
            throw AppError.notFound("Cette ligne de budget n'existe pas (ou plus) pour cette sous-action.")
        }
        return line
    }

    /// The territory's organisations, the financeurs a line may name, by id.
    func financeurs(on db: any Database) async throws -> [Int: String] {
        try await SuiviTable.organisationNames(territoryID: scope.territoryID, on: db)
    }
}
