import CTGCore
import Fluent
import Vapor

/// The fiche page's "Indicateurs et résultats attendus" section for signed-in
/// users of the territory: values against targets with a small chart, expected
/// results per year, and the forms for those who may edit the fiche. Visitors
/// keep the document's plain lists (the follow-up data is not public).
struct FicheIndicatorsSection: Encodable {
    struct IndicatorBlock: Encodable {
        var summary: IndicatorSummary
        /// Nil while there is nothing to draw (no value, target nor baseline): the sentence above says so.
        var chart: String?
        var table: ChartTable
        var form: MeasurementFormView?
    }
    struct YearStatus: Encodable {
        var year: Int
        var status: String
        var statusClass: String
        var comment: String?
        /// « Corriger » on the year's current assessment, for those who may edit the fiche.
        var editHref: String?
    }
    struct ResultBlock: Encodable {
        var number: Int
        var text: String
        var years: [YearStatus]
        var action: String
    }

    var indicators: [IndicatorBlock]
    var results: [ResultBlock]
    var canEdit: Bool
    var years: [FormOption]
    var statuses: [FormOption]
    var errors: [String]
    var indicatorsHref: String

    /// Nil for visitors and for users who do not read this territory.
    static func build(_ req: Request, tree: PlanTree, code: String, errors: [String] = []) async throws -> FicheIndicatorsSection? {
        guard let user = req.currentUser, AccessPolicy.reads(user, tree.territory),
              let action = tree.actions.first(where: { $0.code == code }), let actionID = action.id else { return nil }
        let conventionID = try tree.convention.requireID()
        let years = tree.convention.years
        let currentYear = req.pilotageToday.year
        let canEdit = try await AccessPolicy.canEdit(user, action: action, on: req.db)
        let items = try await IndicatorBook.load(conventionID: conventionID, years: years, upTo: currentYear,
                                                 sources: req.application.computedSources, actionID: actionID, on: req.db)
        let results = try await ExpectedResultBook.load(conventionID: conventionID, actionID: actionID, on: req.db)[actionID] ?? []
        let indicators = items.map { item in
            let visit = IndicatorVisit(user: user, action: action, convention: tree.convention, item: item,
                                       currentYear: currentYear, canEdit: canEdit, ref: tree.ref)
            return IndicatorBlock(summary: IndicatorSummary(item, upTo: currentYear, ref: tree.ref),
                                  chart: IndicatorChart.hasData(item)
                                      ? IndicatorChart.svg(item, years: years, idPrefix: "fiche-indicateur-\(item.id)", small: true) : nil,
                                  table: IndicatorChart.table(item, years: years),
                                  form: canEdit && item.indicator.computedSource == nil ? MeasurementFormView(visit: visit, back: "fiche") : nil)
        }
        let defaultYear = min(max(currentYear, years.first ?? currentYear), years.last ?? currentYear)
        return FicheIndicatorsSection(
            indicators: indicators,
            results: results.map { block($0, code: code, years: years, ref: tree.ref, canEdit: canEdit) },
            canEdit: canEdit,
            years: years.map { FormOption(value: String($0), label: String($0), selected: $0 == defaultYear) },
            statuses: ExpectedResultStatus.allCases.map { FormOption(value: $0.rawValue, label: $0.label, selected: $0 == .non_evalue) },
            errors: errors, indicatorsHref: tree.ref.path(.indicators))
    }

    static func block(_ loaded: LoadedExpectedResult, code: String, years: [Int], ref: TerritoryRef, canEdit: Bool) -> ResultBlock {
        let number = loaded.result.position + 1
        return ResultBlock(number: number, text: loaded.result.text, years: years.map { year in
            // The newest entry of a year is the one that counts (see `PlanSnapshot.ExpectedResult.assessment(in:)`).
            let current = loaded.assessments.last(where: { $0.year == year })
            let status = current?.status ?? .non_evalue
            let edit = current?.id.flatMap { canEdit ? ref.path(.expectedResultAssessmentEdit(code: code, position: number, assessmentID: $0)) : nil }
            return YearStatus(year: year, status: status.label, statusClass: status.rawValue, comment: current?.comment, editHref: edit)
        }, action: ref.path(.expectedResultAssessment(code: code, position: number)))
    }

    /// A refused expected-result form: the fiche again, with the reasons (422, nothing saved).
    static func refuse(_ req: Request, code: String, errors: [String]) async throws -> Response {
        _ = try await req.userConventionID()
        let scope = try await req.territoryScope()
        let tree = try await PlanTree.load(scope: scope, on: req.db)
        var page = try FicheController.page(tree, scope: scope, code: code, viewer: req.currentUser)
        page.indicatorSection = try await build(req, tree: tree, code: code, errors: errors)
        let response = try await req.view.render("fiche", page).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }
}
