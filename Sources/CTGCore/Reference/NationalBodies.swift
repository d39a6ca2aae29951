/// The bodies every territory has, under the names French documents give them: national
/// facts, the same everywhere. Their name in a territory comes from its context: "CAF",
/// "CAF 63" or "Caisse d'Allocations Familiales du Puy de Dôme" are that territory's CAF,
/// "CD 63" or "Département" its Conseil départemental, "Région AURA" its région.
/// Sources: the bodies' own statutes (Code de la sécurité sociale for CAF, MSA and CARSAT;
/// Code de l'éducation for the DSDEN; Code de l'action sociale et des familles for the
/// PMI, the relais petite enfance and the conférence des financeurs).
public enum NationalBodies {
    public struct Match: Equatable, Sendable {
        public let name: String
        public let kind: OrganisationKind
    }

    /// How the words after a body's name may qualify it.
    private enum Qualifier { case departement, region, any, none }

    private struct Body: Sendable {
        let heads: [[String]]
        let qualifier: Qualifier
        let kind: OrganisationKind
        let name: @Sendable (Departement?, TerritoryContext) -> String
    }

    private static func w(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    private static let bodies: [Body] = [
        Body(heads: [w("caf"), w("caisse d allocations familiales"), w("caisse d allocation familiale")],
             qualifier: .departement, kind: .caf) { d, c in d.map { $0 == c.departement ? c.cafName : $0.cafName } ?? c.cafName },
        Body(heads: [w("conseil departemental"), w("departement"), w("cd"), w("conseil general")],
             qualifier: .departement, kind: .financeur) { d, c in
                 (d ?? c.departement).map { "Conseil départemental \($0.ofName)" } ?? "Conseil départemental" },
        Body(heads: [w("dsden"), w("direction des services departementaux de l education nationale")],
             qualifier: .departement, kind: .financeur) { d, c in (d ?? c.departement).map { "DSDEN \($0.ofName)" } ?? "DSDEN" },
        Body(heads: [w("region"), w("conseil regional")], qualifier: .region, kind: .financeur) { _, c in
            c.departement.map { "Région \($0.region)" } ?? "Région" },
        Body(heads: [w("msa"), w("mutualite sociale agricole")], qualifier: .any, kind: .financeur) { _, _ in "MSA" },
        Body(heads: [w("carsat")], qualifier: .any, kind: .financeur) { _, _ in "CARSAT" },
        Body(heads: [w("conference des financeurs")], qualifier: .any, kind: .financeur) { _, _ in "Conférence des financeurs" },
        Body(heads: [w("pmi"), w("protection maternelle et infantile")], qualifier: .departement, kind: .service) { _, _ in "PMI" },
        Body(heads: [w("rpe"), w("ram"), w("relais petite enfance"), w("relais assistants maternels"),
                     w("relais d assistants maternels"), w("relais des assistants maternels")],
             qualifier: .none, kind: .service) { _, _ in "RPE" },
        Body(heads: [w("mds"), w("maison des solidarites"), w("maison departementale des solidarites")],
             qualifier: .none, kind: .service) { _, _ in "MDS" },
        Body(heads: [w("education nationale")], qualifier: .none, kind: .service) { _, _ in "Éducation nationale" },
    ]

    /// The usual short names of the régions ("Région AURA").
    static let regionAbbreviations: [String: String] = [
        "aura": "Auvergne-Rhône-Alpes", "bfc": "Bourgogne-Franche-Comté", "cvl": "Centre-Val de Loire",
        "hdf": "Hauts-de-France", "idf": "Île-de-France", "paca": "Provence-Alpes-Côte d'Azur",
        "sud": "Provence-Alpes-Côte d'Azur", "pdl": "Pays de la Loire", "na": "Nouvelle-Aquitaine",
    ]

    /// The national body `words` name in `context`, or nil.
    static func match(_ words: [String], in context: TerritoryContext) -> Match? {
        if words.count == 1, words[0].count >= 3, let region = regionAbbreviations[words[0]] {
            return Match(name: "Région \(region)", kind: .financeur)
        }
        for body in bodies {
            for head in body.heads where words.count >= head.count && Array(words.prefix(head.count)) == head {
                let rest = Array(words.dropFirst(head.count))
                switch body.qualifier {
                // "MSA Auvergne" is the MSA; "MSA CAF" is two bodies whose separator was lost.
                case .any where rest.isEmpty || match(rest, in: context) == nil:
                    return Match(name: body.name(nil, context), kind: body.kind)
                case .none where rest.isEmpty: return Match(name: body.name(nil, context), kind: body.kind)
                case .departement where rest.isEmpty: return Match(name: body.name(nil, context), kind: body.kind)
                case .departement:
                    if let d = DepartementQualifier.departement(rest) { return Match(name: body.name(d, context), kind: body.kind) }
                case .region:
                    if rest.isEmpty { return Match(name: body.name(nil, context), kind: body.kind) }
                    if let region = region(rest) { return Match(name: "Région \(region)", kind: body.kind) }
                default: break
                }
            }
        }
        return nil
    }

    /// "AURA", "Auvergne-Rhône-Alpes", "Auvergne Rhône Alpes".
    private static func region(_ words: [String]) -> String? {
        if words.count == 1, let region = regionAbbreviations[words[0]] { return region }
        let key = words.joined(separator: " ")
        return Set(Departement.all.map(\.region)).first { DocumentParser.Text.comparisonKey($0) == key }
    }
}
