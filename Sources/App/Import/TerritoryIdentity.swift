import CTGCore
import Fluent

/// The territory a document belongs to, as the document says it: its name from its header
/// or opening sentence, its SIREN and département from the ACTES identifier or the text
/// (`IdentityReader`), its CAF when it names one.
struct TerritoryIdentity {
    var siren: String
    var departement: String
    var name: String
    /// The CAF the document names, else the département's.
    var cafName: String
    /// "commune" when the document is a commune's, else "epci".
    var kind: String

    init?(document: ParsedDocument) {
        let identity = document.identity
        let actes = document.deliberation?.actesId.flatMap { try? ActesIdentifier(parsing: $0) }
        guard let siren = identity?.siren ?? actes?.siren else { return nil }
        self.siren = siren
        let departement = identity?.departement ?? actes.flatMap { Departement.withCode($0.departement) }
        self.departement = departement?.code ?? actes?.departement ?? ""
        // A name without a kind comes from an export of a territory named by a person.
        let named = identity?.fullName ?? (identity?.kind == nil ? identity?.name : nil)
        name = named.map { TerritoryName($0)?.fullName ?? $0 } ?? "Territoire \(siren)"
        cafName = identity?.cafName ?? departement?.cafName ?? "CAF"
        kind = identity?.kind == .commune ? "commune" : "epci"
    }

    func findOrCreate(on db: any Database) async throws -> Territory {
        if let existing = try await Territory.query(on: db).filter(\.$siren == siren).first() {
            return existing
        }
        return try await Territory.create(name: name, siren: siren, departement: departement, kind: kind, on: db)
    }
}
