import CTGCore
import Fluent
import Vapor

/// One deliberation with its séance and the territory's settings: everything the
/// pages, the extrait and the SCDL export ask of the legal engine.
struct RegisterEntry {
    let deliberation: Deliberation
    /// With its attendances loaded; nil for a deliberation recorded without its séance.
    let seance: Seance?
    let settings: RegisterSettings

    static func load(_ deliberation: Deliberation, settings: RegisterSettings, on db: any Database) async throws -> RegisterEntry {
        var seance: Seance?
        if let id = deliberation.seanceID {
            seance = try await Seance.query(on: db).filter(\.$id == id).with(\.$attendances).first()
        }
        return RegisterEntry(deliberation: deliberation, seance: seance, settings: settings)
    }

    var sessionDate: CivilDate? { seance?.civilDate ?? deliberation.sessionDate.flatMap({ CivilDate($0) }) }

    var facts: SessionFacts? {
        guard let seance, let vote = deliberation.voteTally else { return nil }
        return SessionFacts(seance: seance, vote: vote)
    }

    /// The verdict on the séance's own date, or as if it had been held on `date`.
    func check(asOf date: CivilDate? = nil) -> DeliberationCheck? {
        guard let facts, let day = date ?? sessionDate else { return nil }
        return DeliberationRules.check(facts: facts, sessionDate: day)
    }

    /// The documents give a publication date without its mode. Affichage is assumed: it
    /// made an act exécutoire before 1 July 2022 like any mode, and no longer does for an
    /// EPCI à fiscalité propre, so the assumption can never make an act exécutoire wrongly.
    var publicationMode: PublicationMode? {
        guard deliberation.publishedOn != nil else { return nil }
        return deliberation.publicationMode.flatMap(PublicationMode.init(rawValue:)) ?? .affichage
    }

    var publicationModeIsAssumed: Bool {
        deliberation.publishedOn != nil && deliberation.publicationMode.flatMap(PublicationMode.init(rawValue:)) == nil
    }

    /// The life cycle replayed from the stored dates; a stored state the engine refuses
    /// (e.g. a transmission before the vote) is reported, not hidden.
    var lifecycle: Result<DeliberationLifecycle, LifecycleError> {
        lifecycle(transmitted: deliberation.receivedOn.flatMap({ CivilDate($0) }),
                  published: deliberation.publishedOn.flatMap({ CivilDate($0) }), mode: publicationMode)
    }

    /// The life cycle with other transmission and publication facts: what a form proposes.
    func lifecycle(transmitted: CivilDate?, published: CivilDate?,
                   mode: PublicationMode?) -> Result<DeliberationLifecycle, LifecycleError> {
        var cycle = DeliberationLifecycle(isEPCIWithOwnTaxation: settings.ownTaxation)
        do throws(LifecycleError) {
            if let check = check(), let date = sessionDate {
                try cycle.recordVote(adopted: check.adopted, on: date)
            }
            if let transmitted { try cycle.recordTransmission(on: transmitted) }
            if let published { try cycle.recordPublication(on: published, mode: mode ?? .affichage) }
        } catch {
            return .failure(error)
        }
        return .success(cycle)
    }
}

extension RegisterEntry {
    /// The deliberation `number` of the territory, or a French 404; a cancelled one is a French
    /// 410 unless `allowCancelled` (the coordinateur's view).
    static func find(number: String, territory: Territory, allowCancelled: Bool = false,
                     on db: any Database) async throws -> RegisterEntry {
        guard let row = try await Deliberation.query(on: db)
            .filter(\.$territory.$id == territory.requireID()).filter(\.$number == number)
            .with(\.$attendances).with(\.$convention).first() else {
            throw AppError.notFound("Aucune délibération n° « \(number) » n'est enregistrée.")
        }
        if row.isCancelled, !allowCancelled { throw CancellationError.gone(row, what: "Cette délibération") }
        return try await load(row, settings: try await RegisterSettings.forTerritory(territory, on: db), on: db)
    }
}
