/// The `@page` rule that puts the CTG, the territory and the date in the top margin
/// and "page n / N" in the bottom margin of every page the browser prints (Ctrl+P).
/// Built here because CSS margin boxes cannot read the page's data attributes.
public enum PrintPageRule {
    public static func css(territory: String?, date: String) -> String {
        let left = "Convention Territoriale Globale" + (territory.map { " — \($0)" } ?? "")
        // Margin boxes do not inherit the body's font: without one they print in the default serif.
        let font = " font: 8pt system-ui, sans-serif; color: #333;"
        return "@media print { @page { @top-left { content: \(quoted(left));\(font) } @top-right { content: \(quoted(date));\(font) } "
            + "@bottom-right { content: \"page \" counter(page) \" / \" counter(pages);\(font) } } }"
    }

    /// A CSS string literal that cannot close the string nor the `<style>` element it sits in.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
