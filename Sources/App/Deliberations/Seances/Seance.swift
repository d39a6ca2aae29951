import CTGCore
import Fluent
import Vapor

/// A sitting of the council, with its attendance; its deliberations point to it.
final class Seance: Model, @unchecked Sendable {
    static let schema = "seances"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "session_date") var sessionDate: String
    @OptionalField(key: "session_time") var sessionTime: String?
    @OptionalField(key: "place") var place: String?
    @OptionalField(key: "convoked_on") var convokedOn: String?
    @OptionalField(key: "president") var president: String?
    @OptionalField(key: "secretary") var secretary: String?
    @Field(key: "second_convocation") var secondConvocation: Bool
    @Field(key: "members_in_office") var membersInOffice: Int
    /// Counts as written on the register, kept to be checked against the attendance list.
    @OptionalField(key: "declared_present") var declaredPresent: Int?
    @OptionalField(key: "declared_represented") var declaredRepresented: Int?
    @OptionalField(key: "declared_voters") var declaredVoters: Int?
    // Cancellation (migration 720, `Cancellable`): recorded by mistake, kept but withdrawn.
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @OptionalField(key: "cancel_reason") var cancelReason: String?
    @OptionalField(key: "cancelled_by") var cancelledBy: String?
    @OptionalField(key: "cancel_entry_id") var cancelEntryID: Int?
    @Children(for: \.$seance) var attendances: [SeanceAttendance]

    init() {}

    init(territoryID: Int, sessionDate: String, membersInOffice: Int) {
        self.$territory.id = territoryID
        self.sessionDate = sessionDate
        self.membersInOffice = membersInOffice
        self.secondConvocation = false
    }

    var civilDate: CivilDate? { CivilDate(sessionDate) }

    var orderedAttendances: [SeanceAttendance] { attendances.sorted { $0.position < $1.position } }
}

final class SeanceAttendance: Model, @unchecked Sendable {
    static let schema = "seance_attendances"

    /// The five ways a titulaire takes part, as the register words them.
    enum Status: String, Codable, Sendable, CaseIterable {
        case present, excused, absent, proxy, substitute

        var label: String {
            switch self {
            case .present: return "Présent"
            case .excused: return "Absent excusé"
            case .absent: return "Absent"
            case .proxy: return "Procuration donnée à…"
            case .substitute: return "Remplacé par son suppléant"
            }
        }
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "seance_id") var seance: Seance
    @OptionalParent(key: "member_id") var member: CouncilMember?
    @Field(key: "member_name") var memberName: String
    @Field(key: "status") var status: Status
    @OptionalField(key: "other_name") var otherName: String?
    @Field(key: "position") var position: Int

    init() {}

    init(seanceID: Int, memberID: Int?, memberName: String, status: Status, otherName: String?, position: Int) {
        self.$seance.id = seanceID
        self.$member.id = memberID
        self.memberName = memberName
        self.status = status
        self.otherName = otherName
        self.position = position
    }

    /// The line in the legal engine's terms.
    var entry: AttendanceEntry {
        AttendanceEntry(member: memberName, status: Self.legalStatus(status, other: otherName))
    }

    static func legalStatus(_ status: Status, other: String?) -> AttendanceStatus {
        switch status {
        case .present: return .present
        case .excused: return .excused
        case .absent: return .absent
        case .proxy: return .proxyGiven(to: other ?? "")
        case .substitute: return .replacedBySubstitute(other ?? "")
        }
    }
}
