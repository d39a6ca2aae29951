import CTGCore

/// What a register import did, printed by `ctg import` and written in the journal.
struct RegisterSummary: Sendable {
    var territoryName: String
    var territorySlug: String
    var date: CivilDate
    var numbers: [String]
    var lines: Int
    var warnings: [String]
    var alreadyImported = false
    /// How many values `--replace` overwrote (each one is in the journal).
    var replaced = 0

    init(territory: Territory, date: CivilDate, draft: RegisterDraft, warnings: [String]) {
        territoryName = territory.name
        territorySlug = territory.slug
        self.date = date
        numbers = draft.items.map(\.number)
        lines = draft.lines.count
        self.warnings = warnings
    }

    private var deliberations: String {
        numbers.isEmpty ? "aucune délibération numérotée"
            : "\(numbers.count) délibération\(numbers.count > 1 ? "s" : "") (n° \(numbers.joined(separator: ", ")))"
    }

    var output: [String] {
        var out = [alreadyImported
            ? "Séance du \(date.french) déjà importée au registre de « \(territoryName) » (\(territorySlug)) : aucune modification."
            : "Séance du \(date.french) enregistrée au registre de « \(territoryName) » (\(territorySlug)) : "
                + "\(deliberations), \(lines) ligne\(lines > 1 ? "s" : "") de présence."]
        if replaced > 0 {
            out.append("\(replaced) valeur\(replaced > 1 ? "s" : "") remplacée\(replaced > 1 ? "s" : "") (--replace) : "
                + "les valeurs précédentes sont au journal.")
        }
        if !warnings.isEmpty {
            out.append("\(FrenchCount.phrase(warnings.count, "avertissement")) :")
            out += warnings.map { "  - \($0)" }
        }
        return out
    }

    func journal(_ sourceName: String, updated: Bool) -> String {
        "Import de « \(sourceName) » : séance du \(date.french) \(updated ? "mise à jour" : "enregistrée"), \(deliberations)."
    }
}
