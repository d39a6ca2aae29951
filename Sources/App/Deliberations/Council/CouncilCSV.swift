import CSV
import CTGCore
import Foundation

/// The council list as a CSV file, one member per line:
///
///     nom;commune;qualite;titulaire;debut_mandat;fin_mandat
///     Laurent DUMAS;Saint-Éloy-les-Mines;titulaire;;01/07/2020;
///     Alain DURIN;Montaigut;suppléant;Marie TARDIVAT;01/07/2020;
///
/// `;` or `,` as separator (whichever the header uses), UTF-8, header names without
/// accents or case. Every line is checked; one wrong line and nothing is imported.
enum CouncilCSV {
    static let columns: [(name: String, help: String)] = [
        ("nom", "prénom et nom du conseiller (obligatoire)"),
        ("commune", "commune représentée"),
        ("qualite", "titulaire ou suppléant (obligatoire)"),
        ("titulaire", "pour un suppléant : le nom du titulaire qu'il remplace"),
        ("debut_mandat", "JJ/MM/AAAA ou AAAA-MM-JJ ; vide si inconnu"),
        ("fin_mandat", "JJ/MM/AAAA ou AAAA-MM-JJ ; vide si le mandat est en cours"),
    ]

    static func parse(_ text: String) -> (entries: [CouncilEntry], errors: [String]) {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let headerLine = body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard !headerLine.trimmingCharacters(in: .whitespaces).isEmpty else {
            return ([], ["Le fichier est vide : la première ligne doit nommer les colonnes (" + columns.map(\.name).joined(separator: ";") + ")."])
        }
        let delimiter: UnicodeScalar = headerLine.contains(";") ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
        } catch {
            return ([], ["Le fichier CSV est illisible : \(error)."])
        }
        let header = (reader.headerRow ?? []).map(normalise)
        let missing = ["nom", "qualite"].filter { !header.contains($0) }
        guard missing.isEmpty else {
            return ([], [(missing.count > 1 ? "Colonnes manquantes : " : "Colonne manquante : ") + missing.joined(separator: ", ") + ". Colonnes attendues : "
                + columns.map(\.name).joined(separator: ";") + "."])
        }
        var entries: [CouncilEntry] = []
        var errors: [String] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.isEmpty }) { continue }
            func value(_ column: String) -> String? {
                guard let index = header.firstIndex(of: column), index < row.count, !row[index].isEmpty else { return nil }
                return row[index]
            }
            var fields = RegisterFormFields()
            // Every cell is a name, a commune, a quality or a date: none needs more than a name's length.
            for (index, cell) in row.enumerated() {
                let column = index < header.count ? header[index] : "colonne \(index + 1)"
                if let problem = FieldLimit(column, FieldLimits.name).problem(cell) { fields.fail(problem) }
            }
            let name = value("nom")
            if name == nil { fields.fail("le nom est vide.") }
            let role = value("qualite").flatMap(role(_:))
            if role == nil { fields.fail("la qualité « \(value("qualite") ?? "") » est inconnue (attendu : titulaire ou suppléant).") }
            let start = fields.date(value("debut_mandat"), "début de mandat")
            let end = fields.date(value("fin_mandat"), "fin de mandat")
            errors += fields.errors.map { "Ligne \(line) : " + $0 }
            if let name, let role, fields.errors.isEmpty {
                entries.append(CouncilEntry(name: name, commune: value("commune"), role: role, titulaire: value("titulaire"),
                                            mandateStart: start, mandateEnd: end, line: line))
            }
        }
        if entries.isEmpty && errors.isEmpty { errors.append("Le fichier ne contient aucun conseiller.") }
        return (entries, errors)
    }

    static func role(_ raw: String) -> CouncilMember.Role? {
        switch normalise(raw) {
        case "titulaire": return .titulaire
        case "suppleant", "suppleante": return .suppleant
        default: return nil
        }
    }

    /// "Début du mandat" → "debut_du_mandat" → matched as "debut_mandat".
    static func normalise(_ raw: String) -> String {
        let folded = raw.trimmingCharacters(in: .whitespaces)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "_du_", with: "_")
            .replacingOccurrences(of: "_de_", with: "_")
        return folded
    }
}
