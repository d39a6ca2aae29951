import CTGCore
import Fluent
import Vapor

/// Status entries of a convention's sous-actions, the one place other domains
/// (bilan, pages) read them from.
enum StatusHistory {
    /// Every entry of the convention, grouped by sous-action id, in entry order
    /// (oldest first). The latest entry per (sous-action, year) is the current status.
    static func load(conventionID: Int, on db: any Database) async throws -> [Int: [SousActionStatusEntry]] {
        let entries = try await SousActionStatusEntry.query(on: db)
            .join(SousAction.self, on: \SousActionStatusEntry.$sousAction.$id == \SousAction.$id)
            .join(PlanAction.self, on: \SousAction.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID)
            .sort(\.$id)
            .all()
        return Dictionary(grouping: entries, by: { $0.$sousAction.id })
    }

    /// Entries of one sous-action, oldest first.
    static func load(sousActionID: Int, on db: any Database) async throws -> [SousActionStatusEntry] {
        try await SousActionStatusEntry.query(on: db).filter(\.$sousAction.$id == sousActionID).sort(\.$id).all()
    }
}

extension SousActionStatusEntry {
    /// The value CTGCore works with; a malformed stored date is dropped rather than guessed.
    var snapshotEntry: PlanSnapshot.StatusEntry {
        PlanSnapshot.StatusEntry(year: year, date: PilotageDate(iso: recordedOn), status: status, comment: comment)
    }
}

extension PilotageDate {
    /// Strict "YYYY-MM-DD" with a real calendar day, else nil (31 February is refused,
    /// not clamped as `init(year:month:day:)` would).
    init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let date = PilotageDate(year: y, month: m, day: d)
        guard date.day == d else { return nil }
        self = date
    }
}
