import CTGCore
import Fluent
import Vapor

/// The computed sources of the indicator « Nombre de jeunes souhaitant participer »: an election
/// concerns a fiche when its `action_code` is the fiche's code or one of its sous-actions'
/// ("4-1-1" or "4-1-1-B"), as the coordinateur typed it; nothing in the code names a fiche.
enum CCJIndicators {
    static func provide(on app: Application) {
        var sources = app.computedSources
        CCJSources.register(into: &sources.registry)
        // The app's clock (tests stop it), read weakly: the provider lives in the app's own storage.
        let today: @Sendable () -> CivilDate = { [weak app] in
            let d = app?.pilotageClock.today() ?? PilotageClock.system.today()
            return CivilDate(year: d.year, month: d.month, day: d.day) ?? CivilDate(year: 2000, month: 1, day: 1)!
        }
        sources.provide(CCJSources.candidates, with: Provider(kind: .candidates, today: today))
        sources.provide(CCJSources.turnout, with: Provider(kind: .turnout, today: today))
        app.computedSources = sources
    }

    struct Provider: ComputedRecordProvider {
        enum Kind { case candidates, turnout }
        var kind: Kind
        var today: @Sendable () -> CivilDate

        func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
            guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
            let code = scope.actionCode.uppercased()
            let elections = try await CCJElection.query(on: db).filter(\.$territory.$id == territoryID).all().filter {
                let mine = $0.actionCode.uppercased()
                return !mine.isEmpty && (mine == code || mine.hasPrefix(code + "-"))
            }
            var records: [ComputedRecord] = []
            for election in elections {
                guard let window = election.window, let id = election.id else { continue }
                let colleges = try await CCJAccess.colleges(electionID: id, on: db)
                switch kind {
                case .candidates:
                    let date = PilotageDate(year: window.opens.year, month: window.opens.month, day: window.opens.day)
                    for (college, _, candidates) in colleges {
                        records += candidates.map {
                            ComputedRecord(id: "ccj-candidat-\($0.id ?? 0)", label: "\($0.name) (« \(election.title) », \(college.name))",
                                           year: window.opens.year, date: date)
                        }
                    }
                case .turnout:
                    // Only once closed: a rate during the vote would move with every ballot.
                    guard window.state(on: today()) == .closed else { continue }
                    let total = colleges.reduce(CCJTurnout(ballots: 0, voters: 0)) { sum, entry in
                        sum + CCJTurnout(ballots: entry.0.ballots, voters: entry.1.values.reduce(0, +))
                    }
                    guard let rate = total.rate else { continue }
                    records.append(ComputedRecord(
                        id: "ccj-election-\(id)",
                        label: "« \(election.title) » : \(total.ballots) bulletins pour \(total.voters) électeurs (\(total.percent))",
                        year: window.closes.year,
                        date: PilotageDate(year: window.closes.year, month: window.closes.month, day: window.closes.day),
                        value: rate * 100))
                }
            }
            return records
        }
    }
}
