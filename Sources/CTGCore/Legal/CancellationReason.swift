import Foundation

/// Why a séance or a deliberation recorded by mistake is cancelled (issue 13). The reason is
/// shown to the public on the 410 page of a cancelled act, so it is required and kept short.
public enum CancellationReason {
    public static let maxLength = 300

    /// The reason, trimmed and on one line, or the French refusal.
    public static func check(_ raw: String?) -> Result<String, CancellationReasonError> {
        let text = (raw ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        if text.isEmpty { return .failure(.missing) }
        if text.count > maxLength { return .failure(.tooLong(text.count)) }
        return .success(text)
    }
}

public enum CancellationReasonError: Error, Equatable, Sendable {
    case missing
    case tooLong(Int)

    public var message: String {
        switch self {
        case .missing:
            return "Indiquez le motif de l'annulation, par exemple « saisie par erreur » : il est inscrit au journal et affiché au public."
        case .tooLong(let count):
            return "Le motif compte \(count) caractères : \(CancellationReason.maxLength) au plus."
        }
    }
}
