import Foundation

/// Why an ACTES stamp was refused. Each defect has its own case so the form can say
/// precisely what to correct instead of a generic "identifiant invalide".
public enum ActesError: Error, Hashable, Sendable {
    case empty
    case wrongPartCount(found: Int)
    case missingDepartement
    case departementMalformed(String)
    case sirenNotNineDigits(String)
    case sirenFailsLuhn(String)
    case dateMalformed(String)
    case dateInvalid(String)
    case internalNumberEmpty
    case internalNumberTooLong(String)
    case internalNumberBadCharacters(String)
    case natureCodeUnknown(String)

    public var message: String {
        switch self {
        case .empty:
            return "L'identifiant ACTES est vide."
        case .wrongPartCount(let found):
            return "L'identifiant ACTES doit comporter 5 segments séparés par des tirets "
                + "(département-SIREN-date-numéro-nature) ; \(found) trouvé\(found > 1 ? "s" : "")."
        case .missingDepartement:
            return "Le code département manque en tête de l'identifiant ACTES "
                + "(attendu : 3 caractères, par exemple 063 ou 02A)."
        case .departementMalformed(let value):
            return "Le code département « \(value) » est invalide : "
                + "attendu 3 caractères, par exemple 063, 02A, 02B ou 974."
        case .sirenNotNineDigits(let value):
            return "Le SIREN « \(value) » doit comporter exactement 9 chiffres (\(value.count) caractère\(value.count > 1 ? "s" : "") trouvé\(value.count > 1 ? "s" : ""))."
        case .sirenFailsLuhn(let value):
            return "Le SIREN « \(value) » est invalide : sa clé de contrôle (algorithme de Luhn) est fausse."
        case .dateMalformed(let value):
            return "La date « \(value) » de l'identifiant ACTES doit comporter 8 chiffres au format AAAAMMJJ."
        case .dateInvalid(let value):
            return "La date « \(value) » de l'identifiant ACTES n'existe pas dans le calendrier."
        case .internalNumberEmpty:
            return "Le numéro interne de l'acte est vide."
        case .internalNumberTooLong(let value):
            return "Le numéro interne « \(value) » dépasse 15 caractères (\(value.count) trouvés)."
        case .internalNumberBadCharacters(let value):
            return "Le numéro interne « \(value) » ne peut contenir que des majuscules non accentuées, "
                + "des chiffres et le caractère « _ »."
        case .natureCodeUnknown(let value):
            return "Le code nature « \(value) » est inconnu : valeurs admises "
                + ActesNatureCode.allCases.map(\.rawValue).joined(separator: ", ") + "."
        }
    }
}

extension ActesError: LocalizedError {
    public var errorDescription: String? { message }
}

/// Luhn checksum, used by INSEE for SIREN numbers: a typo in one digit is always caught.
public enum Luhn {
    public static func isValid(_ digits: String) -> Bool {
        guard !digits.isEmpty, digits.allSatisfy(LegalASCII.isDigit) else { return false }
        var sum = 0
        for (offset, char) in digits.reversed().enumerated() {
            var value = Int(String(char))!
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}
