import Foundation

/// A plain-text French e-mail as the bytes an SMTP server receives (RFC 5322 with MIME).
/// Pure, so the header rules are tested without a server: the subject is a UTF-8 encoded-word
/// (RFC 2047), the body travels in base64 so no relay can mangle accents or long links, and
/// a line break in an address or the subject is refused rather than allowed to add headers.
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: String
    public var subject: String
    public var body: String

    public init(from: String, to: String, subject: String, body: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
    }

    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case headerInjection(field: String)
        case address(String)

        public var description: String {
            switch self {
            case .headerInjection(let field): return "Le champ « \(field) » du courriel contient un saut de ligne."
            case .address(let address): return "« \(address) » n'est pas une adresse e-mail utilisable."
            }
        }
    }

    /// The message, CRLF line ends. `date` and `messageID` are parameters so tests are exact.
    public func rendered(date: Date, messageID: String) throws -> String {
        for (field, value) in [("From", from), ("To", to), ("Subject", subject)]
        // By scalar: "\r\n" is one Character in Swift, equal to neither "\r" nor "\n".
        where value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw Refusal.headerInjection(field: field)
        }
        for address in [from, to] where !Self.isPlainAddress(address) { throw Refusal.address(address) }
        let headers = [
            "From: \(from)",
            "To: \(to)",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + encoded + "\r\n"
    }

    /// An address the accounts would accept (`EmailAddress`, the one rule of the app), so
    /// nothing that could carry a display name, a comment or a second recipient.
    public static func isPlainAddress(_ address: String) -> Bool {
        EmailAddress.problem(address.lowercased()) == nil
    }

    /// ASCII stays as it is; anything else becomes one `=?utf-8?B?…?=` word.
    static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return text }
        return "=?utf-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
