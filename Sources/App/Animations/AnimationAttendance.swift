import CTGCore
import Fluent
import Vapor

/// Attendance after the event: present or absent per registration, plus walk-ins by commune.
enum AnimationAttendance {
    static let walkInSlots = 4

    @Sendable static func record(req: Request) async throws -> Response {
        let (user, animation, scope) = try await AnimationAccess.require(req)
        let id = try animation.requireID()
        guard animation.startsAt <= Date() else {
            throw AppError.conflict("Les présences se saisissent une fois l'animation commencée.")
        }
        let fields = try req.content.decode([String: String].self)
        var walkIns: [String: Int] = [:]
        for slot in 0..<walkInSlots {
            let commune = (fields["walkin_commune_\(slot)"] ?? "").trimmingCharacters(in: .whitespaces)
            let raw = (fields["walkin_count_\(slot)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !commune.isEmpty || !raw.isEmpty else { continue }
            guard !commune.isEmpty, commune.count <= 120, let count = Int(raw), (0...10_000).contains(count) else {
                throw AppError.invalidInput("Chaque ligne de participants non inscrits demande une commune et un nombre entre 0 et 10 000 : rien n'a été enregistré.")
            }
            walkIns[commune, default: 0] += count
        }
        let counted = walkIns
        let walkInTotal = walkIns.values.reduce(0, +)
        try await req.db.writeTransaction { tx in
            let rows = try await AnimationRegistration.query(on: tx).filter(\.$animation.$id == id)
                .filter(\.$status == AnimationRegistration.Status.confirmed.rawValue).all()
            var present = 0
            for row in rows {
                switch fields["present_\(try row.requireID())"] {
                case "present": row.attended = true; present += 1
                case "absent": row.attended = false
                default: row.attended = nil
                }
                try await row.save(on: tx)
            }
            for (commune, count) in counted {
                if let existing = try await AnimationWalkIn.query(on: tx).filter(\.$animation.$id == id).filter(\.$commune == commune).first() {
                    existing.count = count
                    try await existing.save(on: tx)
                } else {
                    try await AnimationWalkIn(animationID: id, commune: commune, count: count).create(on: tx)
                }
            }
            try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .animation, entityID: id,
                                   summary: "Animation « \(animation.title) » : présences saisies (\(FrenchCount.phrase(present, "inscription")) présente\(present > 1 ? "s" : ""), \(FrenchCount.phrase(walkInTotal, "participant")) non inscrit\(walkInTotal > 1 ? "s" : ""))")
        }
        return req.redirect(to: scope.url(.animationAdmin(id: id)).path(query: [("fait", "presences")]), redirectType: .normal)
    }
}
