import CTGCore
import Vapor

/// The information page form as posted, and its checks.
struct InfoPageForm: Content {
    var title: String?
    var slug: String?
    var summary: String?
    var markdown: String?
    var reviewInterval: String?
    var organisation: String?

    init(_ page: InfoPage? = nil) {
        guard let page else { reviewInterval = String(ReviewSchedule.defaultDays); return }
        title = page.title; slug = page.slug; summary = page.summary; markdown = page.body
        reviewInterval = String(page.reviewIntervalDays); organisation = page.$organisation.id.map(String.init)
    }

    private func text(_ value: String?) -> String { (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Copies the checked values onto `page` and marks it updated now.
    func apply(to page: InfoPage, allowed organisations: [Organisation], isReferent: Bool, now: Date = Date()) throws {
        guard !text(title).isEmpty else { throw AppError.invalidInput("Indiquez le titre de la page.") }
        guard !text(markdown).isEmpty else { throw AppError.invalidInput("Écrivez le texte de la page.") }
        let slug = text(slug).isEmpty ? PageSlug.make(from: text(title)) : text(slug)
        guard PageSlug.isValid(slug), slug != GuichetPage.newPageWord else {
            throw AppError.invalidInput("L'adresse « \(slug.prefix(60)) » ne convient pas : lettres minuscules sans accent, chiffres et tirets seulement.")
        }
        let range = ReviewSchedule.allowedDays
        guard let interval = Int(text(reviewInterval)), range.contains(interval) else {
            throw AppError.invalidInput("Le délai de relecture doit être un nombre de jours entre \(range.lowerBound) et \(range.upperBound).")
        }
        let organisationID = Int(text(organisation))
        if let organisationID, !organisations.contains(where: { $0.id == organisationID }) {
            throw AppError.invalidInput("L'organisation choisie n'est pas l'une des vôtres.")
        }
        if isReferent, organisationID == nil {
            throw AppError.invalidInput("Choisissez votre organisation : sans elle, vous ne pourriez plus modifier la page.")
        }
        page.title = text(title); page.slug = slug; page.summary = text(summary); page.body = text(markdown)
        page.reviewIntervalDays = interval; page.$organisation.id = organisationID; page.reviewedAt = now
    }
}
