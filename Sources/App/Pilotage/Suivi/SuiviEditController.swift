import CTGCore
import Fluent
import Vapor

/// The fiche's follow-up writes: a status entry and the calendar of a sous-action.
/// Whoever may edit the fiche may use them (`requireEdit`); CSRF is checked by
/// `CSRFMiddleware`. Each change and its audit entry share one transaction.
enum SuiviEditController {
    static func register(on app: Application) {
        // Any signed-in user: `requireEdit` then gives the lecteur and the other référents their own French refusal.
        let editors = app.signedIn()
        editors.post(.sousActionStatus(code: "", sousActionID: 0), use: recordStatus)
        editors.post(.sousActionCalendar(code: "", sousActionID: 0), use: saveCalendar)
    }

    @Sendable static func recordStatus(req: Request) async throws -> Response {
        let (sub, action, convention) = try await target(req)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(StatusForm.self)
        let today = req.pilotageToday
        let valid: StatusForm.Valid
        switch form.validate(conventionYears: convention.years, today: today) {
        case .success(let v): valid = v
        case .failure(let e):
            return try await refuse(req, convention, SuiviDraft(sousActionID: try sub.requireID(), form: .status(form), errors: e.messages))
        }
        let user = try req.requireUser()
        let subID = try sub.requireID()
        let location = try await back(req, action: action, convention: convention, sousActionID: subID, notice: "statut")
        return try await FormSubmissions.once(req) { tx in
            // "Before" is what the fiche showed for that year: the status carried over from earlier years counts.
            let entries = try await StatusHistory.load(sousActionID: subID, on: tx)
            let previous = PlanSnapshotQuery.subAction(sub, history: [subID: entries]).recordedStatus(asOf: valid.year)
            let entry = SousActionStatusEntry(sousActionID: subID, year: valid.year, status: valid.status, comment: valid.comment,
                                              recordedOn: valid.date.description, authorID: user.id)
            try await entry.create(on: tx)
            let note = [valid.comment.map { "commentaire : « \($0) »" }, "constaté le \(valid.date.frenchDescription)"]
                .compactMap { $0 }.joined(separator: ", ")
            try await Audit.record(on: tx, user: user, action: action, entity: .sousAction, entityID: subID,
                                   field: "Statut \(valid.year) — sous-action \(sub.suiviLabel)",
                                   before: previous.label, after: valid.status.label,
                                   summary: "Sous-action \(sub.suiviLabel) — statut \(valid.year) : « \(previous.label) » → « \(valid.status.label) » (\(note))")
            return location
        }
    }

    @Sendable static func saveCalendar(req: Request) async throws -> Response {
        let (sub, action, convention) = try await target(req)
        let form = try req.content.decode(CalendarForm.self)
        let subID = try sub.requireID()
        let before = sub.years
        let years: [Int]
        switch form.validate(conventionYears: convention.years, current: before) {
        case .success(let y): years = y
        case .failure(let e): return try await refuse(req, convention, SuiviDraft(sousActionID: subID, form: .calendar(form), errors: e.messages))
        }
        if years != before {
            let user = try req.requireUser()
            try await req.db.writeTransaction { tx in
                sub.years = years
                try await sub.save(on: tx)
                try await Audit.record(on: tx, user: user, action: action, entity: .sousAction, entityID: subID,
                                       field: "Calendrier — sous-action \(sub.suiviLabel)",
                                       before: SuiviFormat.years(before), after: SuiviFormat.years(years),
                                       summary: "Sous-action \(sub.suiviLabel) — années prévues : \(SuiviFormat.years(before)) → \(SuiviFormat.years(years))")
            }
        }
        return req.redirect(to: try await back(req, action: action, convention: convention, sousActionID: subID, notice: "calendrier"),
                            redirectType: .normal)
    }

    /// The sous-action, its fiche and convention, once the user is known to be allowed to edit it.
    /// The fiche code in the address must be the sous-action's own: a mismatched link is a 404.
    private static func target(_ req: Request) async throws -> (SousAction, PlanAction, Convention) {
        guard let id = req.parameters.get("sousActionID", as: Int.self) else {
            throw AppError.notFound("Cette sous-action n'existe pas.")
        }
        let sub = try await req.requireEdit(sousActionID: id)
        guard let action = try await PlanAction.find(sub.$action.id, on: req.db),
              action.code == req.parameters.get("code"),
              let convention = try await Convention.find(action.$convention.id, on: req.db) else {
            throw AppError.notFound("Cette sous-action n'appartient pas à la fiche « \(req.parameters.get("code") ?? "") ».")
        }
        return (sub, action, convention)
    }

    private static func back(_ req: Request, action: PlanAction, convention: Convention, sousActionID: Int,
                             notice: String) async throws -> String {
        let ref = try await req.territoryScope().ref(for: try convention.requireID())
        // The in-place form of /suivi brings the user back to the table, on the same line.
        if notice == "statut", req.content[String.self, at: "retour"] == "suivi" {
            return ref.url(.suivi).path(query: [("enregistre", "statut")]) + "#sa-\(sousActionID)"
        }
        return ref.url(.fiche(code: action.code)).path(query: [("suivi", notice)]) + "#sa-\(sousActionID)"
    }

    /// The fiche again with the messages and the values typed, status 422: nothing was saved.
    /// The form's address carries `?convention=`, so the fiche shown is the sous-action's own.
    private static func refuse(_ req: Request, _ convention: Convention, _ draft: SuiviDraft) async throws -> Response {
        guard try await req.conventionID() == convention.id else {
            throw AppError.invalidInput(draft.errors.joined(separator: " "))
        }
        req.suiviDraft = draft
        let response = try await FicheController.show(req: req).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }
}

extension SousAction {
    /// How the journal names a sous-action: its number, or its title when the document gives none (2-2-1).
    var suiviLabel: String { code ?? "« \(title) »" }
}
