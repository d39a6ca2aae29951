import CTGCore
import Fluent
import Vapor

/// `/seances/{id}/presences`: correcting a séance's attendance after it was saved (issue 13).
/// The header (date, place…) stays; the roll call and the counts written on the register
/// are re-entered, checked by the same rules as on creation for the séance and for every
/// vote already recorded, and the deliberations' copied counts follow in the same write.
enum SeanceCorrection {
    @Sendable static func edit(req: Request) async throws -> View {
        let (seance, territory) = try await SeanceController.find(req)
        _ = try await DeliberationsAdmin.territory(for: req)
        guard !seance.isCancelled else { throw CancellationError.seanceCancelled }
        let roster = try await CouncilRoster.load(territoryID: territory.requireID(), on: req.db)
        let form = SeanceForm(seance, roster: roster)
        return try await req.view.render("seance-attendance", try await page(req, seance, roster: roster, form: form))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let (seance, territory) = try await SeanceController.find(req)
        guard territory.id == user.territoryID else { throw AppError.notFound(AccessDenied.notFound) }
        let seanceID = try seance.requireID()
        let roster = try await CouncilRoster.load(territoryID: territory.requireID(), on: req.db)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let posted = try req.content.decode(SeanceForm.self)
        let basis = (try? req.content.get(String.self, at: "basis")) ?? ""
        // Only the roll call and the declared counts come from the form; the rest is the séance's.
        var form = SeanceForm(seance, roster: roster)
        form.rows = posted.rows
        form.declaredPresent = posted.declaredPresent
        form.declaredRepresented = posted.declaredRepresented
        form.declaredVoters = posted.declaredVoters
        var fields = RegisterFormFields()
        let draft = fields.seance(form, roster: roster)
        let agenda = try await Deliberation.query(on: req.db).filter(\.$seanceID == seanceID).all()
        let errors = fields.errors + (draft.map { issues($0, agenda: agenda) } ?? [])
        guard let draft, errors.isEmpty else {
            return try await DeliberationsAdmin.refuse(req, view: "seance-attendance",
                                                       try await page(req, seance, roster: roster, form: form, errors: errors))
        }
        let response = try await FormSubmissions.once(req) { tx in
            try await SeanceRecorder.correct(seanceID: seanceID, basis: basis, draft: draft, user: user, on: tx)
            return scope.path(.seance(id: seanceID))
        }
        req.flash("Liste d'émargement corrigée. L'état précédent reste dans le journal.")
        return response
    }

    /// The creation's refusals for the séance, then each recorded vote's, named by its number.
    static func issues(_ draft: SeanceDraft, agenda: [Deliberation]) -> [String] {
        var messages = draft.issues(vote: nil)
        for row in agenda.sorted(by: { ($0.agendaPosition ?? 0) < ($1.agendaPosition ?? 0) }) {
            guard let vote = row.voteTally else { continue }
            for message in draft.issues(vote: vote) where !messages.contains(message) {
                messages.append("Délibération n° \(row.number) : \(message)")
            }
        }
        return messages
    }

    private static func page(_ req: Request, _ seance: Seance, roster: CouncilRoster, form: SeanceForm,
                             errors: [String] = []) async throws -> SeanceFormPage {
        let scope = try await req.territoryScope()
        let date = FrenchFormat.date(seance.sessionDate) ?? seance.sessionDate
        var page = try await SeanceFormPage.build(req: req, roster: roster, form: form, errors: errors)
        page.layout = req.layout(title: "Corriger la liste d'émargement du \(date)")
        page.action = scope.path(.seanceAttendance(id: seance.id ?? 0))
        page.basis = SeanceRecorder.fingerprint(seance)
        page.seanceHref = scope.path(.seance(id: seance.id ?? 0))
        page.heading = "Séance du \(date)"
        return page
    }
}

extension SeanceForm {
    /// The form as the séance was saved, so that a correction starts from what is recorded.
    init(_ seance: Seance, roster: CouncilRoster) {
        self.init(date: seance.sessionDate, time: seance.sessionTime, place: seance.place,
                  convokedOn: seance.convokedOn, president: seance.president, secretary: seance.secretary,
                  secondConvocation: seance.secondConvocation ? "1" : nil,
                  declaredPresent: seance.declaredPresent.map(String.init),
                  declaredRepresented: seance.declaredRepresented.map(String.init),
                  declaredVoters: seance.declaredVoters.map(String.init),
                  rows: seance.orderedAttendances.map { line in
                      // The proxy holder is stored by name (the register's wording): found again by name.
                      let holder = line.status == .proxy ? roster.members.first { $0.name == line.otherName }?.id : nil
                      return Row(member: line.$member.id.map(String.init), status: line.status.rawValue,
                                 holder: holder.map(String.init))
                  })
    }
}
