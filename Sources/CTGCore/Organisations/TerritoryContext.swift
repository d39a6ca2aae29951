/// What a territory's plan means by its generic words: which collectivity "CC" is, which
/// CAF "CAF" is, which département "CD" and "DSDEN" belong to.
public struct TerritoryContext: Sendable, Equatable {
    public var territory: TerritoryName?
    public var departement: Departement?
    /// The CAF the document names, else the département's, else plain "CAF".
    public var cafName: String

    public init(territoryName: String?, departement: Departement?, cafName: String? = nil) {
        territory = territoryName.flatMap(TerritoryName.init)
        self.departement = departement
        self.cafName = cafName ?? departement?.cafName ?? "CAF"
    }

    /// No territory: national bodies keep their generic names ("CAF").
    public static let nowhere = TerritoryContext(territoryName: nil, departement: nil)

    /// The context a document gives of itself.
    public init(identity: DocumentIdentity) {
        self.init(territoryName: identity.fullName, departement: identity.departement, cafName: identity.cafName)
    }

    /// The territory's collectivity, as a body of its own plan.
    public var territoryBody: NationalBodies.Match? {
        territory.map { NationalBodies.Match(name: $0.fullName, kind: $0.kind) }
    }
}
