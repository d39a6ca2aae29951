import CTGCore
import Leaf
import Vapor

/// `#plural(n, "fiche", "fiches")` → "1 fiche", "3 fiches": real French plurals in templates
/// instead of "fiche(s)", with the site's one count rule (`FrenchCount`, zero is singular).
struct PluralTag: LeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard ctx.parameters.count == 3, let count = ctx.parameters[0].int,
              let singular = ctx.parameters[1].string, let plural = ctx.parameters[2].string else {
            throw Abort(.internalServerError, reason: "#plural attend un nombre, le singulier et le pluriel : #plural(n, \"fiche\", \"fiches\")")
        }
        return .string(FrenchCount.phrase(count, singular, plural))
    }
}
