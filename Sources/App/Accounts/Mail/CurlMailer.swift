#if canImport(Glibc)
import Glibc
#endif
import CTGCore
import Foundation
import NIOPosix

/// SMTP through the `curl` program: it speaks SMTP, SMTPS, STARTTLS and AUTH, and is present
/// on every server, so no hand-written SMTP client. The password goes in a private config file
/// (`-K`), never on the command line where `ps` would show it.
struct CurlMailer: Mailer {
    var settings: SMTPSettings
    var curl: String
    var pool: NIOThreadPool

    var sender: String { settings.from }

    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/curl" }.first { access($0, X_OK) == 0 }
    }

    func send(_ message: MailMessage) async throws {
        let domain = settings.from.split(separator: "@").last.map(String.init) ?? "ctg"
        let text = try message.rendered(date: Date(), messageID: "\(UUID().uuidString.lowercased())@\(domain)")
        let directory = NSTemporaryDirectory() + "ctg-mail-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let messagePath = directory + "/message.eml", configPath = directory + "/curl.conf"
        try Data(text.utf8).write(to: URL(fileURLWithPath: messagePath))
        var config = ""
        if let user = settings.user, let password = settings.password {
            config = "user = \"\(Self.quoted(user)):\(Self.quoted(password))\"\n"
        }
        guard FileManager.default.createFile(atPath: configPath, contents: Data(config.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw AppError.unavailable("Le fichier temporaire d'envoi du courriel n'a pas pu être écrit dans \(directory).")
        }
        var arguments = ["--silent", "--show-error", "--max-time", "30", "-K", configPath, "--url", Self.url(settings.url, domain: domain),
                         "--mail-from", message.from, "--mail-rcpt", message.to, "--upload-file", messagePath]
        if settings.requireTLS, settings.url.lowercased().hasPrefix("smtp:") { arguments.append("--ssl-reqd") }
        let outcome = try await ChildProcess.run(curl, arguments, on: pool)
        guard outcome.status == 0 else {
            throw AppError.unavailable("Le serveur de courriel a refusé l'envoi (curl \(outcome.status)) : \(outcome.errorOutput)")
        }
    }

    /// curl greets the server (EHLO) with the URL's path, or else with the uploaded file's name:
    /// give it the sender's domain, as a mail client would.
    static func url(_ url: String, domain: String) -> String {
        guard let parsed = URL(string: url), parsed.path.isEmpty || parsed.path == "/" else { return url }
        return (url.hasSuffix("/") ? url : url + "/") + domain
    }

    /// A value inside double quotes in a curl config file.
    static func quoted(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
