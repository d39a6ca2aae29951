import Foundation

/// A territory typed by an instance admin (form or `ctg territory create`), checked
/// before anything is written. Each refusal is a French sentence naming the field.
public struct NewTerritory: Equatable, Sendable {
    public var name: String
    /// Nine digits, spaces removed ("200 072 080" is accepted as typed on a letterhead).
    public var siren: String
    public var departement: Departement
    public var slug: String

    /// Checks every field and returns either the territory or all the refusals at once,
    /// so the form can show them together. `slug` empty or nil: proposed from the name.
    public static func check(name rawName: String, siren rawSiren: String, departement rawDepartement: String,
                             slug rawSlug: String?, takenSlugs: Set<String>, takenSirens: Set<String>) -> Result<NewTerritory, Refusal> {
        var problems: [String] = []
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append("Indiquez le nom du territoire.") }
        let siren = rawSiren.filter { !$0.isWhitespace }
        if siren.isEmpty {
            problems.append("Indiquez le SIREN du territoire (9 chiffres).")
        } else {
            do {
                try ActesIdentifier.checkSiren(siren)
                if takenSirens.contains(siren) { problems.append("Un territoire de SIREN « \(siren) » existe déjà.") }
            } catch {
                problems.append(error.message)
            }
        }
        let departement = Departement.withCode(rawDepartement.trimmingCharacters(in: .whitespaces))
        if departement == nil {
            problems.append(rawDepartement.trimmingCharacters(in: .whitespaces).isEmpty
                ? "Choisissez le département du territoire."
                : "Le département « \(rawDepartement) » n'existe pas : choisissez-le dans la liste.")
        }
        let typed = rawSlug?.trimmingCharacters(in: .whitespaces) ?? ""
        let slug = typed.isEmpty ? TerritorySlug.unique(from: name, taken: takenSlugs) : typed
        if !typed.isEmpty, let problem = slugProblem(typed, taken: takenSlugs) { problems.append(problem) }
        guard problems.isEmpty, let departement else { return .failure(Refusal(problems: problems)) }
        return .success(NewTerritory(name: name, siren: siren, departement: departement, slug: slug))
    }

    /// Why a typed slug cannot be the territory's address, or nil when it can.
    public static func slugProblem(_ slug: String, taken: Set<String>) -> String? {
        if TerritorySlug.reserved.contains(slug) {
            return "L'adresse « \(slug) » est réservée au site (pages communes à tous les territoires) : choisissez-en une autre."
        }
        if !TerritorySlug.isValid(slug) {
            return "L'adresse « \(slug) » n'est pas valable : lettres minuscules sans accents, chiffres et tirets simples "
                + "seulement, 60 caractères au plus, sans tiret au début ni à la fin."
        }
        if taken.contains(slug) { return "L'adresse « \(slug) » est déjà celle d'un autre territoire." }
        return nil
    }

    public struct Refusal: Error, Equatable, Sendable {
        public var problems: [String]
        public var message: String { problems.joined(separator: " ") }
    }
}
