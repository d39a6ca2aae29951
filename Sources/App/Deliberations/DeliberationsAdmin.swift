import Fluent
import Vapor

/// The register's back office: every route that changes data, behind one guard
/// (a signed-in coordinateur; CSRF is checked for every POST by `CSRFMiddleware`).
enum DeliberationsAdmin {
    static func register(on app: Application) {
        let coordinateur = app.signedIn(.coordinateur)
        coordinateur.get(.newSeance, use: SeanceController.new)
        coordinateur.post(.seances, use: SeanceController.create)
        coordinateur.post(.seanceAgenda(id: 0), use: SeanceController.addDeliberation)
        coordinateur.get(.seanceAttendance(id: 0), use: SeanceCorrection.edit)
        coordinateur.post(.seanceAttendance(id: 0), use: SeanceCorrection.save)
        coordinateur.post(.deliberationVote(number: ""), use: DeliberationEditController.recordVote)
        coordinateur.post(.deliberationFollowUp(number: ""), use: DeliberationEditController.recordFollowUp)
        coordinateur.get(.council, use: CouncilController.show)
        coordinateur.post(.councilMembers, use: CouncilController.addMember)
        coordinateur.post(.councilImport, use: CouncilController.importCSV).bodyLimit(BodyLimit.upload)
        coordinateur.get(.councilMemberRemoval(id: 0), use: CouncilRemoval.confirm)
        coordinateur.post(.councilMemberRemoval(id: 0), use: CouncilRemoval.remove)
        coordinateur.post(.registerSettings, use: CouncilController.saveSettings)
        coordinateur.get(.cancellation(.seance(id: 0)), use: CancellationController.confirmSeance)
        coordinateur.post(.cancellation(.seance(id: 0)), use: CancellationController.cancelSeance)
        coordinateur.post(.cancellation(.seanceReinstate(id: 0)), use: CancellationController.reinstateSeance)
        coordinateur.get(.cancellation(.deliberation(number: "")), use: DeliberationCancellation.confirm)
        coordinateur.post(.cancellation(.deliberation(number: "")), use: DeliberationCancellation.cancel)
        coordinateur.post(.cancellation(.deliberationReinstate(number: "")), use: DeliberationCancellation.reinstate)
    }

    /// The territory of the address, once the signed-in user is known to be its coordinateur
    /// (the sign-in middleware already refused other territories' users).
    static func territory(for req: Request) async throws -> Territory {
        let user = try req.requireRole(.coordinateur)
        let territory = try await req.territoryScope().territory
        guard territory.id == user.territoryID else { throw AppError.notFound(AccessDenied.notFound) }
        return territory
    }

    /// Whether the visitor may use the register's forms for `territoryID`.
    static func canEdit(_ req: Request, territoryID: Int?) -> Bool {
        guard let user = req.currentUser else { return false }
        return user.role == .coordinateur && user.isActive && user.territoryID == territoryID
    }

    /// The form again, with its French messages and the values typed: nothing was saved.
    static func refuse<Context: Encodable>(_ req: Request, view: String, _ context: Context) async throws -> Response {
        let response = try await req.view.render(view, context).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }
}
