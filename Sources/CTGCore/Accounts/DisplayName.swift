/// A user's display name ("Marie Dupont"), typed by a coordinateur, on the command line or by
/// the person themself. Optional: an account without one is shown by its e-mail address.
public enum DisplayName {
    /// The most characters a name may hold, the same as every other person's name in a form.
    public static let maxCharacters = FieldLimits.name

    /// The name to store: trimmed, inner runs of spaces made one (a pasted name often carries
    /// tabs or double spaces), nil when nothing is left. Throws the French refusal when too long.
    public static func clean(_ raw: String?) throws(Refusal) -> String? {
        guard let raw else { return nil }
        let words = raw.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        guard !words.isEmpty else { return nil }
        let name = words.joined(separator: " ")
        if let problem = FieldLimit("Prénom et nom", maxCharacters).problem(name) { throw Refusal(message: problem) }
        return name
    }

    /// Why a typed name was refused, in French.
    public struct Refusal: Error, Equatable {
        public let message: String
        public init(message: String) { self.message = message }
    }
}
