import CTGCore
import Fluent
import Vapor

/// Builds the fiche page's follow-up block for the visitor: read-only for the
/// public (statuses and progress, no comments), forms for whoever may edit the
/// fiche, the "Historique" for signed-in users of the convention's territory.
enum FicheSuivi {
    static let notices = ["statut": "Statut enregistré.", "calendrier": "Calendrier enregistré."]

    struct NoticeQuery: Content { var suivi: String? }

    static func section(_ req: Request, tree: PlanTree, code: String) async throws -> FicheSuiviSection? {
        guard let action = tree.actions.first(where: { $0.code == code }) else { return nil }
        let draft = req.suiviDraft
        let conventionID = try tree.convention.requireID()
        let today = req.pilotageToday
        let history = try await StatusHistory.load(conventionID: conventionID, on: req.db)
        let followUp = PlanFollowUp.build(tree: tree, history: history, today: today)
        let user = req.currentUser
        let insider = user.map { AccessPolicy.reads($0, tree.territory) } ?? false
        var canEdit = false
        if let user { canEdit = try await AccessPolicy.canEdit(user, action: action, on: req.db) }
        let years = tree.convention.years
        let rows = action.sortedSousActions.compactMap { sub in
            row(sub, action: action, ref: tree.ref, state: followUp.state(sub), years: years, today: today,
                canEdit: canEdit, showComments: insider, draft: draft?.sousActionID == sub.id ? draft : nil)
        }
        let audit = insider ? try await Audit.history(actionCode: code, conventionID: conventionID, on: req.db) : nil
        let notice = try req.query.decode(NoticeQuery.self).suivi.flatMap { notices[$0] }
        let life = try req.life(of: tree.convention)
        var section = FicheSuiviSection(
            progress: ProgressBar(followUp.progress(action), label: "Avancement de la fiche \(code)"),
            currentYear: today.year, progressHeading: life.progressHeading("de la fiche"), situation: life.situation,
            years: years, canEdit: canEdit, showComments: insider,
            notice: draft == nil ? notice : nil, rows: rows,
            history: audit.map { $0.map(historyRow) },
            weightsHref: user?.role == .coordinateur && insider ? tree.ref.path(.suiviWeights) : nil)
        if user?.role == .referent, insider, !canEdit { section.responsibleNote = responsibleNote(action) }
        return section
    }

    /// "Cette fiche relève de La Clé des Champs et de la CAF : …", so a référent knows why no form is shown.
    static func responsibleNote(_ action: PlanAction) -> String {
        let leads = SuiviTable.unique(action.leads.map(\.label))
        guard !leads.isEmpty else {
            return "Cette fiche n'a pas d'organisation responsable : seule la coordination peut la mettre à jour."
        }
        let names = leads.count == 1 ? leads[0] : leads.dropLast().joined(separator: ", ") + " et " + (leads.last ?? "")
        return "Cette fiche relève de \(names) : seuls ses responsables et la coordination peuvent la mettre à jour."
    }

    static func historyRow(_ entry: AuditEntry) -> FicheSuiviSection.HistoryRow {
        .init(date: FrenchFormat.dateTime(entry.createdAt), author: entry.userEmail,
              subject: entry.field ?? entry.entity.label, summary: entry.summary, before: entry.before, after: entry.after)
    }
}

extension Request {
    private struct SuiviDraftKey: StorageKey { typealias Value = SuiviDraft }

    /// A refused follow-up form, set by `SuiviEditController` before it renders the
    /// fiche again through `FicheController.show`, so the page keeps every section.
    var suiviDraft: SuiviDraft? {
        get { storage[SuiviDraftKey.self] }
        set { storage[SuiviDraftKey.self] = newValue }
    }
}
