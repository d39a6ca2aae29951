import CTGCore
import Crypto
import Fluent
import Foundation

/// Turns a parsed document into rows, all in one transaction: an import that
/// fails half-way leaves the database exactly as it was.
///
/// Over an existing plan, a damaged document once deleted every sous-action and,
/// by cascade, every status typed on them. So a re-import is guarded: a document
/// much smaller than the plan is refused outright, and one whose writing removed
/// follow-up data is rolled back, unless `replace` is set; then the previous plan is
/// first copied into a `PlanBackup` and the removal is written in the journal.
enum PlanImporter {
    static let replaceHint = "Rien n'a été écrit. Pour remplacer le plan malgré tout, relancez avec --replace "
        + "(le plan actuel et son suivi seront d'abord sauvegardés dans un instantané restaurable)."

    static func run(_ document: ParsedDocument, sourceName: String, replace: Bool = false,
                    on db: any Database) async throws -> ImportSummary {
        guard let ids = TerritoryIdentity(document: document) else {
            throw AppError.invalidInput(
                "Impossible de déterminer le territoire : le document ne porte pas d'identifiant ACTES valide.")
        }
        let hash = try fingerprint(document)
        return try await db.writeTransaction { db in
            let territory = try await ids.findOrCreate(on: db)
            let territoryID = try territory.requireID()
            let startYear = conventionStartYear(document)
            let existing = try await Convention.query(on: db)
                .filter(\.$territory.$id == territoryID).filter(\.$startYear == startYear).first()
            if let existing, existing.sourceHash == hash {
                return ImportSummary(conventionID: try existing.requireID(), plan: document.plan,
                                     warnings: document.warnings, alreadyImported: true)
            }
            var planGuard: PlanGuard?
            if let existing {
                planGuard = try await prepareReplacement(of: try existing.requireID(), by: document,
                                                         replace: replace, on: db)
            }
            let organisations = try await OrganisationDirectory.sync(document, territory: territory,
                                                                     cafName: ids.cafName, on: db)
            let convention = try await ConventionWriter.upsert(
                document, territory: territory, identity: ids, startYear: startYear, hash: hash,
                sourceName: sourceName, on: db)
            let conventionID = try convention.requireID()
            try await PlanWriter(conventionID: conventionID, organisations: organisations, db: db).write(document.plan)
            try await WarningWriter.replace(document, extra: organisations.warnings, conventionID: conventionID, on: db)
            if let deliberation = document.deliberation {
                try await DeliberationWriter.upsert(deliberation, territoryID: territoryID,
                                                    conventionID: conventionID, on: db)
            }
            var summary = ImportSummary(conventionID: conventionID, plan: document.plan,
                                        warnings: document.warnings + organisations.warnings, alreadyImported: false)
            if let planGuard {
                let loss = try await planGuard.check(conventionID: conventionID, hint: replaceHint, on: db)
                if let snapshotID = planGuard.snapshotID {
                    let removed = loss.isEmpty ? "rien n'a été supprimé" : loss.sentence(conditional: false)
                    summary.replacement = "Plan remplacé (--replace) : \(removed). "
                        + "Plan précédent sauvegardé dans l'instantané n° \(snapshotID) (ctg snapshot restore \(snapshotID))."
                    try await Audit.record(on: db, user: nil, territoryID: territoryID, conventionID: conventionID,
                                           entity: .planImport, entityID: snapshotID,
                                           summary: "Import de « \(sourceName) » avec --replace : \(summary.replacement!)")
                }
            }
            return summary
        }
    }

    /// Refuses a suspect document, and with `replace` keeps a snapshot of the plan
    /// before anything is written.
    private static func prepareReplacement(of conventionID: Int, by document: ParsedDocument, replace: Bool,
                                           on db: any Database) async throws -> PlanGuard {
        let planGuard = try await PlanGuard.begin(conventionID: conventionID, replace: replace,
                                                  snapshotReason: replace ? "Avant import avec --replace" : nil, on: db)
        if !replace, let suspicion = planGuard.before.counts.suspicion(replacingWith: PlanCounts(document.plan)) {
            throw AppError.conflict("Import refusé. \(suspicion) \(replaceHint)")
        }
        return planGuard
    }

    /// The period the document states; else a CTG lasts four years from the year of the
    /// deliberation that adopts it, unless the plan itself names an earlier year.
    static func conventionStartYear(_ document: ParsedDocument) -> Int {
        if let start = document.identity?.startYear { return start }
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
