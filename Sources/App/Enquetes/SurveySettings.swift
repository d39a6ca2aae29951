import CTGCore
import Foundation

/// A survey's settings as the builder posts them, checked (French reasons) before any write.
struct SurveySettings: Sendable {
    var title: String
    var introduction: String
    var audience: String
    var actionCode: String?
    var opensOn: CivilDate
    var closesOn: CivilDate
    var published: Bool

    static func read(_ form: SurveyBuilderController.SettingsForm) -> Result<SurveySettings, SurveyRefusal> {
        let trim = { (text: String?) in (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        var reasons: [String] = []
        let title = trim(form.title)
        if title.isEmpty { reasons.append("Donnez un titre à l'enquête.") }
        let code = trim(form.code).uppercased()
        // A fiche ("3-1-2") or sous-action ("3-1-2-A") code, as the plan numbers them.
        let codeOK = code.isEmpty || (code.count <= 20 && code.first?.isNumber == true
            && code.allSatisfy { $0.isNumber || $0 == "-" || ($0.isASCII && $0.isLetter) })
        if !codeOK { reasons.append("Le code de fiche s'écrit comme dans le plan, par exemple 3-1-2 ou 3-1-2-A (« \(code.prefix(20)) » reçu).") }
        var dates: (CivilDate, CivilDate)?
        switch SurveyWindow.read(opensOn: form.opensOn, closesOn: form.closesOn) {
        case .success(let read): dates = read
        case .failure(let refusal): reasons += refusal.reasons
        }
        guard reasons.isEmpty, let dates else { return .failure(SurveyRefusal(reasons: reasons)) }
        return .success(SurveySettings(title: title, introduction: trim(form.description), audience: trim(form.audience),
                                       actionCode: code.isEmpty ? nil : code, opensOn: dates.0, closesOn: dates.1,
                                       published: form.published == "oui"))
    }

    func apply(to survey: Survey) {
        survey.title = title
        survey.introduction = introduction
        survey.audience = audience
        survey.actionCode = actionCode
        survey.opensOn = opensOn.description
        survey.closesOn = closesOn.description
        survey.published = published
    }

    /// One line for the journal: what a reader of the history needs to see changed.
    static func summary(of survey: Survey) -> String {
        "\(survey.title) ; \(survey.published ? "publiée" : "brouillon") du \(survey.window.opensOn.french) au \(survey.window.closesOn.french)"
            + (survey.actionCode.map { " ; fiche \($0)" } ?? "")
    }
}
