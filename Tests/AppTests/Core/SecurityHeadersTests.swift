@testable import App
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 7 §6: the same protective headers on every kind of response.
@Suite struct SecurityHeadersTests {
    @Test(arguments: ["/pays-de-saint-eloy", "/pays-de-saint-eloy/plan.csv", "/nulle-part", "/css/ctg.css", "/api/v1/conventions"])
    func everyResponseCarriesTheHeaders(path: String) async throws {
        try await withApp { app in
            let response = try await Browser(app).get(path)
            #expect(response.status == (path == "/nulle-part" ? .notFound : .ok))
            let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
            for directive in ["default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'", "object-src 'none'"] {
                #expect(csp.contains(directive), "\(path): \(directive)")
            }
            // Only the progress bars' style attributes are allowed inline; never a script.
            let inline = csp.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.contains("'unsafe-inline'") }
            #expect(inline == ["style-src-attr 'unsafe-inline'"])
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
        }
    }

    /// The policy allows no inline script: a template that brings one back fails here (script files are allowed).
    @Test func templatesHoldNoInlineScriptOrHandler() throws {
        let views = TestPaths.packageRoot + "/Resources/Views"
        let handler = try NSRegularExpression(pattern: #"\son[a-z]+\s*="#, options: [.caseInsensitive])
        for name in try FileManager.default.contentsOfDirectory(atPath: views) where name.hasSuffix(".leaf") {
            let text = try String(contentsOfFile: views + "/" + name, encoding: .utf8)
            // A script *file* under /Public is what the policy allows (`<script src="/js/…" defer></script>`);
            // anything else opening a script element is inline code.
            let files = try NSRegularExpression(pattern: #"<script src="/js/[a-z-]+\.js" defer></script>"#)
            let withoutFiles = files.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
            #expect(!withoutFiles.lowercased().contains("<script"), "\(name)")
            #expect(!text.lowercased().contains("javascript:"), "\(name)")
            #expect(handler.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(name)")
        }
    }
}
