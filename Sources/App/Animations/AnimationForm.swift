import CTGCore
import Fluent
import Vapor

/// The back-office form that creates an animation, or a series of them.
struct AnimationForm: Content {
    var title: String?
    var description: String?
    var date: String?
    var time: String?
    var durationMinutes: String?
    var recurrence: String?
    var occurrences: String?
    var place: String?
    var commune: String?
    var audience: String?
    var theme: String?
    var capacity: String?
    var organisation: String?
    var structure: String?
    var subActions: String?
    var asksChildrenAges: String?

    struct Valid: Sendable {
        var title: String, description: String, starts: [Date], duration: TimeInterval
        var place: String, commune: String, audience: AnimationAudience, theme: String, capacity: Int
        var organisationID: Int, structureID: Int?, codes: [String], asksChildrenAges: Bool
    }

    static func trimmed(_ value: String?) -> String { (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Checks every field; `organisations`, `structures` and `codes` are the territory's own.
    func validate(organisations: Set<Int>, structures: Set<Int>, knownCodes: Set<String>, now: Date) -> Result<Valid, RegistrationRefusal> {
        var reasons: [String] = []
        let title = Self.trimmed(title), place = Self.trimmed(place), commune = Self.trimmed(commune)
        if title.isEmpty || title.count > 200 { reasons.append("Indiquez un titre (200 caractères au plus).") }
        if place.isEmpty { reasons.append("Indiquez le lieu.") }
        if commune.isEmpty { reasons.append("Indiquez la commune.") }
        let start = Self.parse(date: Self.trimmed(date), time: Self.trimmed(time))
        if start == nil { reasons.append("Indiquez la date (AAAA-MM-JJ) et l'heure (HH:MM) de début.") }
        if let start, start <= now { reasons.append("La date de début est passée : une animation se crée avant d'avoir lieu.") }
        let duration = Int(Self.trimmed(durationMinutes)) ?? 0
        if !(5...(24 * 60)).contains(duration) { reasons.append("La durée doit être comprise entre 5 minutes et 24 heures.") }
        let capacity = Int(Self.trimmed(capacity)) ?? -1
        if !(1...10_000).contains(capacity) { reasons.append("La capacité doit être un nombre de places entre 1 et 10 000.") }
        let audience = AnimationAudience(rawValue: audience ?? "")
        if audience == nil { reasons.append("Choisissez le public.") }
        let organisationID = Int(organisation ?? "").flatMap { organisations.contains($0) ? $0 : nil }
        if organisationID == nil { reasons.append("Choisissez l'organisation qui organise l'animation.") }
        let structureID = Int(structure ?? "")
        if let structureID, !structures.contains(structureID) { reasons.append("La structure choisie n'existe pas sur ce territoire.") }
        let codes = Array(Set(Self.trimmed(subActions).split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace })
            .map { $0.uppercased() })).sorted()
        let unknown = codes.filter { !knownCodes.contains($0) }
        if !unknown.isEmpty { reasons.append("Sous-action inconnue dans le plan : \(unknown.joined(separator: ", ")).") }
        let recurrence = AnimationRecurrence(rawValue: recurrence ?? "") ?? .none
        let count = Int(Self.trimmed(occurrences)) ?? 1
        if recurrence != .none, !(2...AnimationRecurrence.maximumOccurrences).contains(count) {
            reasons.append("Une série compte de 2 à \(AnimationRecurrence.maximumOccurrences) dates.")
        }
        guard reasons.isEmpty, let start, let audience, let organisationID else { return .failure(RegistrationRefusal(reasons: reasons)) }
        return .success(Valid(title: title, description: Self.trimmed(description),
                              starts: recurrence.occurrences(from: start, count: count, calendar: AnimationDates.calendar),
                              duration: TimeInterval(duration * 60), place: place, commune: commune, audience: audience,
                              theme: Self.trimmed(theme), capacity: capacity, organisationID: organisationID,
                              structureID: structureID, codes: codes, asksChildrenAges: asksChildrenAges == "1"))
    }

    /// "2026-12-01" and "14:30", read in Paris time.
    static func parse(date: String, time: String) -> Date? {
        let d = date.split(separator: "-").compactMap { Int($0) }
        let t = time.split(separator: ":").compactMap { Int($0) }
        guard d.count == 3, t.count >= 2, (1...12).contains(d[1]), (1...31).contains(d[2]),
              (0...23).contains(t[0]), (0...59).contains(t[1]), (2000...2100).contains(d[0]) else { return nil }
        let components = DateComponents(year: d[0], month: d[1], day: d[2], hour: t[0], minute: t[1])
        guard let result = AnimationDates.calendar.date(from: components),
              AnimationDates.calendar.component(.day, from: result) == d[2] else { return nil }
        return result
    }

    /// Creates every occurrence in one transaction, with its sous-actions and one journal line.
    static func create(_ valid: Valid, territoryID: Int, user: User?, isDemo: Bool = false, on db: any Database) async throws -> Int {
        try await db.writeTransaction { tx in
            var firstID: Int?
            for start in valid.starts {
                let animation = Animation()
                animation.$territory.id = territoryID
                animation.$organisation.id = valid.organisationID
                animation.$structure.id = valid.structureID
                animation.seriesID = firstID
                animation.title = valid.title
                animation.description = valid.description
                animation.startsAt = start
                animation.endsAt = start.addingTimeInterval(valid.duration)
                animation.place = valid.place
                animation.commune = valid.commune
                animation.audience = valid.audience.rawValue
                animation.theme = valid.theme
                animation.capacity = valid.capacity
                animation.asksChildrenAges = valid.asksChildrenAges
                animation.isDemo = isDemo
                animation.createdAt = Date()
                try await animation.create(on: tx)
                let id = try animation.requireID()
                if firstID == nil, valid.starts.count > 1 {
                    firstID = id
                    animation.seriesID = id
                    try await animation.save(on: tx)
                }
                for code in valid.codes { try await AnimationSubAction(animationID: id, territoryID: territoryID, code: code).create(on: tx) }
                if firstID == nil { firstID = id }
            }
            let first = firstID ?? 0
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .animation, entityID: first,
                                   summary: "Animation « \(valid.title) » créée" + (valid.starts.count > 1 ? " (série de \(valid.starts.count) dates)" : ""))
            return first
        }
    }
}
