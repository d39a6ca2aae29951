import CTGCore
import Foundation

/// A member as typed in the form or read from a CSV line, before it is saved.
struct CouncilEntry: Sendable {
    var name: String
    var commune: String?
    var role: CouncilMember.Role
    /// For a suppléant: the name of the titulaire they stand in for.
    var titulaire: String?
    var mandateStart: CivilDate?
    var mandateEnd: CivilDate?
    /// The CSV line, for messages; nil for the form.
    var line: Int?

    /// Same folding as the register's names: "Laurent Dumas" is "Laurent DUMAS".
    static func key(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    }
}

/// Checks a batch of entries against each other and the council already recorded.
enum CouncilRules {
    static func validate(_ entries: [CouncilEntry], existing: [CouncilMember]) -> [String] {
        var errors: [String] = []
        let existingTitulaires = Set(existing.filter { $0.role == .titulaire }.map { CouncilEntry.key($0.name) })
        let newTitulaires = Set(entries.filter { $0.role == .titulaire }.map { CouncilEntry.key($0.name) })
        var firstLine: [String: Int] = [:]
        var suppleantOf: [String: String] = [:]
        for member in existing where member.role == .suppleant {
            if let titulaire = existing.first(where: { $0.id == member.$titulaire.id }) {
                suppleantOf[CouncilEntry.key(titulaire.name)] = member.name
            }
        }
        for (index, entry) in entries.enumerated() {
            let at = entry.line.map { "Ligne \($0) : " } ?? ""
            let key = CouncilEntry.key(entry.name)
            if let first = firstLine[key] {
                errors.append(at + "« \(entry.name) » figure déjà à la ligne \(first).")
            }
            firstLine[key] = entry.line ?? index + 1
            if let start = entry.mandateStart, let end = entry.mandateEnd, end < start {
                errors.append(at + "la fin de mandat (\(end.french)) précède son début (\(start.french)).")
            }
            switch entry.role {
            case .titulaire:
                if entry.titulaire != nil {
                    errors.append(at + "\(entry.name) est titulaire : la colonne « titulaire » ne concerne que les suppléants.")
                }
            case .suppleant:
                guard let titulaire = entry.titulaire else {
                    errors.append(at + "indiquez le titulaire que le suppléant \(entry.name) remplace.")
                    continue
                }
                let titulaireKey = CouncilEntry.key(titulaire)
                if !existingTitulaires.contains(titulaireKey) && !newTitulaires.contains(titulaireKey) {
                    errors.append(at + "le titulaire « \(titulaire) » du suppléant \(entry.name) n'est pas membre du conseil.")
                } else if let other = suppleantOf[titulaireKey], CouncilEntry.key(other) != key {
                    errors.append(at + "\(titulaire) a déjà un suppléant (\(other)) : un titulaire n'en a qu'un (CGCT L5211-6).")
                } else {
                    suppleantOf[titulaireKey] = entry.name
                }
            }
        }
        return errors
    }
}
