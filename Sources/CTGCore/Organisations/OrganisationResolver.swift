/// Which body a name in a plan designates, in one territory: a body the territory already
/// knows (by its name or an alias a person kept when merging), a national body, the
/// territory's own collectivity, or a local body named for the first time. Exact on the
/// alias key, never fuzzy: "Communes du territoire" must not become the EPCI.
public struct OrganisationResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// `isNew`: a local body this territory does not know yet.
        case body(name: String, kind: OrganisationKind, isNew: Bool)
        /// "associations partenaires": a description of several bodies, kept as text.
        case group
        /// A French sentence saying why no body can be chosen.
        case unresolved(String)
    }

    public let context: TerritoryContext
    private var index: [[String]: [KnownOrganisation]] = [:]
    /// The territory's own alias keys, derived once: deriving them costs more than a whole
    /// lookup, and a plan asks for hundreds of names.
    private let territoryKeys: Set<[String]>

    public init(context: TerritoryContext, known: [KnownOrganisation] = []) {
        self.context = context
        territoryKeys = context.territory?.keys ?? []
        for organisation in known { add(organisation) }
    }

    /// Makes `organisation` known: its name and every alias resolve to it.
    public mutating func add(_ organisation: KnownOrganisation) {
        for spelling in [organisation.name] + organisation.aliases {
            let key = OrganisationAlias.key(spelling, departement: context.departement)
            guard !key.isEmpty else { continue }
            if !(index[key] ?? []).contains(where: { $0.name == organisation.name }) { index[key, default: []].append(organisation) }
        }
    }

    public func resolve(_ raw: String) -> Resolution {
        if let match = known(raw) { return match }
        // "Communauté de communes (CCPSE)": the name or its bracketed acronym.
        if let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close {
            let outside = String(raw[..<open]), inside = String(raw[raw.index(after: open)..<close])
            switch (known(outside), known(inside)) {
            case let (a?, b?) where a != b:
                return .unresolved("« \(raw) » désigne deux organismes différents (\(Self.name(a)) et \(Self.name(b))) : rattaché à aucun.")
            case let (a?, _): return a
            case let (nil, b?): return b
            default: break
            }
        }
        let words = OrganisationAlias.words(raw)
        if words.count == 1, LocalBodies.bareKinds.contains(words[0]) {
            return .unresolved("« \(raw) » ne dit pas de quel organisme il s'agit : rattaché à aucun.")
        }
        if LocalBodies.isGroup(raw) { return .group }
        let name = LocalBodies.displayName(raw)
        guard !name.isEmpty else { return .group }
        return .body(name: name, kind: LocalBodies.kind(of: raw), isNew: true)
    }

    /// A known body, a national one or the territory's own collectivity.
    private func known(_ raw: String) -> Resolution? {
        let key = OrganisationAlias.key(raw, departement: context.departement)
        guard !key.isEmpty else { return nil }
        if let matches = index[key] {
            if matches.count > 1 {
                return .unresolved("« \(raw) » peut désigner plusieurs organismes (\(matches.map(\.name).joined(separator: ", "))) : rattaché à aucun.")
            }
            return .body(name: matches[0].name, kind: matches[0].kind, isNew: false)
        }
        if let territory = context.territory, territoryKeys.contains(OrganisationAlias.collapsingRepeats(OrganisationAlias.words(raw)))
            || territoryKeys.contains(key) {
            return .body(name: territory.fullName, kind: territory.kind, isNew: false)
        }
        if let national = NationalBodies.match(OrganisationAlias.words(raw), in: context) {
            return .body(name: national.name, kind: national.kind, isNew: false)
        }
        return nil
    }

    private static func name(_ resolution: Resolution) -> String {
        if case let .body(name, _, _) = resolution { return name }
        return "?"
    }
}
