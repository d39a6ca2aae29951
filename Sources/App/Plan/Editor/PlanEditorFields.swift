import CTGCore
import Fluent
import Vapor

/// Every field of the paper fiche-action, as the editor's form posts it: texts, and
/// lists typed one item per line (responsables, partenaires, indicateurs, résultats).
struct FicheFields: Equatable, Sendable {
    var title: String
    var diagnostic: String?
    var audience: String?
    var leads: [String]
    var partners: [String]
    var indicators: [String]
    var results: [String]

    /// Writes the fiche's texts and lists. Indicators and expected results are matched by
    /// their wording, so one kept keeps its measurements and assessments; one that carries
    /// follow-up cannot be dropped from the list (a French refusal, nothing written).
    func apply(to action: PlanAction, territoryID: Int, on db: any Database) async throws {
        action.title = title
        action.diagnostic = diagnostic
        action.audience = audience
        try await action.save(on: db)
        let actionID = try action.requireID()
        try await ActionOrganisation.query(on: db).filter(\.$action.$id == actionID).delete()
        for (role, labels) in [(ActionOrganisation.Role.lead, leads), (.partner, partners)] {
            for (position, label) in labels.enumerated() {
                let organisationID = try await PlanEditorRows.organisationID(named: label, territoryID: territoryID, on: db)
                try await ActionOrganisation(actionID: actionID, organisationID: organisationID, role: role,
                                             label: label, position: position).create(on: db)
            }
        }
        try await syncIndicators(actionID: actionID, code: action.code, on: db)
        try await syncResults(actionID: actionID, code: action.code, on: db)
    }

    private func syncIndicators(actionID: Int, code: String, on db: any Database) async throws {
        var existing = try await Indicator.query(on: db).filter(\.$action.$id == actionID).sort(\.$position).all()
        for (position, label) in indicators.enumerated() {
            if let index = existing.firstIndex(where: { $0.label == label }) {
                existing[index].position = position
                try await existing.remove(at: index).save(on: db)
            } else {
                try await Indicator(actionID: actionID, label: label, position: position).create(on: db)
            }
        }
        for gone in existing {
            let id = try gone.requireID()
            let followUp = try await MeasurementEntry.query(on: db).filter(\.$indicator.$id == id).count()
                + IndicatorTarget.query(on: db).filter(\.$indicator.$id == id).count()
            // Its settings (kind, unit, baseline…) were typed by someone too.
            let settings = [gone.kindRaw, gone.unit, gone.baselineDate, gone.periodicityRaw, gone.directionRaw,
                            gone.computedSource].contains { $0 != nil } || gone.baselineValue != nil
            if followUp > 0 || settings {
                throw AppError.conflict("L'indicateur « \(gone.label) » de la fiche \(code) a des mesures, des cibles ou des "
                    + "réglages : il ne peut pas être retiré de la liste.")
            }
            try await gone.delete(on: db)
        }
    }

    private func syncResults(actionID: Int, code: String, on db: any Database) async throws {
        var existing = try await ExpectedResult.query(on: db).filter(\.$action.$id == actionID).sort(\.$position).all()
        for (position, text) in results.enumerated() {
            if let index = existing.firstIndex(where: { $0.text == text }) {
                existing[index].position = position
                try await existing.remove(at: index).save(on: db)
            } else {
                try await ExpectedResult(actionID: actionID, text: text, position: position).create(on: db)
            }
        }
        for gone in existing {
            let assessed = try await ExpectedResultAssessment.query(on: db).filter(\.$expectedResult.$id == gone.requireID()).count()
            if assessed > 0 {
                throw AppError.conflict("Le résultat attendu « \(gone.text) » de la fiche \(code) a été évalué : "
                    + "il ne peut pas être retiré de la liste.")
            }
            try await gone.delete(on: db)
        }
    }
}

/// The fields of a sous-action row of the fiche's table.
struct SousActionFields: Sendable {
    var title: String
    var years: [Int]
    var staff: String?
    var funders: [String]

    func apply(to sousAction: SousAction, territoryID: Int, on db: any Database) async throws {
        sousAction.title = title
        sousAction.years = years
        sousAction.staff = staff
        try await sousAction.save(on: db)
        let id = try sousAction.requireID()
        try await SousActionFunder.query(on: db).filter(\.$sousAction.$id == id).delete()
        for (position, label) in funders.enumerated() {
            let organisationID = try await PlanEditorRows.organisationID(named: label, territoryID: territoryID, on: db)
            try await SousActionFunder(sousActionID: id, organisationID: organisationID, label: label, position: position)
                .create(on: db)
        }
    }
}
