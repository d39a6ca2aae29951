import CTGCore
import Fluent

enum DeliberationWriter {
    static func upsert(_ parsed: ParsedDeliberation, territoryID: Int, conventionID: Int?,
                       on db: any Database) async throws {
        let row = try await Deliberation.query(on: db)
            .filter(\.$territory.$id == territoryID).filter(\.$number == parsed.number).first()
            ?? Deliberation(territoryID: territoryID, number: parsed.number, subject: parsed.subject)
        row.$convention.id = conventionID
        row.subject = parsed.subject
        row.actesID = parsed.actesId
        row.sessionDate = parsed.sessionDate
        row.sessionTime = parsed.sessionTime
        row.convokedOn = parsed.convokedOn
        row.place = parsed.place
        row.president = parsed.president
        row.secretary = parsed.secretary
        row.membersInOffice = parsed.membersInOffice
        row.presentCount = parsed.present
        row.votersCount = parsed.voters
        row.unanimous = parsed.unanimous
        row.receivedOn = parsed.receivedOn
        row.publishedOn = parsed.publishedOn
        row.body = parsed.body
        try await row.save(on: db)
        try await writeAttendance(parsed, deliberationID: try row.requireID(), on: db)
        // The council and the séance, so the register judges the imported deliberation.
        try await SeanceImport.sync(parsed, deliberation: row, territoryID: territoryID, on: db)
    }

    private static func writeAttendance(_ parsed: ParsedDeliberation, deliberationID: Int, on db: any Database) async throws {
        try await Attendance.query(on: db).filter(\.$deliberation.$id == deliberationID).delete()
        var lines: [(String, Attendance.Kind, String?)] = parsed.presentMembers.map { ($0, .present, nil) }
        lines += parsed.proxies.map { ($0.from, .proxy, $0.to) }
        lines += parsed.substitutes.map { ($0.member, .substitute, $0.substitute) }
        lines += parsed.excused.map { ($0, .excused, nil) }
        for (position, line) in lines.enumerated() {
            try await Attendance(deliberationID: deliberationID, member: line.0, kind: line.1,
                                 other: line.2, position: position).save(on: db)
        }
    }
}
