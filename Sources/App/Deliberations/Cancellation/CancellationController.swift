import CTGCore
import Fluent
import Vapor

/// « Annuler cette séance » / « Annuler cette délibération »: a confirmation asking for the
/// reason and naming what goes with it, then the cancellation; « Rétablir » undoes it.
/// Coordinateur only (routes in `DeliberationsAdmin`).
enum CancellationController {
    @Sendable static func confirmSeance(req: Request) async throws -> Response {
        let (seance, territory) = try await seance(req)
        guard !seance.isCancelled else { return try await back(req, seance: seance) }
        return try await req.view.render("confirm", try await seancePage(req, seance, territory: territory)).encodeResponse(for: req)
    }

    @Sendable static func cancelSeance(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let (seance, territory) = try await seance(req)
        if let early = try await precheck(req) { return early }
        let (posted, reason, refusal) = postedReason(req)
        guard let reason else {
            let page = try await seancePage(req, seance, territory: territory, reason: posted, error: refusal)
            return try await DeliberationsAdmin.refuse(req, view: "confirm", page)
        }
        let basis = (try? req.content.get(String.self, at: "basis")) ?? ""
        let (seanceID, territoryID) = (try seance.requireID(), try territory.requireID())
        let location = try await req.territoryScope().path(.seance(id: seanceID))
        let response = try await once(req) { tx in
            try await CancellationRecorder.cancelSeance(id: seanceID, territoryID: territoryID, basis: basis,
                                                        reason: reason, user: user, on: tx)
            return location
        }
        req.flash("Séance annulée. Elle n'apparaît plus sur les pages publiques ; « Rétablir » la fait revenir.")
        return response
    }

    @Sendable static func reinstateSeance(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let (seance, territory) = try await seance(req)
        let (seanceID, territoryID) = (try seance.requireID(), try territory.requireID())
        try await req.db.writeTransaction { tx in
            try await CancellationRecorder.reinstate(.init(target: .seance, id: seanceID), territoryID: territoryID,
                                                     entryID: nil, user: user, on: tx)
        }
        req.flash("Séance rétablie, avec les délibérations annulées en même temps qu'elle.")
        return try await back(req, seance: seance)
    }

    private static func seancePage(_ req: Request, _ seance: Seance, territory: Territory,
                                   reason: String = "", error: String? = nil) async throws -> ConfirmPage {
        let scope = try await req.territoryScope()
        let id = try seance.requireID()
        let agenda = try await CancellationRecorder.standing(ofSeance: id, on: req.db)
        let date = FrenchFormat.date(seance.sessionDate) ?? seance.sessionDate
        let along = agenda.isEmpty ? "Aucune délibération n'est inscrite à son ordre du jour."
            : agenda.count == 1 ? "Sa délibération est annulée avec elle :"
            : "Ses \(agenda.count) délibérations sont annulées avec elle :"
        var page = ConfirmPage(layout: req.layout(title: "Annuler la séance du \(date)"),
                               question: "Annuler la séance du \(date), enregistrée par erreur ? \(along)",
                               action: scope.path(.cancellation(.seance(id: id))), cancelHref: scope.path(.seance(id: id)))
        page.details = agenda.map { "Délibération n° \($0.number) : \($0.subject)" }
        page.basis = CancellationRecorder.basis(seance, agenda: agenda)
        fill(&page, reason: reason, error: error, what: "la séance")
        page.button = "Annuler cette séance"
        page.back = "Revenir à la séance sans rien changer"
        return page
    }

    /// A bare POST (no confirmation) goes back to the confirmation; a second click, to the first's answer.
    static func precheck(_ req: Request) async throws -> Response? {
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.path, redirectType: .normal) }
        return try await FormSubmissions.replay(req)
    }

    /// The posted reason as typed, and either the reason to keep or the French refusal.
    static func postedReason(_ req: Request) -> (posted: String, reason: String?, refusal: String?) {
        let posted = (try? req.content.get(String.self, at: "reason")) ?? ""
        switch CancellationReason.check(posted) {
        case .success(let text): return (posted, text, nil)
        case .failure(let refusal): return (posted, nil, refusal.message)
        }
    }

    /// The words common to both confirmations.
    static func fill(_ page: inout ConfirmPage, reason: String, error: String?, what: String) {
        page.reason = .init(label: "Motif de l'annulation (obligatoire, affiché au public)", value: reason, error: error)
        page.note = "L'annulation retire \(what) des pages publiques, du registre, des exports et de l'API ; "
            + "les coordinateurs la voient encore, marquée annulée. Elle est inscrite au journal : "
            + "« Rétablir » sur sa page, ou « Restaurer » dans le journal, la fait revenir."
    }

    /// A cancellation is written once: a second click on the same form gets the first answer,
    /// even when it arrived while the first was writing (it then finds the row already cancelled).
    static func once(_ req: Request, _ write: @escaping @Sendable (any Database) async throws -> String) async throws -> Response {
        do {
            return try await FormSubmissions.once(req, write)
        } catch let error as AppError {
            if case .conflict = error, let replay = try await FormSubmissions.replay(req) { return replay }
            throw error
        }
    }

    private static func back(_ req: Request, seance: Seance) async throws -> Response {
        req.redirect(to: try await req.territoryScope().path(.seance(id: try seance.requireID())), redirectType: .normal)
    }

    private static func seance(_ req: Request) async throws -> (Seance, Territory) {
        let territory = try await DeliberationsAdmin.territory(for: req)
        let (seance, owner) = try await SeanceController.find(req)
        guard owner.id == territory.id else { throw AppError.notFound("Cette séance n'existe pas.") }
        return (seance, territory)
    }
}
