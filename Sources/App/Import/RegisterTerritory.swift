import CTGCore
import Fluent
import Foundation

/// Which territory's register a council text goes into (issue 8 §3):
/// 1. the SIREN of its ACTES identifier or of its text, when a territory has it;
/// 2. else `--territory SLUG`;
/// 3. else the collectivity named in its header, found by name or created from it.
/// A territory created from a text without SIREN gets none (NULL, migration 420) and a
/// warning: the number is never made up.
struct RegisterTerritory {
    var slug: String?
    var identity: DocumentIdentity

    init(text: String, slug: String?) {
        self.slug = slug
        let actes = SeanceActes.all(in: text)
        identity = IdentityReader.read(text, actesId: actes.count == 1 ? actes[0].description : nil)
        if identity.siren == nil, let siren = SeanceActes.siren(in: text) { identity.siren = siren }
    }

    /// Refuses a malformed slug before anything is read from the database.
    static func checkSlug(_ slug: String?) throws {
        guard let slug, !TerritorySlug.isValid(slug) else { return }
        throw AppError.invalidInput("« \(slug) » n'est pas un identifiant de territoire valide "
            + "(lettres minuscules sans accents, chiffres et tirets, par exemple « pays-de-la-vallee »).")
    }

    /// The territory, what the user should know about how it was found, and whether
    /// finding it wrote something (a territory created, a SIREN learnt).
    func resolve(on db: any Database) async throws -> (Territory, [String], wrote: Bool) {
        try Self.checkSlug(slug)
        var named: Territory?
        if let slug { named = try await Self.find(slug: slug, on: db) }
        let siren = identity.siren
        if let siren, let bySiren = try await Territory.query(on: db).filter(\.$siren == siren).first() {
            if let named, named.id != bySiren.id {
                throw AppError.conflict("Le texte porte le SIREN \(siren), celui du territoire « \(bySiren.name) » "
                    + "(\(bySiren.slug)), et non de « \(named.slug) » : rien n'a été écrit.")
            }
            return (bySiren, [], false)
        }
        if let named {
            if let siren, let known = named.siren, known != siren {
                throw AppError.conflict("Le texte porte le SIREN \(siren), mais le territoire « \(named.slug) » a le SIREN "
                    + "\(known) : rien n'a été écrit.")
            }
            let learnt = try await Self.learn(siren, for: named, on: db)
            return (named, learnt, !learnt.isEmpty)
        }
        guard let name = identity.fullName else {
            throw AppError.invalidInput("Impossible de déterminer le territoire : le texte ne donne ni SIREN ni nom de "
                + "collectivité dans son en-tête. Précisez-le avec --territory IDENTIFIANT ; rien n'a été écrit.")
        }
        // A territory of that name is the same one, met again, unless both SIRENs are known and differ
        // (a SIREN the text gives that no territory has was looked for above).
        let sameName = try await Territory.query(on: db).all()
            .first { Self.same($0.name, name) && (siren == nil || $0.siren == nil) }
        if let sameName {
            let learnt = try await Self.learn(siren, for: sameName, on: db)
            return (sameName, ["Territoire reconnu d'après le nom de l'en-tête : « \(sameName.name) » (\(sameName.slug)). "
                + "Utilisez --territory pour en désigner un autre."] + learnt, !learnt.isEmpty)
        }
        let created = try await Territory.create(name: name, siren: siren, departement: identity.departement?.code ?? "",
                                                 kind: identity.kind == .commune ? "commune" : "epci", on: db)
        var warnings = ["Territoire créé d'après le nom de l'en-tête : « \(name) » (\(created.slug))."]
        if siren == nil { warnings.append("SIREN inconnu (ni identifiant ACTES ni mention dans le texte) : à saisir.") }
        if identity.departement == nil { warnings.append("Département inconnu (ni identifiant ACTES ni mention dans le texte) : à saisir.") }
        return (created, warnings, true)
    }

    private static func find(slug: String, on db: any Database) async throws -> Territory {
        guard let found = try await Territory.query(on: db).filter(\.$slug == slug).first() else {
            throw AppError.notFound("Aucun territoire n'a l'identifiant « \(slug) » : rien n'a été écrit.")
        }
        return found
    }

    /// A territory created without SIREN takes the one a later text gives.
    private static func learn(_ siren: String?, for territory: Territory, on db: any Database) async throws -> [String] {
        guard let siren, territory.siren == nil else { return [] }
        territory.siren = siren
        try await territory.save(on: db)
        return ["SIREN \(siren) enregistré pour le territoire « \(territory.name) »."]
    }

    /// Names compared as people read them: case, accents and punctuation aside.
    static func same(_ a: String, _ b: String) -> Bool {
        func fold(_ s: String) -> String {
            s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        }
        return fold(a) == fold(b)
    }
}
