import Foundation

/// What a family types to register for an animation, checked before anything is written.
public struct RegistrationRequest: Equatable, Sendable {
    public var name: String
    public var email: String
    public var places: Int
    public var commune: String
    public var childrenAges: String

    public static let maximumPlaces = 20

    public init(name: String, email: String, places: Int, commune: String, childrenAges: String) {
        self.name = name; self.email = email; self.places = places; self.commune = commune; self.childrenAges = childrenAges
    }

    /// The cleaned request, or every French reason it cannot be accepted.
    public static func validate(name: String?, email: String?, places: String?, commune: String?,
                                childrenAges: String?) -> Result<RegistrationRequest, RegistrationRefusal> {
        var reasons: [String] = []
        let name = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let email = (email ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let commune = (commune ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let ages = (childrenAges ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { reasons.append("Indiquez votre nom.") } else if name.count > 120 { reasons.append("Le nom dépasse 120 caractères.") }
        if email.isEmpty {
            reasons.append("Indiquez votre adresse électronique, par exemple prenom.nom@exemple.fr.")
        } else if let problem = EmailAddress.problem(email) {
            reasons.append(problem)
        }
        if commune.isEmpty { reasons.append("Indiquez votre commune de résidence.") } else if commune.count > 120 { reasons.append("La commune dépasse 120 caractères.") }
        if ages.count > 120 { reasons.append("Les âges des enfants dépassent 120 caractères.") }
        let count = Int((places ?? "").trimmingCharacters(in: .whitespaces))
        if let count, (1...maximumPlaces).contains(count) {} else {
            reasons.append("Le nombre de places doit être un nombre entier entre 1 et \(maximumPlaces).")
        }
        guard reasons.isEmpty, let count else { return .failure(RegistrationRefusal(reasons: reasons)) }
        return .success(RegistrationRequest(name: name, email: email, places: count, commune: commune, childrenAges: ages))
    }
}

public struct RegistrationRefusal: Error, Equatable, Sendable {
    public var reasons: [String]
    public init(reasons: [String]) { self.reasons = reasons }
    public var message: String { reasons.joined(separator: " ") }
}
