import CTGCore
import Fluent
import Vapor

/// The amounts block of `/financeurs`: prévu, réalisé and taux per financeur and per axe,
/// for the whole convention or one year (`?annee=2024`), with the same table as files.
struct FinanceursBudget: Encodable {
    struct Row: Encodable {
        var name: String
        var amounts: BudgetAmounts.View
    }

    struct YearLink: Encodable {
        var label: String
        var href: String
        var current: Bool
    }

    var scopeLabel: String
    var years: [YearLink]
    var financeurs: [Row]
    var axes: [Row]
    var total: BudgetAmounts.View
    var isEmpty: Bool
    var csvHref: String
    var xlsxHref: String

    /// The year asked for, when it is one of the convention's; anything else means all years.
    static func year(_ req: Request, convention: Convention) -> Int? {
        req.query[Int.self, at: "annee"].flatMap { convention.years.contains($0) ? $0 : nil }
    }

    static func load(_ req: Request, scope: TerritoryScope, convention: Convention) async throws -> FinanceursBudget {
        let year = year(req, convention: convention)
        let summary = try await BudgetQuery.summary(conventionID: try convention.requireID(), territoryID: scope.territoryID,
                                                    year: year, on: req.db)
        let query: [(String, String)] = year.map { [("annee", String($0))] } ?? []
        let links = [YearLink(label: "Toute la convention", href: scope.path(.financeurs), current: year == nil)]
            + convention.years.map { y in
                YearLink(label: String(y), href: scope.url(.financeurs).path(query: [("annee", String(y))]), current: y == year)
            }
        return FinanceursBudget(
            scopeLabel: year.map { "en \($0)" } ?? "sur toute la convention (\(convention.years.first ?? 0)–\(convention.years.last ?? 0))",
            years: links,
            financeurs: summary.financeurs.map { Row(name: $0.name, amounts: $0.amounts.view) },
            axes: summary.axes.map { Row(name: $0.name, amounts: $0.amounts.view) },
            total: summary.total.view, isEmpty: summary.isEmpty,
            csvHref: scope.url(.budget(.csv)).path(query: query), xlsxHref: scope.url(.budget(.xlsx)).path(query: query))
    }
}
