import CTGCore
import Fluent
import Vapor

/// Changes to an indicator, by whoever may edit its fiche (coordinateur, référent
/// responsable). CSRF is checked by `CSRFMiddleware`; each change is audited in
/// the same transaction; a refused form saves nothing.
enum IndicatorEditController {
    @Sendable static func addMeasurement(req: Request) async throws -> Response {
        let visit = try await IndicatorVisit.load(req, forWriting: true)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode([String: String].self)
        var check = FormCheck()
        if let source = visit.item.indicator.computedSource {
            check.fail("Cet indicateur est calculé automatiquement (source « \(source) ») : ses valeurs ne se saisissent pas.")
        }
        let input = check.errors.isEmpty
            ? MeasurementInput.read(form, kind: visit.item.series.kind, years: visit.years, defaultAuthor: visit.user.email, check: &check)
            : nil
        guard let input, check.errors.isEmpty else {
            return try await IndicatorController.refuse(req, visit: visit, errors: check.errors, measurement: form)
        }
        let entry = MeasurementEntry()
        entry.$indicator.id = visit.item.id
        entry.value = input.value
        entry.text = input.text
        entry.periodLabel = input.periodLabel
        entry.year = input.year
        entry.measuredOn = input.date?.description
        entry.source = input.source
        entry.author = input.author
        entry.authorID = visit.user.id
        entry.comment = input.comment
        let back = visit.ref.url(form["back"] == "fiche" ? .fiche(code: visit.item.actionCode) : .indicator(id: visit.item.id))
        return try await FormSubmissions.once(req) { tx in
            try await entry.create(on: tx)
            let after = describe(entry, visit: visit)
            try await Audit.record(on: tx, user: visit.user, action: visit.action, entity: .measurement, entityID: entry.id,
                                   field: visit.auditField("mesure \(input.year)"), after: after,
                                   summary: "\(AuditEntity.measurement.label) \(visit.item.actionCode) — "
                                       + visit.auditField("mesure \(input.year) ajoutée") + " : « \(after) »")
            req.flash("Mesure ajoutée.")
            return back.path
        }
    }

    /// GET: the question « Supprimer la mesure … ? », answered by a POST with `confirm`.
    @Sendable static func confirmRemoval(req: Request) async throws -> View {
        let (visit, entry) = try await measurement(req)
        let value = describe(entry, visit: visit)
        return try await ConfirmPage.render(
            req, title: "Supprimer une mesure",
            question: "Supprimer la mesure de \(entry.year) : \(value), de l'indicateur « \(visit.item.indicator.label) » ?",
            action: visit.ref.path(.indicatorMeasurementRemoval(indicatorID: visit.item.id, measurementID: entry.id ?? 0)),
            cancel: visit.ref.path(.indicator(id: visit.item.id)))
    }

    /// Deletes after the confirmation page only; the journal keeps the row for « Restaurer ».
    @Sendable static func removeMeasurement(req: Request) async throws -> Response {
        let (visit, entry) = try await measurement(req)
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.path, redirectType: .normal) }
        let id = try entry.requireID()
        try await req.db.writeTransaction { tx in
            try await entry.delete(on: tx)
            let audit = try await Audit.record(on: tx, user: visit.user, action: visit.action, entity: .measurement, entityID: id,
                                               field: visit.auditField("mesure \(entry.year)"), before: describe(entry, visit: visit))
            try await DeletedRow.keep(entry, kind: .measurement, deletion: audit, on: tx)
        }
        return req.redirect(to: visit.ref.path(.indicator(id: visit.item.id)), redirectType: .normal)
    }

    static func measurement(_ req: Request) async throws -> (IndicatorVisit, MeasurementEntry) {
        let visit = try await IndicatorVisit.load(req, forWriting: true)
        guard let id = req.parameters.get("measurementID", as: Int.self),
              let entry = visit.item.entries.first(where: { $0.id == id }) else {
            throw AppError.notFound("Cette mesure n'existe pas (ou plus) pour cet indicateur.")
        }
        return (visit, entry)
    }

    @Sendable static func saveSettings(req: Request) async throws -> Response {
        let visit = try await IndicatorVisit.load(req, forWriting: true)
        let form = try req.content.decode([String: String].self)
        var check = FormCheck()
        guard let input = IndicatorSettingsInput.read(form, years: visit.years, sources: req.application.computedSources,
                                                      check: &check), check.errors.isEmpty else {
            return try await IndicatorController.refuse(req, visit: visit, errors: check.errors, settings: form)
        }
        try await req.db.writeTransaction { tx in
            try await IndicatorSettingsWriter.apply(input, visit: visit, on: tx)
        }
        return req.redirect(to: visit.ref.path(.indicator(id: visit.item.id)), redirectType: .normal)
    }

    /// "12 (période : 1er semestre 2023 ; source : CAF ; par : …)": the audit's before/after text.
    static func describe(_ entry: MeasurementEntry, visit: IndicatorVisit) -> String {
        describe(entry, indicator: visit.item.indicator)
    }

    static func describe(_ entry: MeasurementEntry, indicator: Indicator) -> String {
        let value = entry.text ?? entry.value.map(indicator.display) ?? "—"
        let details = [("période", entry.periodLabel), ("source", entry.source), ("par", entry.author), ("commentaire", entry.comment)]
            .compactMap { label, text in text.map { "\(label) : \($0)" } }
        return details.isEmpty ? value : "\(value) (\(details.joined(separator: " ; ")))"
    }
}
