/// "à la Maison de l'Entrepreneur", "au centre social", "aux Halles": a place after « réuni à »,
/// with the article the source wrote kept (the register's reader keeps it in the place:
/// "la Maison de l'Entrepreneur"), contracted as French requires.
public enum FrenchPlace {
    public static func afterÀ(_ place: String) -> String {
        let lower = place.lowercased()
        if lower.hasPrefix("le ") { return "au " + place.dropFirst(3) }
        if lower.hasPrefix("les ") { return "aux " + place.dropFirst(4) }
        return "à " + place
    }

    /// The place as the reader keeps it from "réuni au centre social": "le centre social".
    public static func withArticle(preposition: String, rest: String) -> String {
        switch preposition.lowercased() {
        case "au": return "le " + rest
        case "aux": return "les " + rest
        default: return rest
        }
    }
}
