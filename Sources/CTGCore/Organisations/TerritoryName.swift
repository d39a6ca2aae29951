/// The collectivity a plan belongs to, split into its kind and its own name so that the
/// general ways of naming it can be derived: "Communauté de communes du Pays de Saint-Eloy"
/// is also "CCPSE", "CC du Pays de Saint-Eloy", "Pays de Saint-Eloy", "la Communauté de communes".
public struct TerritoryName: Sendable, Equatable {
    public let fullName: String
    /// "Communauté de communes", "Commune".
    public let kindWords: String
    /// "CC", "CA", "CU"; nil for a commune or a métropole.
    public let abbreviation: String?
    /// "du Pays de Saint-Eloy", "Loir-Lucé-Bercé", "de Saint-Martin".
    public let ownName: String
    public let kind: OrganisationKind

    private static let kinds: [(words: String, abbreviation: String?, kind: OrganisationKind)] = [
        ("Communauté de communes", "CC", .epci), ("Communauté d'agglomération", "CA", .epci),
        ("Communauté urbaine", "CU", .epci), ("Métropole", nil, .epci), ("Commune", nil, .commune),
    ]

    public init?(_ fullName: String) {
        let key = OrganisationAlias.words(fullName)
        for entry in Self.kinds {
            let kindKey = OrganisationAlias.words(entry.words)
            guard key.count > kindKey.count, Array(key.prefix(kindKey.count)) == kindKey else { continue }
            // The own name is what follows the kind's words in the original spelling.
            let rest = fullName.split(whereSeparator: \.isWhitespace).dropFirst(entry.words.split(separator: " ").count)
                .joined(separator: " ")
            self.fullName = PlaceNames.typographic(fullName)
            kindWords = entry.words
            abbreviation = entry.abbreviation
            ownName = PlaceNames.typographic(rest)
            kind = entry.kind
            return
        }
        return nil
    }

    /// "CCPSE" from "Communauté de communes du Pays de Saint-Eloy", "CCLLB" from
    /// "Communauté de communes Loir-Lucé-Bercé": the abbreviation and the initials of
    /// the own name's words, small words left out.
    public var acronym: String? {
        guard let abbreviation else { return nil }
        let initials = OrganisationAlias.words(ownName).filter { !PlaceNames.smallWords.contains($0) }
            .compactMap(\.first).map { String($0).uppercased() }.joined()
        return initials.count >= 2 ? abbreviation + initials : nil
    }

    /// Every alias key that names this collectivity.
    var keys: Set<[String]> {
        let own = OrganisationAlias.words(ownName)
        let bare = own.first.map { PlaceNames.smallWords.contains($0) } == true ? Array(own.dropFirst()) : own
        let kindKey = OrganisationAlias.words(kindWords)
        var keys: Set<[String]> = [OrganisationAlias.words(fullName), kindKey, kindKey + bare]
        // "Pays de Saint-Eloy" alone names the EPCI; a commune's bare name is the town, not its council.
        if kind == .epci, bare.count >= 2 { keys.insert(bare) }
        if let abbreviation {
            let abbr = OrganisationAlias.words(abbreviation)
            keys.formUnion([abbr, abbr + own, abbr + bare, ["intercommunalite"], ["epci"], ["com", "com"], ["comcom"]])
        }
        if kind == .commune { keys.formUnion([["mairie"], ["ville"], ["commune"]]) }
        if let acronym { keys.insert(OrganisationAlias.words(acronym)) }
        return keys
    }
}
