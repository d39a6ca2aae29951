import Foundation

/// The assistants maternels network of one commune in one year (fiches 1-2-1, 1-2-2), as the
/// RPE enters it: aggregated, never a person.
public struct AMFigures: Equatable, Sendable {
    public var commune: String
    public var year: Int
    public var assistants: Int
    public var places: Int
    public var availablePlaces: Int
    /// Children under 3 living in the commune, from public statistics (INSEE); nil if unknown.
    public var childrenUnder3: Int?

    public init(commune: String, year: Int, assistants: Int, places: Int, availablePlaces: Int, childrenUnder3: Int?) {
        self.commune = commune; self.year = year; self.assistants = assistants; self.places = places
        self.availablePlaces = availablePlaces; self.childrenUnder3 = childrenUnder3
    }

    /// Taux de couverture: places of assistants maternels per 100 children under 3.
    public var coverage: Double? {
        guard let children = childrenUnder3, children > 0 else { return nil }
        return Double(places) / Double(children) * 100
    }

    /// Reads the form's fields; each refusal names its field.
    public static func read(commune: String?, year: String?, assistants: String?, places: String?, available: String?,
                            children: String?) -> (figures: AMFigures?, errors: [String]) {
        var errors: [String] = []
        let name = (commune ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty { errors.append("Indiquez la commune.") }
        func count(_ raw: String?, _ label: String, optional: Bool = false) -> Int? {
            let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty, optional { return nil }
            guard let value = Int(text), value >= 0, value < 1_000_000 else {
                errors.append("« \(label) » doit être un nombre entier positif ou nul (« \(text) » reçu).")
                return nil
            }
            return value
        }
        let y = Int((year ?? "").trimmingCharacters(in: .whitespaces)).flatMap { (2000...2100).contains($0) ? $0 : nil }
        if y == nil { errors.append("L'année doit s'écrire sur quatre chiffres, entre 2000 et 2100.") }
        let am = count(assistants, "Assistants maternels agréés")
        let p = count(places, "Places agréées")
        let free = count(available, "Places déclarées disponibles")
        let kids = count(children, "Enfants de moins de 3 ans", optional: true)
        if let p, let free, free > p { errors.append("Les places déclarées disponibles (\(free)) ne peuvent dépasser les places agréées (\(p)).") }
        guard errors.isEmpty, let y, let am, let p, let free else { return (nil, errors) }
        return (AMFigures(commune: name, year: y, assistants: am, places: p, availablePlaces: free, childrenUnder3: kids), [])
    }
}

/// A wish to open a maison d'assistants maternels (fiche 1-2-3) and the steps of its accompaniment.
public enum MAMStep: String, CaseIterable, Codable, Sendable {
    case information, etudeBesoins = "etude-besoins", local, agrementPMI = "agrement-pmi", aideCAF = "aide-caf", ouverture

    public var label: String {
        switch self {
        case .information: "Information"
        case .etudeBesoins: "Étude de besoins"
        case .local: "Local trouvé"
        case .agrementPMI: "Agrément PMI"
        case .aideCAF: "Aide de la CAF"
        case .ouverture: "Ouverture"
        }
    }

    /// A project's stage: the furthest step it has reached (steps may be dated out of order).
    public static func stage(of done: [MAMStep]) -> MAMStep? {
        done.max { allCases.firstIndex(of: $0)! < allCases.firstIndex(of: $1)! }
    }
}
