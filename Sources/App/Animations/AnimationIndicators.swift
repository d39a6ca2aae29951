import CTGCore
import Fluent
import Vapor

/// The providers behind the animations' computed sources: an animation concerns a fiche when
/// one of the sous-action codes it serves belongs to that fiche. Cancelled animations count for nothing.
enum AnimationIndicators {
    static func provide(on app: Application) {
        var sources = app.computedSources
        AnimationSources.register(into: &sources.registry) {
            let today = AnimationDates.calendar.dateComponents([.year, .month], from: Date())
            return (today.year ?? 2000, today.month ?? 1)
        }
        sources.provide("animations.count", with: Provider(kind: .count))
        sources.provide("animations.participants", with: Provider(kind: .participants))
        sources.provide(AnimationSources.attendanceRate, with: Provider(kind: .attendanceRate))
        sources.provide(AnimationSources.communes, with: Provider(kind: .communes))
        sources.provide(AnimationSources.regularity, with: Provider(kind: .count))
        app.computedSources = sources
    }

    struct Provider: ComputedRecordProvider {
        enum Kind { case count, participants, attendanceRate, communes }
        var kind: Kind

        func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
            let animations = try await AnimationIndicators.animations(for: scope, on: db)
            switch kind {
            case .count:
                return animations.map { record($0, id: "\($0.id ?? 0)", label: $0.title, value: nil) }
            case .participants, .attendanceRate, .communes:
                let ids = animations.compactMap(\.id)
                guard !ids.isEmpty else { return [] }
                let registrations = try await AnimationRegistration.query(on: db).filter(\.$animation.$id ~~ ids)
                    .filter(\.$status == AnimationRegistration.Status.confirmed.rawValue).all()
                let walkIns = try await AnimationWalkIn.query(on: db).filter(\.$animation.$id ~~ ids).all()
                return animations.flatMap { animation -> [ComputedRecord] in
                    let id = animation.id ?? 0
                    let mine = registrations.filter { $0.$animation.id == id }
                    let present = mine.filter { $0.attended == true }
                    let walked = walkIns.filter { $0.$animation.id == id && $0.count > 0 }
                    let taken = mine.contains { $0.attended != nil } || !walked.isEmpty
                    guard taken else { return [] }
                    let presentPlaces = present.reduce(0) { $0 + $1.places }
                    switch kind {
                    case .participants:
                        return [record(animation, id: "\(id)", label: animation.title,
                                       value: Double(presentPlaces + walked.reduce(0) { $0 + $1.count }))]
                    case .attendanceRate:
                        let confirmed = mine.reduce(0) { $0 + $1.places }
                        guard confirmed > 0 else { return [] }
                        return [record(animation, id: "\(id)", label: animation.title, value: 100 * Double(presentPlaces) / Double(confirmed))]
                    default:
                        let communes = Set(present.map(\.commune) + walked.map(\.commune)).sorted()
                        return communes.map { record(animation, id: "\(id)-\($0)", label: $0, value: nil) }
                    }
                }
            }
        }

        func record(_ animation: Animation, id: String, label: String, value: Double?) -> ComputedRecord {
            let c = AnimationDates.calendar.dateComponents([.year, .month, .day], from: animation.startsAt)
            let year = c.year ?? 0
            return ComputedRecord(id: id, label: label, year: year,
                                  date: PilotageDate(year: year, month: c.month ?? 1, day: c.day ?? 1), value: value)
        }
    }

    /// The fiche's animations, found through its sous-action codes (indexed by territory and code).
    static func animations(for scope: ComputedScope, on db: any Database) async throws -> [Animation] {
        guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
        let codes = try await SousAction.query(on: db).filter(\.$action.$id == scope.actionID).all(\.$code).compactMap { $0?.uppercased() }
        guard !codes.isEmpty else { return [] }
        let ids = try await AnimationSubAction.query(on: db).filter(\.$territoryID == territoryID)
            .filter(\.$code ~~ codes).all(\.$animation.$id)
        guard !ids.isEmpty else { return [] }
        return try await Animation.query(on: db).filter(\.$id ~~ Array(Set(ids))).filter(\.$cancelledAt == nil)
            .sort(\.$startsAt).all()
    }
}
