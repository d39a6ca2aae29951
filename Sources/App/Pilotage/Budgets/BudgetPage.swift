import CTGCore
import Foundation
import Vapor

/// A sous-action's budget page: its lines, their total, and the form for whoever may edit the fiche.
struct BudgetPage: Encodable {
    struct Row: Encodable {
        var year: Int
        var financeur: String
        var planned: String
        var spent: String
        var rate: String
        var editHref: String?
        var removeHref: String?
    }

    struct Option: Encodable {
        var value: String
        var label: String
        var selected: Bool
    }

    /// What the boxes show: a line being edited, or what was typed when refused.
    struct Form: Content {
        var line: String?
        var year: String?
        var financeur: String?
        var planned: String?
        var spent: String?
    }

    struct FormView: Encodable {
        var action: String
        var line: String?
        var years: [Option]
        var financeurs: [Option]
        var planned: String
        var spent: String
        var cancelHref: String?
    }

    var layout: Layout
    var ficheHref: String
    var ficheTitle: String
    var sousAction: String
    var financeursHref: String
    var rows: [Row]
    var total: BudgetAmounts.View
    var form: FormView?
    var errors: [String]
    var notice: String?

    static func build(_ req: Request, _ visit: BudgetVisit, lines: [BudgetLine], names: [Int: String],
                      form: Form, errors: [String], notice: String?) -> BudgetPage {
        let code = visit.action.code
        var total = BudgetAmounts()
        let rows = lines.map { line in
            var amounts = BudgetAmounts()
            amounts.add(planned: line.planned, spent: line.spent)
            total.add(planned: line.planned, spent: line.spent)
            let id = line.id ?? 0
            return Row(year: line.year, financeur: names[line.$organisation.id] ?? "—", planned: amounts.plannedText,
                       spent: amounts.spentText, rate: amounts.rateText,
                       editHref: visit.canEdit ? visit.pagePath + "?ligne=\(id)#budget-form" : nil,
                       removeHref: visit.canEdit ? visit.ref.path(.budget(.removal(code: code, sousActionID: visit.subID, lineID: id))) : nil)
        }
        // French order: "Éducation nationale" with the E's, not after the Z's.
        let sorted = names.sorted { $0.value.compare($1.value, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending }
        let formView = visit.canEdit ? FormView(
            action: visit.pagePath, line: form.line,
            years: visit.convention.years.map { .init(value: String($0), label: String($0), selected: String($0) == form.year) },
            financeurs: sorted.map { .init(value: String($0.key), label: $0.value, selected: String($0.key) == form.financeur) },
            planned: form.planned ?? "", spent: form.spent ?? "",
            cancelHref: form.line == nil ? nil : visit.pagePath) : nil
        let label = visit.sub.code.map { "Sous-action \($0)" } ?? "Sous-action"
        return BudgetPage(
            layout: req.layout(title: "Budget — \(label) de la fiche \(code)"),
            ficheHref: visit.ref.path(.fiche(code: code)) + "#sa-\(visit.subID)", ficheTitle: "Fiche \(code) — \(visit.action.title)",
            sousAction: "\(label) : \(visit.sub.title)", financeursHref: visit.ref.path(.financeurs),
            rows: rows, total: total.view, form: formView, errors: errors, notice: notice)
    }
}

extension BudgetAmounts {
    /// The three texts a template shows.
    struct View: Encodable, Sendable {
        var planned: String
        var spent: String
        var rate: String
    }

    var view: View { View(planned: plannedText, spent: spentText, rate: rateText) }
}
