/// The 101 départements and their régions (COG, since the 2016 regional reform):
/// national reference data, the same for every territory.
public struct Departement: Codable, Hashable, Sendable {
    /// "01" … "95", "2A", "2B", "971" … "976".
    public let code: String
    public let name: String
    public let region: String

    public static func withCode(_ code: String) -> Departement? {
        var key = code.uppercased()
        // ACTES writes the département on three characters: "063", "02A".
        if key.count == 3, key.hasPrefix("0") { key.removeFirst() }
        return all.first { $0.code == key }
    }

    /// "Puy-de-Dôme", "puy de dome", "PUY-DE-DOME" alike.
    public static func named(_ name: String) -> Departement? {
        let key = DocumentParser.Text.comparisonKey(name)
        return all.first { DocumentParser.Text.comparisonKey($0.name) == key }
    }

    /// The département of a French postal code ("63700" → 63, "20000" → Corse-du-Sud, "97400" → 974).
    public static func ofPostalCode(_ postalCode: String) -> Departement? {
        guard postalCode.count == 5, postalCode.allSatisfy(\.isNumber) else { return nil }
        if postalCode.hasPrefix("97") { return withCode(String(postalCode.prefix(3))) }
        if postalCode.hasPrefix("20") { return withCode(Int(postalCode)! < 20200 ? "2A" : "2B") }
        return withCode(String(postalCode.prefix(2)))
    }

    public static let all: [Departement] = regions.flatMap { region, list in
        list.map { Departement(code: $0.0, name: $0.1, region: region) }
    }.sorted { $0.code < $1.code }

    private static let regions: [(String, [(String, String)])] = [
        ("Auvergne-Rhône-Alpes", [("01", "Ain"), ("03", "Allier"), ("07", "Ardèche"), ("15", "Cantal"), ("26", "Drôme"),
            ("38", "Isère"), ("42", "Loire"), ("43", "Haute-Loire"), ("63", "Puy-de-Dôme"), ("69", "Rhône"),
            ("73", "Savoie"), ("74", "Haute-Savoie")]),
        ("Bourgogne-Franche-Comté", [("21", "Côte-d'Or"), ("25", "Doubs"), ("39", "Jura"), ("58", "Nièvre"),
            ("70", "Haute-Saône"), ("71", "Saône-et-Loire"), ("89", "Yonne"), ("90", "Territoire de Belfort")]),
        ("Bretagne", [("22", "Côtes-d'Armor"), ("29", "Finistère"), ("35", "Ille-et-Vilaine"), ("56", "Morbihan")]),
        ("Centre-Val de Loire", [("18", "Cher"), ("28", "Eure-et-Loir"), ("36", "Indre"), ("37", "Indre-et-Loire"),
            ("41", "Loir-et-Cher"), ("45", "Loiret")]),
        ("Corse", [("2A", "Corse-du-Sud"), ("2B", "Haute-Corse")]),
        ("Grand Est", [("08", "Ardennes"), ("10", "Aube"), ("51", "Marne"), ("52", "Haute-Marne"),
            ("54", "Meurthe-et-Moselle"), ("55", "Meuse"), ("57", "Moselle"), ("67", "Bas-Rhin"), ("68", "Haut-Rhin"),
            ("88", "Vosges")]),
        ("Hauts-de-France", [("02", "Aisne"), ("59", "Nord"), ("60", "Oise"), ("62", "Pas-de-Calais"), ("80", "Somme")]),
        ("Île-de-France", [("75", "Paris"), ("77", "Seine-et-Marne"), ("78", "Yvelines"), ("91", "Essonne"),
            ("92", "Hauts-de-Seine"), ("93", "Seine-Saint-Denis"), ("94", "Val-de-Marne"), ("95", "Val-d'Oise")]),
        ("Normandie", [("14", "Calvados"), ("27", "Eure"), ("50", "Manche"), ("61", "Orne"), ("76", "Seine-Maritime")]),
        ("Nouvelle-Aquitaine", [("16", "Charente"), ("17", "Charente-Maritime"), ("19", "Corrèze"), ("23", "Creuse"),
            ("24", "Dordogne"), ("33", "Gironde"), ("40", "Landes"), ("47", "Lot-et-Garonne"),
            ("64", "Pyrénées-Atlantiques"), ("79", "Deux-Sèvres"), ("86", "Vienne"), ("87", "Haute-Vienne")]),
        ("Occitanie", [("09", "Ariège"), ("11", "Aude"), ("12", "Aveyron"), ("30", "Gard"), ("31", "Haute-Garonne"),
            ("32", "Gers"), ("34", "Hérault"), ("46", "Lot"), ("48", "Lozère"), ("65", "Hautes-Pyrénées"),
            ("66", "Pyrénées-Orientales"), ("81", "Tarn"), ("82", "Tarn-et-Garonne")]),
        ("Pays de la Loire", [("44", "Loire-Atlantique"), ("49", "Maine-et-Loire"), ("53", "Mayenne"), ("72", "Sarthe"),
            ("85", "Vendée")]),
        ("Provence-Alpes-Côte d'Azur", [("04", "Alpes-de-Haute-Provence"), ("05", "Hautes-Alpes"),
            ("06", "Alpes-Maritimes"), ("13", "Bouches-du-Rhône"), ("83", "Var"), ("84", "Vaucluse")]),
        ("Guadeloupe", [("971", "Guadeloupe")]), ("Martinique", [("972", "Martinique")]),
        ("Guyane", [("973", "Guyane")]), ("La Réunion", [("974", "La Réunion")]), ("Mayotte", [("976", "Mayotte")]),
    ]
}
