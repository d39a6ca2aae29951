import CTGCore
import Fluent

enum ConventionWriter {
    static func upsert(_ document: ParsedDocument, territory: Territory, startYear: Int, hash: String,
                       sourceName: String, on db: any Database) async throws -> Convention {
        let territoryID = try territory.requireID()
        // The CAF that signs is the one of the territory's département (national reference data).
        let caf = Departement.withCode(territory.departement)?.cafName ?? "CAF"
        let convention = try await Convention.query(on: db)
            .filter(\.$territory.$id == territoryID).filter(\.$startYear == startYear).first()
            ?? Convention(territoryID: territoryID, title: "", cafName: caf, signatories: "",
                          startYear: startYear, endYear: startYear + 3, sourceHash: hash, sourceName: sourceName)
        convention.title = "Convention Territoriale Globale \(startYear)-\(startYear + 3) — \(territory.name)"
        convention.cafName = caf
        convention.signatories = signatories(document, territory: territory, caf: caf).joined(separator: "\n")
        convention.sourceHash = hash
        convention.sourceName = sourceName
        try await convention.save(on: db)
        return convention
    }

    /// The deliberation authorises the président to sign; the CAF's signatory
    /// is not named in the document, so only the institution is recorded.
    private static func signatories(_ document: ParsedDocument, territory: Territory, caf: String) -> [String] {
        var names: [String] = []
        if let president = document.deliberation?.president {
            names.append("\(president), Président — \(territory.name)")
        } else {
            names.append(territory.name)
        }
        names.append(caf)
        return names
    }
}
