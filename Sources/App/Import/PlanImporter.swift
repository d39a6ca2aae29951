import CTGCore
import Crypto
import Fluent
import Foundation

/// Turns a parsed document into rows, all in one transaction: an import that
/// fails half-way leaves the database exactly as it was.
enum PlanImporter {
    static func run(_ document: ParsedDocument, sourceName: String, on db: any Database) async throws -> ImportSummary {
        guard let ids = TerritoryIdentity(document: document) else {
            throw AppError.invalidInput(
                "Impossible de déterminer le territoire : le document ne porte pas d'identifiant ACTES valide.")
        }
        let hash = try fingerprint(document)
        return try await db.writeTransaction { db in
            let territory = try await ids.findOrCreate(on: db)
            let territoryID = try territory.requireID()
            let startYear = conventionStartYear(document)
            if let existing = try await Convention.query(on: db)
                .filter(\.$territory.$id == territoryID).filter(\.$startYear == startYear).first(),
               existing.sourceHash == hash {
                return ImportSummary(conventionID: try existing.requireID(), plan: document.plan,
                                     warnings: document.warnings, alreadyImported: true)
            }
            let organisations = try await OrganisationDirectory.sync(territoryID: territoryID, on: db)
            let convention = try await ConventionWriter.upsert(
                document, territory: territory, startYear: startYear, hash: hash, sourceName: sourceName, on: db)
            let conventionID = try convention.requireID()
            try await PlanWriter(conventionID: conventionID, organisations: organisations, db: db).write(document.plan)
            try await WarningWriter.replace(document, conventionID: conventionID, on: db)
            if let deliberation = document.deliberation {
                try await DeliberationWriter.upsert(deliberation, territoryID: territoryID,
                                                    conventionID: conventionID, on: db)
            }
            return ImportSummary(conventionID: conventionID, plan: document.plan,
                                 warnings: document.warnings, alreadyImported: false)
        }
    }

    /// A CTG lasts four years from the year of the deliberation that adopts it,
    /// unless the plan itself names an earlier year.
    static func conventionStartYear(_ document: ParsedDocument) -> Int {
        let sessionYear = document.deliberation?.sessionDate.flatMap { Int($0.prefix(4)) }
        let planYears = document.plan.axes.flatMap(\.objectives).flatMap(\.actions)
            .flatMap(\.subActions).flatMap(\.years)
        return [sessionYear, planYears.min()].compactMap { $0 }.min() ?? Calendar.current.component(.year, from: Date())
    }

    static func fingerprint(_ document: ParsedDocument) throws -> String {
        let data = try document.jsonData(pretty: false)
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
