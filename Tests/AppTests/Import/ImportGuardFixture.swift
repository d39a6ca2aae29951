@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// The seeded plan with follow-up typed on it, and the damaged copies of the seed
/// that used to destroy it (issue 7 §1).
enum ImportGuardFixture {
    static var seedText: String { (try? String(contentsOfFile: TestPaths.seedDocument, encoding: .utf8)) ?? "" }

    /// (a)–(d): the first 1,526 bytes, the first half, every line doubled, Latin-1.
    static let damaged: [(name: String, bytes: Data)] = {
        let seed = Data(seedText.utf8)
        let doubled = seedText.components(separatedBy: "\n").flatMap { [$0, $0] }.joined(separator: "\n")
        // As `iconv -t ISO-8859-1//TRANSLIT` saves it: what Latin-1 has no byte for is transliterated.
        let transliterated = seedText.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "→", with: "->")
        let latin1 = Data(transliterated.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        return [("1 526 premiers octets", seed.prefix(1526)), ("première moitié", seed.prefix(seed.count / 2)),
                ("lignes doublées", Data(doubled.utf8)), ("Latin-1", latin1)]
    }()

    /// A status on every sous-action, a measurement and a target on every indicator,
    /// an assessment on every expected result, as users would have typed them.
    static func enterFollowUp(_ app: Application) async throws {
        for (index, sub) in try await SousAction.query(on: app.db).sort(\.$id).all().enumerated() {
            try await SousActionStatusEntry(sousActionID: sub.requireID(), year: 2023,
                                            status: index % 2 == 0 ? .en_cours : .realise, comment: "Suivi \(index)",
                                            recordedOn: "2023-06-30", authorID: nil).create(on: app.db)
        }
        for (index, indicator) in try await Indicator.query(on: app.db).sort(\.$id).all().enumerated() {
            let entry = MeasurementEntry()
            entry.$indicator.id = try indicator.requireID()
            entry.value = Double(index) + 0.5
            entry.periodLabel = "2023"
            entry.year = 2023
            try await entry.create(on: app.db)
            try await IndicatorTarget(indicatorID: indicator.requireID(), year: 2024, value: Double(index)).create(on: app.db)
        }
        for result in try await ExpectedResult.query(on: app.db).all() {
            try await ExpectedResultAssessment(expectedResultID: result.requireID(), year: 2023, status: .atteint,
                                               comment: nil, recordedOn: "2023-12-01", authorID: nil).create(on: app.db)
        }
    }

    /// Every follow-up row, in a form two states of the database can be compared on.
    static func followUp(_ app: Application) async throws -> [String] {
        let statuses = try await SousActionStatusEntry.query(on: app.db).sort(\.$id).all().map {
            "statut \($0.id!) \($0.$sousAction.id) \($0.year) \($0.statusRaw) \($0.comment ?? "")"
        }
        let measurements = try await MeasurementEntry.query(on: app.db).sort(\.$id).all().map {
            "mesure \($0.id!) \($0.$indicator.id) \($0.value ?? -1) \($0.year)"
        }
        let targets = try await IndicatorTarget.query(on: app.db).sort(\.$id).all().map {
            "cible \($0.id!) \($0.$indicator.id) \($0.value)"
        }
        let assessments = try await ExpectedResultAssessment.query(on: app.db).sort(\.$id).all().map {
            "évaluation \($0.id!) \($0.$expectedResult.id) \($0.statusRaw)"
        }
        return statuses + measurements + targets + assessments
    }

    static func planCounts(_ app: Application) async throws -> [Int] {
        [try await SousAction.query(on: app.db).count(), try await Indicator.query(on: app.db).count(),
         try await ExpectedResult.query(on: app.db).count(), try await ActionOrganisation.query(on: app.db).count(),
         try await SousActionFunder.query(on: app.db).count(), try await PlanAction.query(on: app.db).count()]
    }

    /// The French message of a refused import, or nil when it went through.
    static func refusal(_ data: Data, replace: Bool = false, on app: Application) async throws -> String? {
        do {
            let document = try DocumentSource.parse(data: data)
            _ = try await PlanImporter.run(document, sourceName: "abîmé.txt", replace: replace, on: app.db)
            return nil
        } catch let error as AppError {
            return error.reason
        }
    }

    static func exportJSON(_ app: Application) async throws -> String {
        let id = try await Seed.conventionID(on: app.db)
        return String(decoding: try await PlanExport.document(conventionID: id, on: app.db).1, as: UTF8.self)
    }
}
