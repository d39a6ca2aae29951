import CTGCore
import Fluent
import SQLKit
import Vapor

/// Correcting a year's assessment of an expected result (issue 13) instead of appending a new
/// one. The row is updated in place; the journal keeps the previous judgement, which « Restaurer »
/// puts back. The lock is the judgement the form showed (hidden `was_*` fields): the update
/// saves only over that status and comment, so an edit made meanwhile is never overwritten.
enum AssessmentEdit {
    static let staleRefusal = "Cette évaluation a été modifiée par quelqu'un d'autre pendant que vous la corrigiez : "
        + "votre correction n'a pas été enregistrée. Rechargez la page pour voir la nouvelle évaluation."
    static let supersededRefusal = "Une évaluation plus récente a été enregistrée pour cette année : "
        + "c'est elle qui compte désormais. Votre correction n'a pas été enregistrée."

    struct Page: Encodable {
        var layout: Layout
        var errors: [String]
        var ficheHref: String
        var code: String
        var number: Int
        var resultText: String
        var year: Int
        var action: String
        var statuses: [FormOption]
        var comment: String
        var wasStatus: String
        var wasComment: String
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (visit, entry) = try await load(req)
        let shown = ["status": entry.statusRaw, "comment": entry.comment ?? ""]
        return try await req.view.render("evaluation-modification", page(req, visit: visit, entry: entry, typed: shown, errors: []))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let (visit, entry) = try await load(req)
        var form = try req.content.decode([String: String].self)
        form["year"] = String(entry.year)  // a correction keeps its year; a new year is a new assessment
        var check = FormCheck()
        let input = AssessmentInput.read(form, years: visit.years + [entry.year], check: &check)
        guard let input, let wasStatus = form["was_status"], let wasComment = form["was_comment"] else {
            let errors = check.errors.isEmpty ? ["La page de correction est incomplète : rechargez-la."] : check.errors
            let view = try await req.view.render("evaluation-modification", page(req, visit: visit, entry: entry, typed: form, errors: errors))
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
        let id = try entry.requireID()
        let before = ExpectedResultController.describe(entry)
        try await req.db.writeTransaction { tx in
            guard try await isCurrent(entry, on: tx) else { throw AppError.conflict(supersededRefusal) }
            guard try await write(status: input.status.rawValue, comment: input.comment, to: id,
                                  ifStatus: wasStatus, comment: wasComment, on: tx) else {
                // A second click on the same form finds its own correction there: nothing more to do.
                let now = try await ExpectedResultAssessment.find(id, on: tx)
                guard let now, now.status == input.status, now.comment == input.comment else { throw AppError.conflict(staleRefusal) }
                return
            }
            let after = try await ExpectedResultAssessment.find(id, on: tx).map(ExpectedResultController.describe)
            let audit = try await Audit.record(on: tx, user: visit.user, action: visit.action, entity: .expectedResult,
                                               entityID: visit.resultID, field: visit.auditField(entry.year) + " (corrigée)",
                                               before: before, after: after)
            try await DeletedRow.keep(entry, kind: .assessmentEdit, deletion: audit, on: tx)
        }
        req.flash("Évaluation corrigée. L'évaluation précédente reste dans le journal.")
        return req.redirect(to: visit.ficheHref, redirectType: .normal)
    }

    /// The visit and the assessment named in the address, which must belong to that expected result.
    static func load(_ req: Request) async throws -> (ExpectedResultVisit, ExpectedResultAssessment) {
        let visit = try await ExpectedResultVisit.load(req)
        guard let id = req.parameters.get("assessmentID", as: Int.self),
              let entry = try await ExpectedResultAssessment.query(on: req.db).filter(\.$id == id)
                .filter(\.$expectedResult.$id == visit.resultID).first() else {
            throw AppError.notFound("Cette évaluation n'existe pas (ou plus) pour ce résultat attendu.")
        }
        return (visit, entry)
    }

    /// Only the newest assessment of a year counts: correcting an older one would change nothing shown.
    static func isCurrent(_ entry: ExpectedResultAssessment, on db: any Database) async throws -> Bool {
        let newest = try await ExpectedResultAssessment.query(on: db).filter(\.$expectedResult.$id == entry.$expectedResult.id)
            .filter(\.$year == entry.year).sort(\.$id, .descending).first()
        return newest?.id == entry.id
    }

    /// One conditional UPDATE: true when the row still held `ifStatus` and `comment` and now holds the new judgement.
    static func write(status: String, comment newComment: String?, to id: Int, ifStatus: String, comment: String,
                      on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.update(ExpectedResultAssessment.schema)
            .set("status", to: status).set("comment", to: newComment)
            .where("id", .equal, id).where("status", .equal, ifStatus)
            .where(SQLFunction("COALESCE", args: SQLColumn("comment"), SQLLiteral.string("")), .equal, SQLBind(comment))
            .returning("id").all()
        return !rows.isEmpty
    }

    private static func page(_ req: Request, visit: ExpectedResultVisit, entry: ExpectedResultAssessment,
                             typed: [String: String], errors: [String]) -> Page {
        let chosen = typed["status"] ?? entry.statusRaw
        return Page(layout: req.layout(title: "Corriger une évaluation — fiche \(visit.code), résultat n° \(visit.position), \(entry.year)"),
                    errors: errors, ficheHref: visit.ficheHref, code: visit.code, number: visit.position,
                    resultText: visit.result.text, year: entry.year,
                    action: visit.ref.path(.expectedResultAssessmentEdit(code: visit.code, position: visit.position,
                                                                         assessmentID: entry.id ?? 0)),
                    statuses: ExpectedResultStatus.allCases.map { FormOption(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosen) },
                    comment: typed["comment"] ?? "",
                    wasStatus: typed["was_status"] ?? entry.statusRaw, wasComment: typed["was_comment"] ?? entry.comment ?? "")
    }
}
