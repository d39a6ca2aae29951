import Fluent
import Vapor

/// Budget lines follow their financeur when two organisations are merged (`OrganisationMerge`).
/// Two lines for the same sous-action and year would become one: their amounts are not added up
/// behind anyone's back, the merge is refused and says which lines to settle first.
enum BudgetLineMerge {
    /// Moves `from`'s lines to `into`, in the merge's transaction; returns the ids that moved.
    static func move(from: Organisation, into: Organisation, on tx: any Database) async throws -> [Int] {
        let fromID = try from.requireID()
        let intoID = try into.requireID()
        let moving = try await BudgetLine.query(on: tx).filter(\.$organisation.$id == fromID).all()
        guard !moving.isEmpty else { return [] }
        let kept = try await BudgetLine.query(on: tx).filter(\.$organisation.$id == intoID)
            .filter(\.$sousAction.$id ~~ Array(Set(moving.map { $0.$sousAction.id }))).all()
        let taken = Set(kept.map { "\($0.$sousAction.id)/\($0.year)" })
        let clashes = moving.filter { taken.contains("\($0.$sousAction.id)/\($0.year)") }
        if !clashes.isEmpty {
            let years = Set(clashes.map(\.year)).sorted().map(String.init).joined(separator: ", ")
            throw AppError.conflict("« \(from.name) » et « \(into.name) » ont chacune une ligne de budget pour la même sous-action "
                + "(années \(years)) : supprimez ou regroupez l'une des deux avant de fusionner.")
        }
        try await BudgetLine.query(on: tx).filter(\.$organisation.$id == fromID).set(\.$organisation.$id, to: intoID).update()
        return moving.compactMap(\.id)
    }

    /// Undoing the merge: the lines that moved, and still belong to the survivor, go back.
    static func moveBack(_ ids: [Int], from intoID: Int, to restoredID: Int, on db: any Database) async throws {
        guard !ids.isEmpty else { return }
        try await BudgetLine.query(on: db).filter(\.$id ~~ ids).filter(\.$organisation.$id == intoID)
            .set(\.$organisation.$id, to: restoredID).update()
    }
}
