import CTGCore
import Fluent
import SQLKit
import Vapor

/// Casts ballots. The secrecy of the vote rests on what is written: the code row gets
/// `used = true` and nothing else, and the ballot only adds one to its college's `ballots` and
/// one to each chosen candidate's `votes`. No ballot row exists, so none can carry an id, a
/// time or a position that would lead back to the code. Both writes happen in one transaction.
///
/// Single use is the database's: the UPDATE only matches an unused code of that college, and
/// the ballot is counted only when it matched one row, so two concurrent submissions of a code
/// give one ballot and one refusal.
enum CCJBallotBox {
    static let usedCode = "Ce code a déjà servi : chaque code ne permet de voter qu'une fois. Si vous n'avez pas voté vous-même, prévenez l'adulte qui vous l'a remis."
    static let unknownCode = "Ce code ne correspond à aucun code de cette élection : vérifiez-le sur votre papier."
    static let otherCollege = "Ce code appartient à un autre collège : il ne permet de voter que pour les candidats de son propre collège."

    /// The college of an unused code of `electionID`, or the French reason why it cannot vote.
    static func college(ofCode code: String, electionID: Int, on db: any Database) async throws -> CCJCollege {
        guard let row = try await CCJCode.query(on: db).filter(\.$code == code).with(\.$college).first(),
              row.college.$election.id == electionID else {
            throw AppError.invalidInput(unknownCode)
        }
        if row.used { throw AppError.conflict(usedCode) }
        return row.college
    }

    static func cast(code: String, collegeID: Int, choices: [Int], election: CCJElection, territoryID: Int,
                     on db: any Database) async throws {
        let electionID = try election.requireID()
        try await db.writeTransaction { tx in
            // Where the code belongs is checked first, so the refusal names the real problem.
            let owner = try await college(ofCode: code, electionID: electionID, on: tx)
            guard owner.id == collegeID else { throw AppError.invalidInput(otherCollege) }
            guard let sql = tx as? any SQLDatabase else { throw AppError.unavailable("Base de données non prise en charge.") }
            let marked = try await sql.raw("""
                UPDATE ccj_codes SET used = \(bind: true)
                WHERE code = \(bind: code) AND college_id = \(bind: collegeID) AND used = \(bind: false)
                RETURNING id
                """).all()
            guard marked.count == 1 else { throw AppError.conflict(usedCode) }
            try await sql.raw("UPDATE ccj_colleges SET ballots = ballots + 1 WHERE id = \(bind: collegeID)").run()
            if !choices.isEmpty {
                let counted = try await sql.raw("""
                    UPDATE ccj_candidates SET votes = votes + 1
                    WHERE college_id = \(bind: collegeID) AND id IN (\(binds: choices))
                    RETURNING id
                    """).all()
                // A candidate of another college in the form: nothing of this ballot may stay.
                guard counted.count == choices.count else {
                    throw AppError.invalidInput("Ce bulletin nomme un candidat qui ne se présente pas dans votre collège : rechargez la page et votez à nouveau.")
                }
            }
            // The journal says a ballot was cast in this college, never by which code nor for whom.
            try await Audit.record(on: tx, user: nil, territoryID: territoryID, entity: .ccj, entityID: electionID,
                                   summary: "Élection « \(election.title) » : un bulletin déposé dans le collège « \(owner.name) »", anonymousAuthor: Audit.publicVisitorAuthor)
        }
    }
}
