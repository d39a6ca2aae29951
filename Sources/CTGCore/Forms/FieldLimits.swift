/// How many characters each typed field may hold, by what it means, in one table.
///
/// Without limits a 1 MB council member name took 18 s to save and made every page
/// that lists the council 71 MB. The keys are the form fields' `name` attributes;
/// an unknown field gets `fallback`, so a field added later is never unlimited.
public struct FieldLimit: Sendable, Equatable {
    /// The French label shown in the message.
    public let label: String
    public let maxCharacters: Int

    public init(_ label: String, _ maxCharacters: Int) {
        self.label = label
        self.maxCharacters = maxCharacters
    }

    /// The French refusal when `value` is too long, nil when it fits.
    public func problem(_ value: String) -> String? {
        // Count the UTF-8 bytes first: a cheap upper bound, so a 1 MB value is refused without walking its graphemes.
        guard value.utf8.count > maxCharacters else { return nil }
        let count = value.count
        guard count > maxCharacters else { return nil }
        return "Le champ « \(label) » ne doit pas dépasser \(FieldLimits.grouped(maxCharacters)) caractères "
            + "(reçu : \(FieldLimits.grouped(count)))."
    }
}

public enum FieldLimits {
    /// A person's or a place's name, a title, a source.
    public static let name = 200
    /// A free comment or an observation.
    public static let comment = 2_000
    /// A deliberation's subject.
    public static let subject = 1_000
    /// A short code or a typed number.
    public static let code = 50
    /// A deliberation's full text.
    public static let body = 50_000
    /// A pasted or uploaded list (council CSV).
    public static let list = 200_000

    public static let table: [String: FieldLimit] = [
        // Council and register settings
        "name": FieldLimit("Prénom et nom", name), "commune": FieldLimit("Commune", name),
        "officialName": FieldLimit("Nom officiel de la collectivité", name),
        "siret": FieldLimit("SIRET", code), "prefId": FieldLimit("Contrôle de légalité", code),
        "csv": FieldLimit("Liste CSV", list), "file": FieldLimit("Fichier CSV", list),
        // Séances and deliberations
        "place": FieldLimit("Lieu", name), "president": FieldLimit("Président de séance", name),
        "secretary": FieldLimit("Secrétaire de séance", name),
        "number": FieldLimit("Numéro de la délibération", code), "subject": FieldLimit("Objet", subject),
        "actesId": FieldLimit("Identifiant ACTES", 100), "body": FieldLimit("Texte de la délibération", body),
        "matiereCode": FieldLimit("Code matière", code), "matiereNom": FieldLimit("Intitulé de la matière", name),
        // Follow-up and indicators
        "comment": FieldLimit("Commentaire", comment), "text": FieldLimit("Constat", comment),
        "period": FieldLimit("Période", name), "source": FieldLimit("Source", name),
        "author": FieldLimit("Auteur", name), "unit": FieldLimit("Unité", 100),
        "value": FieldLimit("Valeur", code), "baseline": FieldLimit("Valeur de référence", code),
        // Accounts
        "email": FieldLimit("Adresse e-mail", EmailAddress.maxLength),
        "password": FieldLimit("Mot de passe", name), "next": FieldLimit("Page demandée", comment),
        // Territories and the plan editor (issue 8): lists are one item per line
        "siren": FieldLimit("SIREN", code), "slug": FieldLimit("Adresse du territoire", 60),
        "cafName": FieldLimit("CAF", name), "title": FieldLimit("Intitulé", subject),
        "diagnostic": FieldLimit("Éléments de diagnostic", 10_000), "audience": FieldLimit("Public visé", comment),
        "staff": FieldLimit("Moyens humains", comment), "leads": FieldLimit("Responsables", comment),
        "partners": FieldLimit("Partenaires", comment), "funders": FieldLimit("Financeurs", comment),
        "indicators": FieldLimit("Indicateurs d'évaluation", 10_000), "results": FieldLimit("Résultats attendus", 10_000),
        // Guichet (issue 10): structures, information pages, documents (checked for size by DocumentCheck)
        "description": FieldLimit("Présentation", comment), "hours": FieldLimit("Horaires", comment),
        "address": FieldLimit("Adresse", name), "website": FieldLimit("Site internet", name),
        "summary": FieldLimit("Résumé", comment), "markdown": FieldLimit("Texte de la page", body),
        "document": FieldLimit("Document", DocumentCheck.maxBytes * 2),
        // Petite enfance (issue 11): the agrément is one slot or closure per line
        "agrement": FieldLimit("Agrément", 10_000),
        // Surveys and chantiers de jeunes (issue 12): an answer is checked again per question
        "answer": FieldLimit("Réponse", comment), "prompt": FieldLimit("Question", subject),
        "choices": FieldLimit("Réponses proposées", 10_000), "site": FieldLimit("Lieu du chantier", name),
        "partner": FieldLimit("Association partenaire", name),
        // Files (issue 13): an attachment is checked for size by AttachmentCheck (CTG_FILE_MAX_MB, 500 Mo at
        // most) and capped by its route's body limit, so only that ceiling applies here.
        "fichier": FieldLimit("Fichier joint", 2 * 500 * 1024 * 1024),
    ]

    /// Dates, years, choices, identifiers, tokens, weights, targets: short by nature.
    public static let fallback = FieldLimit("Champ", name)

    /// The limit of a posted field: `rows[3][holder]` is `holder`, `target_2024` a target.
    public static func limit(forField rawName: String) -> FieldLimit {
        let key = rawName.split(whereSeparator: { $0 == "[" || $0 == "]" })
            .last(where: { !$0.isEmpty && !$0.allSatisfy(\.isNumber) }).map(String.init) ?? rawName
        if let limit = table[key] { return limit }
        if key.hasPrefix("target_") { return FieldLimit("Cible " + key.dropFirst(7), code) }
        // The field's own name: the message already says « Le champ », so no second « Champ ».
        return FieldLimit(String(key.prefix(40)), fallback.maxCharacters)
    }

    /// The first refusal among posted fields, in their order.
    public static func problem(in fields: [(name: String, value: String)]) -> String? {
        for field in fields {
            if let message = limit(forField: field.name).problem(field.value) { return message }
        }
        return nil
    }

    /// "1 000 000" with the narrow no-break space used by every French number of the site.
    static func grouped(_ number: Int) -> String {
        PilotageFormat.grouped(Int64(number))
    }
}
