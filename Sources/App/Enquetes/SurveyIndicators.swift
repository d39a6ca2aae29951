import CTGCore
import Fluent
import Vapor

/// The providers behind the surveys' computed sources: a survey concerns a fiche when the code
/// it serves is the fiche's or one of its sous-actions' ("3-1-2" or "3-1-2-A" for fiche 3-1-2).
enum SurveyIndicators {
    static func provide(on app: Application) {
        var sources = app.computedSources
        ParticipationSources.register(into: &sources.registry)
        sources.provide(ParticipationSources.responses, with: Provider(kind: .responses))
        sources.provide(ParticipationSources.diagnostic, with: Provider(kind: .diagnostic))
        sources.provide(ParticipationSources.audiences, with: Provider(kind: .audiences))
        app.computedSources = sources
        ChantierIndicators.provide(on: app)
    }

    struct Provider: ComputedRecordProvider {
        enum Kind { case responses, diagnostic, audiences }
        var kind: Kind

        func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
            guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
            let code = scope.actionCode.uppercased()
            let surveys = try await Survey.query(on: db).filter(\.$territory.$id == territoryID).filter(\.$actionCode != nil).all()
                .filter { $0.actionCode == code || ($0.actionCode ?? "").hasPrefix(code + "-") }
            let ids = surveys.compactMap(\.id)
            guard !ids.isEmpty else { return [] }
            // Responses per survey and year, from the day each was given.
            var counts: [Int: [Int: Int]] = [:]
            for response in try await SurveyResponse.query(on: db).filter(\.$survey.$id ~~ ids).all() {
                guard let year = Int(response.submittedOn.prefix(4)) else { continue }
                counts[response.$survey.id, default: [:]][year, default: 0] += 1
            }
            return surveys.flatMap { survey -> [ComputedRecord] in
                let id = survey.id ?? 0
                let perYear = counts[id] ?? [:]
                switch kind {
                case .responses:
                    return perYear.sorted { $0.key < $1.key }.map { year, n in
                        ComputedRecord(id: "\(id)-\(year)", label: "\(survey.title) : \(FrenchCount.phrase(n, "réponse"))",
                                       year: year, value: Double(n))
                    }
                case .audiences:
                    let audience = survey.audience.isEmpty ? survey.title : survey.audience
                    return perYear.keys.sorted().map { ComputedRecord(id: "\(id)-\($0)", label: audience, year: $0) }
                case .diagnostic:
                    let close = survey.window.closesOn
                    // Carried out once closed with answers; a survey still open is not a finished diagnostic.
                    guard perYear.values.reduce(0, +) > 0, close < Self.today() else { return [] }
                    return [ComputedRecord(id: "\(id)", label: "\(survey.title), close le \(close.french)", year: close.year,
                                           date: PilotageDate(year: close.year, month: close.month, day: close.day))]
                }
            }
        }

        static func today() -> CivilDate {
            let t = PilotageClock.system.today()
            return CivilDate(year: t.year, month: t.month, day: t.day) ?? CivilDate(year: 2000, month: 1, day: 1)!
        }
    }
}
