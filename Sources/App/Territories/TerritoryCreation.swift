import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let territory: AuditEntity = "territory"
    static let convention: AuditEntity = "convention"
    static let importWarning: AuditEntity = "import_warning"
}

/// Creating a territory, for the admin pages and `ctg territory create` alike: the same
/// checks (`NewTerritory`), the same French refusals, one write transaction with its
/// journal entry (the new territory's first one).
enum TerritoryCreation {
    struct Input: Sendable {
        var name: String
        var siren: String
        var departement: String
        /// Empty or nil: proposed from the name.
        var slug: String?
    }

    @discardableResult
    static func create(_ input: Input, by author: User?, on db: any Database) async throws -> Territory {
        try await db.writeTransaction { tx in
            // Read inside the write lock, so two admins typing the same slug cannot both get it.
            let taken = try await Territory.query(on: tx).all()
            let checked = NewTerritory.check(name: input.name, siren: input.siren, departement: input.departement,
                                             slug: input.slug, takenSlugs: Set(taken.map(\.slug)),
                                             takenSirens: Set(taken.compactMap(\.siren)))
            let valid: NewTerritory
            switch checked {
            case .success(let value): valid = value
            case .failure(let refusal): throw AppError.invalidInput(refusal.message)
            }
            // Stored as ACTES writes it ("063", "02A", "974"), like the territories an import creates.
            let code = valid.departement.code.count == 2 ? "0" + valid.departement.code : valid.departement.code
            let territory = Territory(name: valid.name, siren: valid.siren, departement: code,
                                      kind: kind(of: valid.name), slug: valid.slug)
            let duplicate = AppError.conflict("L'adresse « \(valid.slug) » vient d'être prise par un autre territoire.")
            try await DatabaseFailure.refusingDuplicates(duplicate) { try await territory.create(on: tx) }
            try await Audit.record(on: tx, user: author, territoryID: try territory.requireID(), entity: .territory,
                                   entityID: territory.id,
                                   summary: "Territoire créé : \(valid.name) (SIREN \(valid.siren), \(valid.departement.name), "
                                       + "adresse /\(valid.slug)).")
            return territory
        }
    }

    /// What `slug` the form proposes while the admin types: the name's, clear of every taken one.
    static func proposedSlug(for name: String, on db: any Database) async throws -> String {
        TerritorySlug.unique(from: name, taken: Set(try await Territory.query(on: db).all(\.$slug)))
    }

    /// "commune" for a commune, "epci" otherwise (communautés, métropoles, syndicats).
    static func kind(of name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.hasPrefix("commune ") || folded.hasPrefix("ville ") ? "commune" : "epci"
    }
}
