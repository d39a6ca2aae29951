@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Shared steps of the indicator and bilan tests, on the seeded Saint-Eloy plan.
enum IndicateurFixture {
    /// The n-th (0-based) indicator line of a fiche, as imported.
    static func indicator(_ app: Application, code: String, position: Int = 0) async throws -> Indicator {
        let action = try #require(try await PlanAction.query(on: app.db).filter(\.$code == code).first())
        return try #require(try await Indicator.query(on: app.db).filter(\.$action.$id == action.requireID())
            .filter(\.$position == position).first())
    }

    static func measurementCount(_ app: Application) async throws -> Int {
        try await MeasurementEntry.query(on: app.db).count()
    }

    /// The settings form with every field, as the page posts it.
    static func settings(kind: String, targets: [Int: String] = [:], baseline: String = "", source: String = "",
                         direction: String = "atLeast") -> [String: String] {
        var form = ["kind": kind, "unit": "", "baseline": baseline, "baseline_date": "", "periodicity": "annuelle",
                    "direction": direction, "computed_source": source]
        for year in 2022...2025 { form["target_\(year)"] = targets[year] ?? "" }
        return form
    }

    /// The main chart of an indicator page (the one in `figure.indicator-chart`).
    static func chart(in html: String) -> String? {
        guard let figure = html.range(of: #"<figure class="indicator-chart">"#),
              let start = html.range(of: "<svg", range: figure.upperBound..<html.endIndex),
              let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Records a status the way the follow-up section stores it (the bilan reads these rows).
    static func status(_ app: Application, _ code: String, _ status: SubActionStatus, year: Int, comment: String? = nil) async throws {
        let sub = try #require(try await SousAction.query(on: app.db).filter(\.$code == code).first())
        try await SousActionStatusEntry(sousActionID: sub.requireID(), year: year, status: status, comment: comment,
                                        recordedOn: "\(year)-12-15", authorID: nil).create(on: app.db)
    }
}

/// Stands for the future animations service: three animations in 2023, one in 2022.
struct FakeAnimationsProvider: ComputedRecordProvider {
    func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
        guard scope.actionCode == "1-1-1" else { return [] }
        return [ComputedRecord(id: "11", label: "Atelier parents", year: 2022),
                ComputedRecord(id: "12", label: "Café des familles", year: 2023),
                ComputedRecord(id: "15", label: "Fête du jeu", year: 2023),
                ComputedRecord(id: "18", label: "Atelier motricité", year: 2023)]
    }
}
