/// How French writes "of" before each département: "du Puy-de-Dôme", "de la Sarthe",
/// "de l'Ain", "des Vosges", "de Paris". The CAF of a département takes its name from it.
extension Departement {
    private static let plural: Set<String> = ["04", "05", "06", "13", "22", "40", "64", "65", "66", "79", "08", "88", "78", "92"]
    private static let elided: Set<String> = ["01", "02", "03", "07", "09", "10", "11", "12", "27", "28", "34", "35", "36", "37",
                                             "38", "60", "61", "89", "91"]
    private static let feminine: Set<String> = ["16", "17", "19", "23", "24", "26", "33", "42", "43", "44", "48", "50", "51",
                                               "52", "53", "55", "57", "54", "58", "70", "71", "72", "73", "74", "76", "77",
                                               "93", "80", "85", "86", "87", "31", "2A", "2B", "21", "971", "972", "973", "974"]
    private static let bare: Set<String> = ["75", "976"]

    /// "du Puy-de-Dôme", "de la Sarthe", "de l'Ain", "des Vosges", "de Paris".
    public var ofName: String {
        if Self.plural.contains(code) { return "des \(name)" }
        if Self.elided.contains(code) { return "de l'\(name)" }
        if Self.feminine.contains(code) { return name.hasPrefix("La ") ? "de \(name)" : "de la \(name)" }
        if Self.bare.contains(code) { return "de \(name)" }
        return "du \(name)"
    }

    /// "CAF du Puy-de-Dôme": the Caisse d'allocations familiales of the département.
    public var cafName: String { "CAF \(ofName)" }
}
