import Vapor

/// `/accessibilite`: the site's accessibility statement (RGAA 4.1), linked from every footer.
/// The statement describes how the site is tested (axe-core in the browser suite) and what is
/// known not to conform; a person who meets a barrier is told how to say so.
enum AccessibilityController {
    struct Page: Encodable {
        var layout: Layout
        var checkedOn: String
    }

    /// The date of the last assessment, to update with the statement.
    static let checkedOn = "2026-11-30"

    @Sendable static func show(req: Request) async throws -> View {
        try await req.view.render("accessibilite", Page(
            layout: Layout(title: "Déclaration d'accessibilité", scope: nil),
            checkedOn: FrenchFormat.date(checkedOn) ?? checkedOn))
    }
}
