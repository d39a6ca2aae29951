import CTGCore
import Vapor

/// Reading the back office's forms into checked values, each refusal a French sentence.
enum CCJForms {
    struct RuleForm: Content { var adoptedOn: String?; var body: String? }
    struct ElectionForm: Content {
        var title: String?; var collegeKind: String?; var opensOn: String?; var closesOn: String?
        var tieRule: String?; var actionCode: String?
    }
    struct CollegeForm: Content { var name: String?; var seats: String?; var voters: String? }
    struct CandidateForm: Content { var college: String?; var name: String?; var birthDate: String?; var statement: String? }
    struct CodesForm: Content { var count: String? }

    static let bodyLimit = 20_000
    static let statementLimit = 1_000

    static func text(_ value: String?, label: String, limit: Int = FieldLimits.name, errors: inout [String]) -> String {
        let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { errors.append("Le champ « \(label) » est obligatoire.") }
        else if text.count > limit { errors.append("Le champ « \(label) » dépasse \(limit) caractères (\(text.count)).") }
        return text
    }

    static func day(_ value: String?, label: String, errors: inout [String]) -> CivilDate? {
        let typed = (value ?? "").trimmingCharacters(in: .whitespaces)
        guard let date = CivilDate(typed) else {
            errors.append("La date « \(label) » doit être un jour du calendrier (AAAA-MM-JJ).")
            return nil
        }
        if let problem = CivilDate.implausibility(year: date.year, typed: typed, label: label) {
            errors.append(problem)
            return nil
        }
        return date
    }

    static func number(_ value: String?, label: String, in range: ClosedRange<Int>, errors: inout [String]) -> Int {
        guard let n = Int((value ?? "").trimmingCharacters(in: .whitespaces)), range.contains(n) else {
            errors.append("« \(label) » doit être un nombre entier de \(range.lowerBound) à \(range.upperBound).")
            return range.lowerBound
        }
        return n
    }

    struct Election { var title: String; var kind: String; var window: CCJVotingWindow; var rule: CCJTieRule; var actionCode: String }

    static func election(_ form: ElectionForm) -> Result<Election, CCJFormErrors> {
        var errors: [String] = []
        let title = text(form.title, label: "Titre", errors: &errors)
        let kind = form.collegeKind == "commune" ? "commune" : form.collegeKind == "ecole" ? "ecole" : ""
        if kind.isEmpty { errors.append("Choisissez si les collèges sont des établissements scolaires ou des communes.") }
        let opens = day(form.opensOn, label: "Ouverture du vote", errors: &errors)
        let closes = day(form.closesOn, label: "Clôture du vote", errors: &errors)
        let rule = CCJTieRule(rawValue: form.tieRule ?? "")
        if rule == nil { errors.append("Choisissez la règle qui départage les candidats à égalité de voix.") }
        let code = (form.actionCode ?? "").trimmingCharacters(in: .whitespaces)
        if code.count > FieldLimits.code { errors.append("Le code de fiche dépasse \(FieldLimits.code) caractères.") }
        var window: CCJVotingWindow?
        if let opens, let closes {
            window = CCJVotingWindow(opens: opens, closes: closes)
            if window == nil { errors.append("La clôture du vote (\(closes.french)) précède son ouverture (\(opens.french)).") }
        }
        guard errors.isEmpty, let window, let rule else { return .failure(CCJFormErrors(messages: errors)) }
        return .success(Election(title: title, kind: kind, window: window, rule: rule, actionCode: code))
    }
}

struct CCJFormErrors: Error { var messages: [String] }
