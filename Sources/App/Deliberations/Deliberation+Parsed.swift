import CTGCore
import Fluent

extension Deliberation {
    /// The register entry in the published JSON shape. Needs `attendances` loaded.
    var parsed: ParsedDeliberation {
        let lines = attendances.sorted { $0.position < $1.position }
        return ParsedDeliberation(
            number: number, actesId: actesID, subject: subject, sessionDate: sessionDate,
            sessionTime: sessionTime, convokedOn: convokedOn, place: place, president: president,
            secretary: secretary, membersInOffice: membersInOffice, present: presentCount, voters: votersCount,
            presentMembers: lines.filter { $0.kind == .present }.map(\.member),
            proxies: lines.filter { $0.kind == .proxy }.map { .init(from: $0.member, to: $0.other ?? "") },
            substitutes: lines.filter { $0.kind == .substitute }.map { .init(member: $0.member, substitute: $0.other ?? "") },
            excused: lines.filter { $0.kind == .excused }.map(\.member),
            unanimous: unanimous, receivedOn: receivedOn, publishedOn: publishedOn, body: body)
    }

    static func approving(conventionID: Int, on db: any Database) async throws -> Deliberation? {
        try await Deliberation.query(on: db).filter(\.$convention.$id == conventionID).filter(\.$cancelledAt == nil)
            .with(\.$attendances).sort(\.$sessionDate).first()
    }
}
