import CTGCore
import Fluent

/// The territory a document belongs to, read from its ACTES identifier
/// (département and SIREN) and named after the EPCI the plan mentions.
struct TerritoryIdentity {
    var siren: String
    var departement: String
    var name: String

    init?(document: ParsedDocument) {
        guard let actes = document.deliberation?.actesId else { return nil }
        let parts = actes.split(separator: "-").map(String.init)
        guard parts.count >= 2, parts[1].count == 9 else { return nil }
        departement = parts[0]
        siren = parts[1]
        let epci = OrganisationCatalog.all.first { $0.kind == .epci }
        let mentioned = document.plan.axes.flatMap(\.objectives).flatMap(\.actions).flatMap(\.leads)
        name = mentioned.first { $0 == epci?.name } ?? "Territoire \(siren)"
    }

    func findOrCreate(on db: any Database) async throws -> Territory {
        if let existing = try await Territory.query(on: db).filter(\.$siren == siren).first() {
            return existing
        }
        return try await Territory.create(name: name, siren: siren, departement: departement, on: db)
    }
}
