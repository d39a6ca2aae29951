import CTGCore
import Fluent

enum ConventionWriter {
    /// The period is the document's ("2022-2025", "pour une durée de 4 ans à compter du…");
    /// when it says none, four years is only a placeholder, and the import warned about it.
    static func upsert(_ document: ParsedDocument, territory: Territory, identity: TerritoryIdentity, startYear: Int,
                       hash: String, sourceName: String, on db: any Database) async throws -> Convention {
        let territoryID = try territory.requireID()
        let caf = identity.cafName
        let endYear = document.identity?.startYear == startYear ? document.identity?.endYear ?? startYear + 3 : startYear + 3
        let convention = try await Convention.query(on: db)
            .filter(\.$territory.$id == territoryID).filter(\.$startYear == startYear).first()
            ?? Convention(territoryID: territoryID, title: "", cafName: caf, signatories: "",
                          startYear: startYear, endYear: endYear, sourceHash: hash, sourceName: sourceName)
        convention.title = "Convention Territoriale Globale \(startYear)-\(endYear) — \(territory.name)"
        convention.cafName = caf
        convention.endYear = endYear
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
