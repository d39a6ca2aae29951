import CTGCore
import Fluent
import Vapor

/// The writes of budget lines, each with its journal entry in the caller's transaction.
enum BudgetWriter {
    /// Creates the line, or updates it: the one being edited, else the one already stored for the
    /// same sous-action, year and financeur (a second row for them is what UNIQUE forbids).
    static func save(_ input: BudgetLineInput, editing: Int?, visit: BudgetVisit, financeur: String,
                     on tx: any Database) async throws {
        let same = try await BudgetLine.query(on: tx).filter(\.$sousAction.$id == visit.subID)
            .filter(\.$year == input.year).filter(\.$organisation.$id == input.financeurID).first()
        var line = same
        if let editing {
            line = try await visit.line(editing, on: tx)
            if let same, same.id != editing {
                throw AppError.conflict("Une ligne existe déjà pour \(financeur) en \(input.year) : modifiez-la plutôt que d'en créer une seconde.")
            }
        }
        let names = try await visit.financeurs(on: tx)
        let before = line.map { $0.describe(financeur: names[$0.$organisation.id] ?? "—") }
        let row = line ?? BudgetLine(territoryID: visit.scope.territoryID, conventionID: visit.conventionID,
                                     sousActionID: visit.subID, input: input)
        row.apply(input)
        try await row.save(on: tx)
        let after = row.describe(financeur: financeur)
        try await Audit.record(on: tx, user: visit.user, action: visit.action, entity: .budgetLine, entityID: row.id,
                               field: "sous-action \(visit.sub.suiviLabel)", before: before, after: after)
    }

    static func remove(_ line: BudgetLine, visit: BudgetVisit, financeur: String, on tx: any Database) async throws {
        let id = try line.requireID()
        try await line.delete(on: tx)
        let audit = try await Audit.record(on: tx, user: visit.user, action: visit.action, entity: .budgetLine, entityID: id,
                                           field: "sous-action \(visit.sub.suiviLabel)",
                                           before: line.describe(financeur: financeur))
        try await DeletedRow.keep(line, kind: .budgetLine, deletion: audit, on: tx)
    }
}

/// « Restaurer » in the journal: the deleted line comes back, unless one was entered since for
/// the same sous-action, year and financeur (then the journal says so and changes nothing).
enum BudgetLineRestore {
    static func restore(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let line = try kept.decoded(BudgetLine.self)
        line.id = nil
        guard let sub = try await SousAction.find(line.$sousAction.id, on: db),
              let action = try await PlanAction.find(sub.$action.id, on: db),
              let financeur = try await Organisation.find(line.$organisation.id, on: db) else {
            throw AppError.conflict("La sous-action ou le financeur de cette ligne de budget n'existe plus : elle ne peut pas être restaurée.")
        }
        let clash = try await BudgetLine.query(on: db).filter(\.$sousAction.$id == line.$sousAction.id)
            .filter(\.$year == line.year).filter(\.$organisation.$id == line.$organisation.id).count()
        guard clash == 0 else {
            throw AppError.conflict("Une ligne de budget \(line.year) pour \(financeur.name) a été saisie depuis : celle-ci ne peut pas être restaurée.")
        }
        try await line.create(on: db)
        try await Audit.record(on: db, user: user, action: action, entity: .budgetLine, entityID: line.id,
                               field: "sous-action \(sub.suiviLabel) (ligne restaurée depuis le journal)",
                               after: line.describe(financeur: financeur.name))
    }
}
