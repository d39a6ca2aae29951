import CTGCore
import Vapor

/// The structure form as posted, and its checks: every refusal in French, before anything is written.
struct StructureForm: Content {
    var name: String?
    var kind: String?
    var organisation: String?
    var commune: String?
    var address: String?
    var minAge: String?
    var maxAge: String?
    var hours: String?
    var places: String?
    var phone: String?
    var email: String?
    var website: String?
    var description: String?

    init(_ structure: Structure? = nil) {
        guard let structure else { return }
        name = structure.name; kind = structure.kind; organisation = structure.$organisation.id.map(String.init)
        commune = structure.commune; address = structure.address
        minAge = structure.minAgeMonths.map(String.init); maxAge = structure.maxAgeMonths.map(String.init)
        hours = structure.openingHours; places = structure.places.map(String.init); phone = structure.phone
        email = structure.email; website = structure.website; description = structure.description
    }

    private func text(_ value: String?) -> String { (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Copies the checked values onto `structure`; the organisation must be one of `allowed`.
    func apply(to structure: Structure, allowed organisations: [Organisation], isReferent: Bool) throws {
        guard !text(name).isEmpty else { throw AppError.invalidInput("Indiquez le nom de la structure.") }
        guard !text(commune).isEmpty else { throw AppError.invalidInput("Indiquez la commune de la structure.") }
        guard let kind = StructureKind(rawValue: text(kind)) else { throw AppError.invalidInput("Choisissez le type de structure.") }
        let organisationID = Int(text(organisation))
        if let organisationID, !organisations.contains(where: { $0.id == organisationID }) {
            throw AppError.invalidInput("L'organisation gestionnaire choisie n'est pas l'une des vôtres.")
        }
        if isReferent, organisationID == nil {
            throw AppError.invalidInput("Choisissez votre organisation comme gestionnaire : sans elle, vous ne pourriez plus modifier la structure.")
        }
        let minMonths = try Self.number(text(minAge), label: "L'âge minimum", range: 0...(ChildAge.maxYears * 12))
        let maxMonths = try Self.number(text(maxAge), label: "L'âge maximum", range: 0...(ChildAge.maxYears * 12))
        if let minMonths, let maxMonths, minMonths > maxMonths {
            throw AppError.invalidInput("L'âge minimum (\(minMonths) mois) dépasse l'âge maximum (\(maxMonths) mois).")
        }
        let places = try Self.number(text(places), label: "Le nombre de places", range: 0...10_000)
        if !text(email).isEmpty, let problem = EmailAddress.problem(text(email)) { throw AppError.invalidInput(problem) }
        let site = text(website)
        if !site.isEmpty, !(site.lowercased().hasPrefix("https://") || site.lowercased().hasPrefix("http://")) {
            throw AppError.invalidInput("Le site internet doit commencer par https:// (ou http://).")
        }
        structure.name = text(name); structure.kind = kind.rawValue; structure.$organisation.id = organisationID
        structure.commune = text(commune); structure.address = text(address)
        structure.minAgeMonths = minMonths; structure.maxAgeMonths = maxMonths
        structure.openingHours = text(hours); structure.places = places; structure.phone = text(phone)
        structure.email = text(email); structure.website = site; structure.description = text(description)
    }

    static func number(_ typed: String, label: String, range: ClosedRange<Int>) throws -> Int? {
        guard !typed.isEmpty else { return nil }
        guard let value = Int(typed), range.contains(value) else {
            throw AppError.invalidInput("\(label) doit être un nombre entier entre \(range.lowerBound) et \(range.upperBound) (reçu : « \(typed.prefix(20)) »).")
        }
        return value
    }
}
