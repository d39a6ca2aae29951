import Vapor

/// The "calendrier" form of a sous-action: one checkbox per convention year,
/// posted as `years[]`. The hidden `calendar` field tells "every box unticked"
/// (years become unknown) from an empty or truncated request.
struct CalendarForm: Content, Sendable {
    var calendar: String?
    var years: [String]?

    /// The new planned years. Years outside the convention, which the form cannot
    /// show, are kept from `current` rather than silently dropped.
    func validate(conventionYears: [Int], current: [Int]) -> Result<[Int], SuiviFormErrors> {
        guard calendar != nil else {
            return .failure(SuiviFormErrors(["Le formulaire du calendrier est incomplet. Rechargez la page et réessayez."]))
        }
        var errors: [String] = []
        var chosen: Set<Int> = []
        for text in years ?? [] {
            if let year = SuiviFormat.year(text, in: conventionYears, errors: &errors) { chosen.insert(year) }
        }
        guard errors.isEmpty else { return .failure(SuiviFormErrors(errors)) }
        let outside = current.filter { !conventionYears.contains($0) }
        return .success(Array(chosen.union(outside)).sorted())
    }
}
