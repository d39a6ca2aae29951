import CTGCore
import Vapor

/// The column filters of `/suivi` and `/suivi.csv`, as GET parameters (French
/// names, so a shared link reads well). Empty means "all".
struct SuiviFilter: Content, Sendable {
    var convention: Int?
    var axe: String?
    var organisation: String?
    var statut: String?
    var annee: String?
    var financeur: String?

    struct Parsed: Sendable {
        var axe: Int?
        var organisation: String?
        var status: SubActionStatus?
        var year: Int?
        var financeur: String?
    }

    /// Values checked; a malformed one is refused in French rather than ignored,
    /// so nobody reads an unfiltered export believing it filtered.
    func parse() throws -> Parsed {
        func clean(_ s: String?) -> String? {
            let t = (s ?? "").trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? nil : t
        }
        var parsed = Parsed(organisation: clean(organisation), financeur: clean(financeur))
        if let text = clean(axe) {
            guard let n = Int(text) else { throw AppError.invalidInput("Filtre « axe » invalide : « \(text) » n'est pas un numéro d'axe.") }
            parsed.axe = n
        }
        if let text = clean(statut) {
            guard let s = SuiviFormat.status(text) else {
                throw AppError.invalidInput("Filtre « statut » invalide : « \(text) ». Statuts possibles : "
                    + SubActionStatus.allCases.map(\.label).joined(separator: ", ") + ".")
            }
            parsed.status = s
        }
        if let text = clean(annee) {
            guard let y = Int(text) else { throw AppError.invalidInput("Filtre « année » invalide : « \(text) » n'est pas une année.") }
            parsed.year = y
        }
        return parsed
    }

    /// The same filters as a query string (for the CSV link), without empty values.
    var queryString: String {
        let pairs: [(String, String?)] = [("convention", convention.map(String.init)), ("axe", axe), ("organisation", organisation),
                                          ("statut", statut), ("annee", annee), ("financeur", financeur)]
        let kept = pairs.compactMap { key, value -> String? in
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return key + "=" + SignInRedirect.queryEscape(value)
        }
        return kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
    }
}

extension SuiviFilter.Parsed {
    /// Organisation is a responsable of the fiche; year is a planned year;
    /// status is the effective one (lateness applied), as shown in the table.
    func matches(_ row: SuiviRow) -> Bool {
        if let axe, row.axeNumber != axe { return false }
        if let organisation, !row.organisations.contains(organisation) { return false }
        if let status, row.statusKey != status.rawValue { return false }
        if let year, !row.plannedYears.contains(year) { return false }
        if let financeur, !row.financeurs.contains(financeur) { return false }
        return true
    }
}
