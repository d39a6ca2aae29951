import CTGCore
import Ink

/// Editors' Markdown as HTML a page can show as it is: raw HTML is escaped before Ink parses
/// the text, and addresses Ink writes are checked afterwards (see `SafeMarkdownSource`).
enum SafeMarkdown {
    static func html(_ markdown: String) -> String {
        let parser = MarkdownParser()
        let rendered = parser.html(from: SafeMarkdownSource.neutralised(markdown))
        return SafeMarkdownSource.sanitisingAddresses(rendered)
    }
}
