import CTGCore

/// A small progress bar for the pages: the percentage is always written as
/// text, the bar (CSS, `aria-hidden`) only repeats it visually.
struct ProgressBar: Encodable, Sendable {
    /// 0…1, nil when nothing below can be measured (no sous-action, or all abandoned).
    var value: Double?
    /// Bar width in whole percent, 0 when not measurable.
    var percent: Int
    /// "46 %" or "non mesurable".
    var text: String
    /// What is measured, for screen readers: "Avancement de la fiche 1-1-1".
    var label: String

    init(_ value: Double?, label: String) {
        self.value = value
        self.percent = value.map { Int((min(max($0, 0), 1) * 100).rounded()) } ?? 0
        self.text = value.map(PilotageFormat.progress) ?? "non mesurable"
        self.label = label
    }
}
