import CTGCore
import Fluent
import Vapor

/// One deliberation: séance, attendance, legality verdict and why, life cycle, ACTES stamp, text.
struct DeliberationPage: Encodable {
    var layout: Layout
    var number: String
    var subject: String
    var sessionDate: String?
    var sessionTime: String?
    var convokedOn: String?
    var place: String?
    var president: String?
    var secretary: String?
    var membersInOffice: Int?
    var present: Int?
    var voters: Int?
    var attendance: AttendanceLists
    var verdict: VerdictView?
    var verdictMissing: String?
    var simulateValue: String
    var simulateError: String?
    var lifecycle: LifecycleView
    var actes: ActesView?
    var matiere: String?
    var body: [String]
    var conventionTitle: String?
    var conventionHref: String?
    var seanceHref: String?
    var extraitHref: String
    var scdlHref: String
    var simulateAction: String
    var edit: DeliberationEditForms?
    /// The signed act and its AR, published here (issue 13, « Fichiers »).
    var files: AttachmentLinks
    /// « Annuler cette délibération » or « Annulée — motif » and « Rétablir », for the coordinateur.
    var cancellation: CancellationView?

    static func build(req: Request, entry: RegisterEntry, simulate: String? = nil,
                      edit: DeliberationEditForms? = nil) async throws -> DeliberationPage {
        let row = entry.deliberation
        var simulateError: String?
        var simulated: CivilDate?
        if let raw = simulate?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            simulated = RegisterFormFields.parseDate(raw)
            if simulated == nil { simulateError = "La date « \(raw) » n'est pas valide : attendu JJ/MM/AAAA ou AAAA-MM-JJ." }
        }
        let check = entry.check(asOf: simulated)
        let attendance = entry.seance.map(AttendanceLists.init) ?? AttendanceLists(parsed: row.parsed)
        let canEdit = DeliberationsAdmin.canEdit(req, territoryID: row.$territory.id)
        let scope = try await req.territoryScope()
        let files = try await AttachmentLinks.load(.init(kind: .deliberation, id: try row.requireID()), scope: scope, req: req)
        return DeliberationPage(
            layout: canEdit ? req.layout(title: "Délibération \(row.number)") : Layout(title: "Délibération \(row.number)", scope: scope),
            number: row.number, subject: row.subject,
            sessionDate: FrenchFormat.date(row.sessionDate), sessionTime: FrenchFormat.time(row.sessionTime),
            convokedOn: FrenchFormat.date(row.convokedOn), place: row.place, president: row.president,
            secretary: row.secretary, membersInOffice: row.membersInOffice, present: row.presentCount,
            voters: row.votersCount, attendance: attendance,
            verdict: check.flatMap { check in row.voteTally.map { VerdictView(check, vote: $0, simulated: simulated != nil) } },
            verdictMissing: check == nil ? missingReason(entry) : nil,
            simulateValue: simulated?.description ?? (simulate ?? ""), simulateError: simulateError,
            lifecycle: LifecycleView(entry), actes: row.actesID.map(ActesView.init),
            matiere: row.matiereCode.map { code in [code, row.matiereNom].compactMap { $0 }.joined(separator: " — ") },
            body: (row.body ?? "").split(separator: "\n", omittingEmptySubsequences: true).map(String.init),
            conventionTitle: row.convention?.title,
            conventionHref: row.convention.flatMap { $0.id }.map { scope.ref(for: $0).path(.home) },
            seanceHref: row.seanceID.map { scope.path(.seance(id: $0)) },
            extraitHref: scope.path(.deliberationExtrait(number: row.number)),
            scdlHref: scope.path(.deliberationsCSV),
            simulateAction: scope.path(.deliberation(number: row.number)),
            edit: row.isCancelled ? nil : edit ?? (canEdit ? DeliberationEditForms(entry, scope: scope) : nil),
            files: files,
            cancellation: CancellationView.deliberation(row, seance: entry.seance, scope: scope, canEdit: canEdit))
    }

    static func missingReason(_ entry: RegisterEntry) -> String {
        if entry.seance == nil { return "La séance de cette délibération n'est pas enregistrée : le verdict ne peut pas être établi." }
        return "Le vote n'est pas encore enregistré : la délibération est au stade de projet."
    }
}

/// The fields of an ACTES stamp, or why it is not one.
struct ActesView: Encodable {
    var raw: String
    var valid: Bool
    var departement: String?
    var siren: String?
    var date: String?
    var internalNumber: String?
    var nature: String?
    var error: String?

    init(_ raw: String) {
        self.raw = raw
        switch ActesIdentifier.parse(raw) {
        case .success(let id):
            valid = true
            departement = id.departement
            siren = id.siren
            date = FrenchFormat.date(id.date.description)
            internalNumber = id.internalNumber
            nature = "\(id.nature.rawValue) — \(id.nature.label)"
        case .failure(let failure):
            valid = false
            error = failure.message
        }
    }
}
