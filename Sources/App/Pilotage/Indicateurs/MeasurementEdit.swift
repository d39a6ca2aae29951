import CTGCore
import Fluent
import SQLKit
import Vapor

/// Correcting a measurement instead of deleting and re-entering it (issue 13). The journal keeps
/// the previous value with the edit, so « Restaurer » in the journal puts it back. The row's
/// `revision` is the lock: an edit saves only over the revision its form showed.
enum MeasurementEdit {
    static let staleRefusal = "Cette mesure a été modifiée par quelqu'un d'autre pendant que vous la corrigiez : "
        + "votre correction n'a pas été enregistrée. Rechargez la page pour voir la nouvelle valeur."
    static let goneRefusal = "Cette mesure a été supprimée entre-temps : votre correction n'a pas été enregistrée."

    struct Page: Encodable {
        var layout: Layout
        var errors: [String]
        var indicatorHref: String
        var indicatorLabel: String
        var form: MeasurementFormView
        var revision: Int
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (visit, entry) = try await IndicatorEditController.measurement(req)
        return try await req.view.render("mesure-modification", page(req, visit: visit, entry: entry, typed: formValues(entry), errors: []))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let (visit, entry) = try await IndicatorEditController.measurement(req)
        let form = try req.content.decode([String: String].self)
        var check = FormCheck()
        let input = MeasurementInput.read(form, kind: visit.item.series.kind, years: visit.years,
                                          defaultAuthor: visit.user.email, check: &check)
        guard let input, check.errors.isEmpty, let revision = Int(form["revision"] ?? "") else {
            let errors = check.errors.isEmpty ? ["La page de correction est incomplète : rechargez-la."] : check.errors
            let view = try await req.view.render("mesure-modification", page(req, visit: visit, entry: entry, typed: form, errors: errors))
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
        // The journal's "before" is the row as read here: it must be the revision being replaced.
        guard (entry.revision ?? 0) == revision else { throw AppError.conflict(staleRefusal) }
        let before = IndicatorEditController.describe(entry, visit: visit)
        let id = try entry.requireID()
        try await req.db.writeTransaction { tx in
            guard try await write(input, to: id, ifRevision: revision, on: tx) else {
                throw AppError.conflict(try await MeasurementEntry.find(id, on: tx) == nil ? goneRefusal : staleRefusal)
            }
            let after = try await MeasurementEntry.find(id, on: tx).map { IndicatorEditController.describe($0, visit: visit) }
            let audit = try await Audit.record(on: tx, user: visit.user, action: visit.action, entity: .measurement, entityID: id,
                                               field: visit.auditField("mesure \(input.year) (corrigée)"), before: before, after: after)
            try await DeletedRow.keep(entry, kind: .measurementEdit, deletion: audit, on: tx)
        }
        req.flash("Mesure corrigée. La valeur précédente reste dans le journal.")
        return req.redirect(to: visit.ref.path(.indicator(id: visit.item.id)), redirectType: .normal)
    }

    /// « Restaurer » on an edit in the journal: the values before it, over whatever is there now.
    static func undo(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let old = try kept.decoded(MeasurementEntry.self)
        guard let id = old.id, let current = try await MeasurementEntry.find(id, on: db),
              let indicator = try await Indicator.find(current.$indicator.id, on: db),
              let action = try await PlanAction.find(indicator.$action.id, on: db) else {
            throw AppError.conflict("Cette mesure a été supprimée depuis : sa valeur précédente ne peut pas être remise.")
        }
        let input = MeasurementInput(value: old.value, text: old.text, year: old.year, periodLabel: old.periodLabel,
                                     date: old.measuredOn.flatMap(PilotageDate.init(iso:)), source: old.source,
                                     author: old.author, comment: old.comment)
        guard try await write(input, to: id, ifRevision: current.revision ?? 0, on: db) else {
            throw AppError.conflict(staleRefusal)
        }
        try await Audit.record(on: db, user: user, action: action, entity: .measurement, entityID: id,
                               field: indicator.auditField("mesure \(old.year) (valeur précédente restaurée depuis le journal)"),
                               before: IndicatorEditController.describe(current, indicator: indicator),
                               after: IndicatorEditController.describe(old, indicator: indicator))
    }

    /// One conditional UPDATE: true when the row was still at `revision` and now holds `input`.
    private static func write(_ input: MeasurementInput, to id: Int, ifRevision revision: Int, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.update(MeasurementEntry.schema)
            .set("value", to: input.value).set("text", to: input.text).set("year", to: input.year)
            .set("period_label", to: input.periodLabel).set("measured_on", to: input.date?.description)
            .set("source", to: input.source).set("author", to: input.author).set("comment", to: input.comment)
            .set("revision", to: revision + 1)
            .where("id", .equal, id)
            .where(SQLFunction("COALESCE", args: SQLColumn("revision"), SQLLiteral.numeric("0")), .equal, SQLBind(revision))
            .returning("id").all()
        return !rows.isEmpty
    }

    private static func page(_ req: Request, visit: IndicatorVisit, entry: MeasurementEntry,
                             typed: [String: String], errors: [String]) -> Page {
        var form = MeasurementFormView(visit: visit, typed: typed)
        form.action = visit.ref.path(.indicatorMeasurementEdit(indicatorID: visit.item.id, measurementID: entry.id ?? 0))
        return Page(layout: req.layout(title: "Corriger une mesure — \(visit.item.indicator.label)"), errors: errors,
                    indicatorHref: visit.ref.path(.indicator(id: visit.item.id)), indicatorLabel: visit.item.indicator.label,
                    form: form, revision: Int(typed["revision"] ?? "") ?? entry.revision ?? 0)
    }

    /// The stored measurement as the form shows it: a French decimal comma, an ISO date for the date field.
    private static func formValues(_ entry: MeasurementEntry) -> [String: String] {
        let value = entry.value.map { $0 == $0.rounded() ? String(Int($0)) : String($0).replacingOccurrences(of: ".", with: ",") }
        return ["year": String(entry.year), "period": entry.periodLabel, "value": value ?? "", "text": entry.text ?? "",
                "date": entry.measuredOn ?? "", "source": entry.source ?? "", "author": entry.author ?? "",
                "comment": entry.comment ?? "", "revision": String(entry.revision ?? 0)]
    }
}
