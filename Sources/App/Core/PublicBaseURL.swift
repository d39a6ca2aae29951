import Vapor

/// `CTG_PUBLIC_URL`: the address people reach the site at (`https://ctg.caf.example.fr`).
/// Why: a link that leaves by e-mail must not be built from the request's `Host` header, which
/// whoever sends the request chooses: a forged host would mail a real password link that points
/// to someone else's server. With SMTP configured the setting is required.
enum PublicBaseURL {
    /// The normalised base (scheme and host, optional port, no trailing slash), or a French reason.
    static func parse(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let base = trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
        guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = url.host, !host.isEmpty, url.path.isEmpty, url.query == nil, url.fragment == nil, url.user == nil else {
            throw AppError.invalidInput("CTG_PUBLIC_URL doit donner l'adresse publique du site, sans chemin, "
                + "par exemple https://ctg.caf.example.fr (reçu : « \(text) »).")
        }
        return scheme + "://" + host.lowercased() + (url.port.map { ":\($0)" } ?? "")
    }

    static func configure(_ app: Application) throws {
        guard let text = Environment.get("CTG_PUBLIC_URL"), !text.isEmpty else { return }
        app.publicBaseURL = try parse(text)
    }
}

extension Application {
    private struct PublicBaseURLKey: StorageKey { typealias Value = String }

    /// nil unless `CTG_PUBLIC_URL` is set (or a test sets it).
    var publicBaseURL: String? {
        get { storage[PublicBaseURLKey.self] }
        set { storage[PublicBaseURLKey.self] = newValue }
    }
}

extension Request {
    /// The base of absolute links: the configured public address, else the one this request used.
    var absoluteBase: String {
        if let configured = application.publicBaseURL { return configured }
        return (isSecureTransport ? "https" : "http") + "://" + (headers.first(name: .host) ?? "localhost")
    }
}
