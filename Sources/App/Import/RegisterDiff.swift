import CTGCore
import Foundation

/// What a council text changes in the register, applied to the rows in memory.
/// A value the text gives where the register had none is a fill; a value that replaces
/// another is an overwrite, which the importer refuses without `--replace`. A value the
/// text does not give never erases one the register has.
struct RegisterDiff {
    struct Change {
        var label: String
        /// Written whole in the journal, so a replaced value can be typed back.
        var before: String
        var after: String
        /// A shorter form for the refusal, where the whole value would be too long.
        var brief: (before: String, after: String)? = nil
        var sentence: String { "\(label) : « \(brief?.before ?? before) » → « \(brief?.after ?? after) »" }
    }

    var overwrites: [Change] = []
    var fills = 0
    var isEmpty: Bool { overwrites.isEmpty && fills == 0 }

    mutating func apply(_ draft: RegisterDraft, to seance: Seance) {
        let label = "séance du \(draft.date.french)"
        set(seance, \.sessionTime, draft.time, "\(label), heure")
        set(seance, \.convokedOn, draft.convokedOn, "\(label), date de convocation")
        set(seance, \.president, draft.president, "\(label), président de séance")
        set(seance, \.secretary, draft.secretary, "\(label), secrétaire de séance")
        set(seance, \.declaredPresent, draft.declaredPresent, "\(label), présents annoncés")
        set(seance, \.declaredRepresented, draft.declaredRepresented, "\(label), pouvoirs annoncés")
        set(seance, \.declaredVoters, draft.declaredVoters, "\(label), votants annoncés")
        if let members = draft.membersInOffice, seance.id != nil, seance.membersInOffice != members {
            overwrites.append(Change(label: "\(label), membres en exercice", before: "\(seance.membersInOffice)",
                                     after: "\(members)"))
            seance.membersInOffice = members
        }
    }

    /// One deliberation of the text against the register's row of that number (nil: a new one).
    mutating func apply(_ item: RegisterDraft.Item, to row: Deliberation?) {
        guard let row else { return }
        let label = "délibération n° \(item.number)"
        if !item.subject.isEmpty, row.subject != item.subject {
            overwrites.append(Change(label: "\(label), objet", before: row.subject, after: item.subject))
        }
        guard let vote = item.vote, !Self.sameCounts(row.voteTally, vote) else { return }
        if let before = row.voteTally {
            overwrites.append(Change(label: "\(label), vote", before: before.frenchSummary, after: vote.frenchSummary))
        } else {
            fills += 1
        }
    }

    /// Whether the text's list differs from the recorded one; an overwrite when one was recorded.
    mutating func attendance(_ lines: [RegisterDraft.Line], current: [SeanceAttendance]) -> Bool {
        guard !lines.isEmpty else { return false }
        let recorded = current.sorted { $0.position < $1.position }
            .map { RegisterDraft.Line(name: $0.memberName, status: $0.status, other: $0.otherName) }
        guard recorded != lines else { return false }
        if recorded.isEmpty { fills += 1; return true }
        overwrites.append(Change(label: "liste de présence", before: Self.list(recorded), after: Self.list(lines),
                                 brief: (Self.describe(recorded), Self.describe(lines))))
        return true
    }

    /// Tallies compared by their counts: the président's casting vote and a secret ballot,
    /// which a text rarely states, are kept as entered.
    static func sameCounts(_ a: VoteTally?, _ b: VoteTally) -> Bool {
        guard let a else { return false }
        return (a.pour, a.contre, a.abstentions, a.nePrendPasPart) == (b.pour, b.contre, b.abstentions, b.nePrendPasPart)
    }

    /// "Présent : 9, Absent : 1", to see at a glance what changed.
    static func describe(_ lines: [RegisterDraft.Line]) -> String {
        SeanceAttendance.Status.allCases.compactMap { status in
            let n = lines.filter { $0.status == status }.count
            return n == 0 ? nil : "\(status.label) : \(n)"
        }.joined(separator: ", ")
    }

    /// Every line, "Absent excusé : Ana BRAS ; Procuration donnée à… : Léo CAZE → Ana BRAS".
    static func list(_ lines: [RegisterDraft.Line]) -> String {
        lines.map { "\($0.status.label) : \($0.name)\($0.other.map { " → \($0)" } ?? "")" }.joined(separator: " ; ")
    }

    private mutating func set<V: Equatable>(_ seance: Seance, _ path: ReferenceWritableKeyPath<Seance, V?>,
                                            _ new: V?, _ label: String) {
        guard let new, seance[keyPath: path] != new else { return }
        if let old = seance[keyPath: path], seance.id != nil {
            overwrites.append(Change(label: label, before: "\(old)", after: "\(new)"))
        } else {
            fills += 1
        }
        seance[keyPath: path] = new
    }
}
