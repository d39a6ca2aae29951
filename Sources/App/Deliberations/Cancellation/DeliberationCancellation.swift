import CTGCore
import Fluent
import Vapor

/// « Annuler cette délibération » and « Rétablir » on one deliberation (its séance stays).
enum DeliberationCancellation {
    @Sendable static func confirm(req: Request) async throws -> Response {
        let (row, _) = try await target(req)
        guard !row.isCancelled else { return try await back(req, row) }
        return try await req.view.render("confirm", try await page(req, row)).encodeResponse(for: req)
    }

    @Sendable static func cancel(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let (row, territoryID) = try await target(req)
        if let early = try await CancellationController.precheck(req) { return early }
        let (posted, reason, refusal) = CancellationController.postedReason(req)
        guard let reason else {
            return try await DeliberationsAdmin.refuse(req, view: "confirm", try await page(req, row, reason: posted, error: refusal))
        }
        let id = try row.requireID()
        let location = try await req.territoryScope().path(.deliberation(number: row.number))
        let response = try await CancellationController.once(req) { tx in
            try await CancellationRecorder.cancelDeliberation(id: id, territoryID: territoryID, reason: reason, user: user, on: tx)
            return location
        }
        req.flash("Délibération annulée. Elle n'apparaît plus sur les pages publiques ni dans les exports ; « Rétablir » la fait revenir.")
        return response
    }

    @Sendable static func reinstate(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let (row, territoryID) = try await target(req)
        let id = try row.requireID()
        try await req.db.writeTransaction { tx in
            try await CancellationRecorder.reinstate(.init(target: .deliberation, id: id), territoryID: territoryID,
                                                     entryID: nil, user: user, on: tx)
        }
        req.flash("Délibération rétablie.")
        return try await back(req, row)
    }

    private static func page(_ req: Request, _ row: Deliberation, reason: String = "", error: String? = nil) async throws -> ConfirmPage {
        let scope = try await req.territoryScope()
        var page = ConfirmPage(layout: req.layout(title: "Annuler la délibération n° \(row.number)"),
                               question: "Annuler la délibération n° \(row.number) (« \(row.subject) »), enregistrée par erreur ? "
                                   + "Sa séance et les autres délibérations de la séance restent.",
                               action: scope.path(.cancellation(.deliberation(number: row.number))),
                               cancelHref: scope.path(.deliberation(number: row.number)))
        CancellationController.fill(&page, reason: reason, error: error, what: "la délibération")
        page.button = "Annuler cette délibération"
        page.back = "Revenir à la délibération sans rien changer"
        return page
    }

    private static func back(_ req: Request, _ row: Deliberation) async throws -> Response {
        req.redirect(to: try await req.territoryScope().path(.deliberation(number: row.number)), redirectType: .normal)
    }

    /// The deliberation of the coordinateur's own territory, cancelled or not.
    private static func target(_ req: Request) async throws -> (Deliberation, Int) {
        let territory = try await DeliberationsAdmin.territory(for: req)
        let territoryID = try territory.requireID()
        guard let row = try await Deliberation.query(on: req.db).filter(\.$territory.$id == territoryID)
            .filter(\.$number == (req.parameters.get("number") ?? "")).first() else {
            throw AppError.notFound("Cette délibération n'existe pas.")
        }
        return (row, territoryID)
    }
}
