import CTGCore
import Fluent
import Vapor

/// The coordinateur's changes to one deliberation: its vote, then its transmission and
/// publication. A refused entry shows the page again with the French reasons; nothing is saved.
enum DeliberationEditController {
    @Sendable static func recordVote(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let entry = try await find(req)
        let form = try req.content.decode(AgendaItemForm.self)
        var fields = RegisterFormFields()
        let vote = fields.vote(form)
        var errors = fields.errors
        if vote == nil { errors.append("Saisissez le vote : au moins le nombre de voix « pour ».") }
        if let seance = entry.seance, let date = entry.sessionDate, let vote, errors.isEmpty {
            errors += SessionValidation.validate(facts: SessionFacts(seance: seance, vote: vote), sessionDate: date)
        } else if entry.seance == nil {
            errors.append("La séance de cette délibération n'est pas enregistrée : le vote ne peut pas être contrôlé.")
        }
        let row = entry.deliberation
        let before = row.voteTally
        if errors.isEmpty {
            // A vote that turns an adopted, already published act into a rejected one is refused by the life cycle.
            row.record(vote: vote)
            if case .failure(let failure) = entry.lifecycle { errors.append(failure.message) }
            row.record(vote: before)
        }
        guard errors.isEmpty, let vote, let seance = entry.seance else {
            let edit = DeliberationEditForms(entry, scope: try await req.territoryScope(), vote: form, voteErrors: errors)
            return try await DeliberationsAdmin.refuse(req, view: "deliberation", try await DeliberationPage.build(req: req, entry: entry, edit: edit))
        }
        row.record(vote: vote)
        row.copy(seance)
        try await req.db.writeTransaction { tx in
            try await CancellationRecorder.requireStanding(deliberationID: row.requireID(), on: tx)
            try await row.save(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: row.$territory.id, entity: .deliberation,
                                   entityID: row.id, field: "Vote de la délibération \(row.number)",
                                   before: before.map(describe), after: describe(vote))
        }
        return req.redirect(to: scope.path(.deliberation(number: row.number)), redirectType: .normal)
    }

    @Sendable static func recordFollowUp(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let entry = try await find(req)
        let form = try req.content.decode(FollowUpForm.self)
        var fields = RegisterFormFields()
        let received = fields.date(form.receivedOn, "Accusé de réception de la préfecture")
        let published = fields.date(form.publishedOn, "Date de publication")
        var mode: PublicationMode?
        if let raw = fields.text(form.publicationMode) {
            mode = PublicationMode(rawValue: raw)
            if mode == nil { fields.fail("Le mode de publication « \(raw) » est inconnu.") }
        }
        if mode != nil, fields.text(form.publishedOn) == nil {
            fields.fail("Indiquez la date de publication qui accompagne le mode de publication.")
        }
        let code = fields.matiereCode(form.matiereCode)
        let nom = fields.text(form.matiereNom)
        if code != nil, nom == nil {
            fields.fail("Indiquez l'intitulé de la matière, par exemple « domaines de compétences par thèmes/aide sociale ».")
        }
        var errors = fields.errors
        if errors.isEmpty, case .failure(let failure) = entry.lifecycle(transmitted: received, published: published, mode: mode) {
            errors.append(failure.message)
        }
        guard errors.isEmpty else {
            let edit = DeliberationEditForms(entry, scope: try await req.territoryScope(), followUp: form, followUpErrors: errors)
            return try await DeliberationsAdmin.refuse(req, view: "deliberation", try await DeliberationPage.build(req: req, entry: entry, edit: edit))
        }
        let row = entry.deliberation
        let before = summary(row)
        row.receivedOn = received?.description
        row.publishedOn = published?.description
        row.publicationMode = mode?.rawValue
        row.matiereCode = code
        row.matiereNom = nom
        try await req.db.writeTransaction { tx in
            try await CancellationRecorder.requireStanding(deliberationID: row.requireID(), on: tx)
            try await row.save(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: row.$territory.id, entity: .deliberation,
                                   entityID: row.id, field: "Suivi de la délibération \(row.number)",
                                   before: before, after: summary(row))
        }
        return req.redirect(to: scope.path(.deliberation(number: row.number)), redirectType: .normal)
    }

    /// The deliberation of the coordinateur's own territory; another territory's is "not found".
    private static func find(_ req: Request) async throws -> RegisterEntry {
        let territory = try await DeliberationsAdmin.territory(for: req)
        let entry = try await RegisterEntry.find(number: req.parameters.get("number") ?? "", territory: territory,
                                                 allowCancelled: true, on: req.db)
        guard !entry.deliberation.isCancelled else { throw CancellationError.deliberationCancelled }
        return entry
    }

    static func describe(_ vote: VoteTally) -> String {
        "\(vote.pour) pour, \(vote.contre) contre, \(FrenchCount.phrase(vote.abstentions, "abstention")), \(vote.nePrendPasPart) ne prenant pas part"
    }

    private static func summary(_ row: Deliberation) -> String {
        ["AR \(row.receivedOn ?? "—")", "publication \(row.publishedOn ?? "—") (\(row.publicationMode ?? "mode non précisé"))",
         "matière \(row.matiereCode ?? "—")"].joined(separator: ", ")
    }
}
