import CTGCore
import Fluent

/// Writes one fiche and everything under it.
struct ActionWriter {
    var conventionID: Int
    var organisations: OrganisationDirectory
    var db: any Database

    func write(_ parsed: ParsedAction, objectifID: Int) async throws {
        let action = try await PlanAction.query(on: db)
            .filter(\.$convention.$id == conventionID).filter(\.$code == parsed.code).first()
            ?? PlanAction(objectifID: objectifID, conventionID: conventionID, code: parsed.code, title: parsed.title)
        action.$objectif.id = objectifID
        action.title = parsed.title
        action.outlineTitle = parsed.outlineTitle
        action.diagnostic = parsed.diagnostic
        action.audience = parsed.audience
        try await action.save(on: db)
        let actionID = try action.requireID()
        try await writeOrganisations(parsed, actionID: actionID)
        try await writeSubActions(parsed.subActions, actionID: actionID)
        try await KeyedSync.sync(Indicator.self, parent: \.$action, parentID: actionID, values: parsed.indicators,
                                 keys: ({ PlanKeys.text($0.label) }, PlanKeys.text),
                                 make: { Indicator(actionID: actionID, label: $0, position: $1) },
                                 update: { $0.label = $1 }, on: db)
        try await KeyedSync.sync(ExpectedResult.self, parent: \.$action, parentID: actionID,
                                 values: parsed.expectedResults, keys: ({ PlanKeys.text($0.text) }, PlanKeys.text),
                                 make: { ExpectedResult(actionID: actionID, text: $0, position: $1) },
                                 update: { $0.text = $1 }, on: db)
    }

    private func writeOrganisations(_ parsed: ParsedAction, actionID: Int) async throws {
        try await ActionOrganisation.query(on: db).filter(\.$action.$id == actionID).delete()
        let labels = parsed.leads.map { ($0, ActionOrganisation.Role.lead) } + parsed.partners.map { ($0, .partner) }
        try await labels.enumerated().map { position, pair in
            ActionOrganisation(actionID: actionID, organisationID: organisations.id(for: pair.0),
                               role: pair.1, label: pair.0, position: position)
        }.create(on: db)
    }

    private func writeSubActions(_ subActions: [ParsedSubAction], actionID: Int) async throws {
        let keys = { (code: String?, title: String) in PlanKeys.subAction(code: code, title: title) }
        let rows = try await KeyedSync.sync(
            SousAction.self, parent: \.$action, parentID: actionID, values: subActions,
            keys: ({ keys($0.code, $0.title) }, { keys($0.code, $0.title) }),
            make: { SousAction(actionID: actionID, code: $0.code, title: $0.title, position: $1) },
            update: { row, parsed in
                row.code = parsed.code
                row.title = parsed.title
                row.outlineTitle = parsed.outlineTitle
                row.years = parsed.years
                row.staff = parsed.staff
            }, on: db)
        // The fiche's funders are replaced in two statements, not two per sous-action.
        let ids = try rows.map { try $0.requireID() }
        if !ids.isEmpty { try await SousActionFunder.query(on: db).filter(\.$sousAction.$id ~~ ids).delete() }
        try await zip(ids, subActions).flatMap { id, parsed in
            parsed.funders.enumerated().map { position, label in
                SousActionFunder(sousActionID: id, organisationID: organisations.id(for: label), label: label, position: position)
            }
        }.create(on: db)
    }
}
