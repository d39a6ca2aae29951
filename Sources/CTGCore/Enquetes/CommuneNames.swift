import Foundation

/// The territory's list of communes, as a commune question offers it: the names of its
/// organisations of kind commune ("Commune de Lempdes" → "Lempdes") and the communes of its
/// structures, each once, in French order.
public enum CommuneNames {
    static let prefixes = ["commune de ", "commune d'", "commune d’", "mairie de ", "mairie d'", "mairie d’", "ville de ", "ville d'"]

    public static func place(ofOrganisation name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        for prefix in prefixes where trimmed.lowercased().hasPrefix(prefix) {
            return String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return trimmed
    }

    public static func list(organisations: [String], structureCommunes: [String]) -> [String] {
        var seen = Set<String>()
        let all = (organisations.map(place(ofOrganisation:)) + structureCommunes.map { $0.trimmingCharacters(in: .whitespaces) })
            .filter { !$0.isEmpty && seen.insert($0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)).inserted }
        return all.sorted { $0.compare($1, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending }
    }
}
