import Vapor

/// The coordinateur's box on a séance's or deliberation's page: « Annuler cette … » while the row
/// stands; once cancelled, « Annulée — motif » and « Rétablir ». Nil for everyone else.
struct CancellationView: Encodable {
    var note: String?
    var cancelHref: String?
    var cancelLabel: String
    var reinstateAction: String?
    /// Why « Rétablir » is not offered (a deliberation cancelled with its séance).
    var hint: String?

    static func seance(_ seance: Seance, scope: TerritoryScope, canEdit: Bool) -> CancellationView? {
        guard canEdit, let id = seance.id else { return nil }
        return CancellationView(
            note: seance.cancellationNote(), cancelHref: scope.path(.cancellation(.seance(id: id))),
            cancelLabel: "Annuler cette séance (enregistrée par erreur)",
            reinstateAction: scope.path(.cancellation(.seanceReinstate(id: id))),
            hint: seance.isCancelled ? "Rétablir la séance rétablit aussi les délibérations annulées avec elle." : nil)
    }

    static func deliberation(_ row: Deliberation, seance: Seance?, scope: TerritoryScope, canEdit: Bool) -> CancellationView? {
        guard canEdit else { return nil }
        let withSeance = seance?.isCancelled == true
        var view = CancellationView(
            note: row.cancellationNote(), cancelHref: scope.path(.cancellation(.deliberation(number: row.number))),
            cancelLabel: "Annuler cette délibération (enregistrée par erreur)",
            reinstateAction: withSeance ? nil : scope.path(.cancellation(.deliberationReinstate(number: row.number))))
        if withSeance { view.hint = "Sa séance est annulée : rétablissez la séance pour la rétablir." }
        return view
    }
}
