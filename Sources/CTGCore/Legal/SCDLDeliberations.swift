import Foundation

/// One deliberation in the terms of the SCDL "Délibérations" schema.
public struct SCDLDeliberationInput: Hashable, Sendable, Codable {
    public var collectiviteNom: String
    public var collectiviteSiret: String
    public var delibId: String
    public var delibDate: CivilDate
    /// Level-2 code of the ACTES subject nomenclature, e.g. "8.2".
    public var matiereCode: String
    /// Level-1 and level-2 ACTES titles, lower case, separated by "/".
    public var matiereNom: String
    public var objet: String
    public var budgetAnnee: String?
    public var budgetNom: String?
    /// "PREFNNN", "SPREFNNNM" or "SGARNNN".
    public var prefId: String?
    public var prefDate: CivilDate?
    public var voteEffectif: Int?
    public var voteReel: Int?
    public var votePour: Int?
    public var voteContre: Int?
    public var voteAbstention: Int?
    public var url: String?

    public init(collectiviteNom: String, collectiviteSiret: String, delibId: String, delibDate: CivilDate,
                matiereCode: String, matiereNom: String, objet: String, budgetAnnee: String? = nil,
                budgetNom: String? = nil, prefId: String? = nil, prefDate: CivilDate? = nil,
                voteEffectif: Int? = nil, voteReel: Int? = nil, votePour: Int? = nil, voteContre: Int? = nil,
                voteAbstention: Int? = nil, url: String? = nil) {
        self.collectiviteNom = collectiviteNom
        self.collectiviteSiret = collectiviteSiret
        self.delibId = delibId
        self.delibDate = delibDate
        self.matiereCode = matiereCode
        self.matiereNom = matiereNom
        self.objet = objet
        self.budgetAnnee = budgetAnnee
        self.budgetNom = budgetNom
        self.prefId = prefId
        self.prefDate = prefDate
        self.voteEffectif = voteEffectif
        self.voteReel = voteReel
        self.votePour = votePour
        self.voteContre = voteContre
        self.voteAbstention = voteAbstention
        self.url = url
    }
}

/// Export in the SCDL "Délibérations" schema, version 2.1.5 (latest published), by
/// OpenDataFrance: https://schema.data.gouv.fr/scdl/deliberations/2.1.5/documentation.html
/// (sources at https://gitlab.com/opendatafrance/scdl/deliberations).
/// Read from the documentation mirrored in github.com/datagouv/schema.data.gouv.fr,
/// site/scdl/deliberations/2.1.5/documentation.md. The schema has no boolean column; dates are
/// AAAA-MM-JJ (ISO 8601) and counts are integers. A missing optional value is written as an
/// empty string: the marker documented for version 2.1.2 (OpenDataFrance's SCDL pages);
/// the 2.1.5 documentation read here does not restate it.
public enum SCDLDeliberations {
    public static let schemaVersion = "2.1.5"

    public static let columns = [
        "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
        "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
        "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL",
    ]

    public static func row(for input: SCDLDeliberationInput) -> [String] {
        func int(_ value: Int?) -> String { value.map(String.init) ?? "" }
        return [
            input.collectiviteNom, input.collectiviteSiret, input.delibId, input.delibDate.description,
            input.matiereCode, input.matiereNom, input.objet, input.budgetAnnee ?? "", input.budgetNom ?? "",
            input.prefId ?? "", input.prefDate?.description ?? "", int(input.voteEffectif), int(input.voteReel),
            int(input.votePour), int(input.voteContre), int(input.voteAbstention), input.url ?? "",
        ]
    }

    /// The schema's own constraints (required values and patterns), in French, so an export
    /// that Validata would reject is refused here first.
    public static func validate(_ input: SCDLDeliberationInput) -> [String] {
        var errors: [String] = []
        let required = [("COLL_NOM", input.collectiviteNom), ("DELIB_ID", input.delibId),
                        ("DELIB_MATIERE_NOM", input.matiereNom), ("DELIB_OBJET", input.objet)]
        for (column, value) in required where value.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append("La colonne \(column) est obligatoire.")
        }
        if !matches(input.collectiviteSiret, #"^\d{14}$"#) {
            errors.append("COLL_SIRET doit comporter 14 chiffres (SIREN + NIC) : « \(input.collectiviteSiret) ».")
        }
        if !matches(input.matiereCode, #"^\d\.\d{1,2}$"#) {
            errors.append("DELIB_MATIERE_CODE doit suivre la nomenclature ACTES (par exemple 8.4) : « \(input.matiereCode) ».")
        }
        if let year = input.budgetAnnee, !year.isEmpty, !matches(year, #"^[0-9]{4}(/[0-9]{4})?$"#) {
            errors.append("BUDGET_ANNEE doit être au format AAAA ou AAAA/AAAA : « \(year) ».")
        }
        let counts = [input.voteEffectif, input.voteReel, input.votePour, input.voteContre, input.voteAbstention]
        if counts.contains(where: { ($0 ?? 0) < 0 }) {
            errors.append("Les décomptes de vote ne peuvent pas être négatifs.")
        }
        return errors
    }

    static func matches(_ value: String, _ pattern: String) -> Bool {
        value.range(of: pattern, options: .regularExpression) != nil
    }
}
