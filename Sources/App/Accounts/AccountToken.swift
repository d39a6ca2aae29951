import CTGCore
import Fluent
import SQLKit
import Vapor

/// A single-use link to set a password (migration 640). Only the token's hash is stored.
final class AccountToken: Model, @unchecked Sendable {
    static let schema = "account_tokens"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "created_by") var createdBy: String

    init() {}

    var link: PasswordLink { PasswordLink(expiresAt: expiresAt, usedAt: usedAt) }
    var linkPurpose: PasswordLink.Purpose { PasswordLink.Purpose(rawValue: purpose) ?? .reset }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func find(token: String, on db: any Database) async throws -> AccountToken? {
        guard !token.isEmpty, token.count <= 128 else { return nil }
        return try await query(on: db).filter(\.$tokenHash == hash(token)).with(\.$user).first()
    }
}

/// Issuing and redeeming password links, each in one write transaction with its journal line.
enum PasswordLinks {
    /// A new link for `user`; earlier unused links of the account stop working. Returns the
    /// token, which exists nowhere else: the caller shows it once.
    static func issue(for user: User, purpose: PasswordLink.Purpose, by author: User?,
                      on tx: any Database, now: Date = Date()) async throws -> String {
        let token = CSRF.newToken()
        let userID = try user.requireID()
        try await AccountToken.query(on: tx).filter(\.$user.$id == userID).filter(\.$usedAt == nil).delete()
        let row = AccountToken()
        row.$user.id = userID
        row.tokenHash = AccountToken.hash(token)
        row.purpose = purpose.rawValue
        row.expiresAt = PasswordLink.expiry(from: now)
        row.createdAt = now
        row.createdBy = author?.email ?? Audit.commandLineAuthor
        try await row.create(on: tx)
        let what = purpose == .invitation ? "Lien d'invitation créé pour" : "Lien de réinitialisation du mot de passe créé pour"
        try await AccountJournal.record(on: tx, author: author, subject: user, field: "Lien de mot de passe",
                                        after: purpose.label, summary: "\(what) \(user.email) (valable 48 heures)")
        return token
    }

    /// Sets the password through the link, once: the conditional update that marks the link
    /// used is the lock, so two submissions of one link cannot both set a password.
    static func redeem(_ token: AccountToken, passwordHash: String, on db: any Database, now: Date = Date()) async throws -> User {
        try await db.writeTransaction { tx in
            guard let sql = tx as? any SQLDatabase else { throw AppError.conflict(PasswordLink.State.used.refusal!) }
            let claimed = try await sql.update(AccountToken.schema).set("used_at", to: now)
                .where("id", .equal, try token.requireID()).where("used_at", .is, SQLLiteral.null)
                .where("expires_at", .greaterThan, now)
                .returning("id").all()
            guard !claimed.isEmpty else {
                let state = try await AccountToken.find(id: token.id, on: tx)?.link.state(at: now) ?? .used
                throw AppError.conflict(state.refusal ?? PasswordLink.State.used.refusal!)
            }
            guard let user = try await User.find(token.$user.id, on: tx), user.isActive else {
                throw AppError.forbidden("Ce compte a été désactivé : adressez-vous à votre coordinateur.")
            }
            user.passwordHash = passwordHash
            user.credentialsChangedAt = now
            try await user.save(on: tx)
            try await AccountJournal.record(on: tx, author: user, subject: user, field: "Mot de passe",
                                            summary: "Mot de passe de \(user.email) défini par le lien (\(token.linkPurpose.label.lowercased()))")
            return user
        }
    }
}

extension AccountToken {
    static func find(id: Int?, on db: any Database) async throws -> AccountToken? {
        guard let id else { return nil }
        return try await AccountToken.find(id, on: db)
    }
}

/// What the users' list says about each account's live link.
enum PendingLinks {
    static func describe(for userIDs: [Int], on db: any Database, now: Date = Date()) async throws -> [Int: String] {
        guard !userIDs.isEmpty else { return [:] }
        let rows = try await AccountToken.query(on: db).filter(\.$user.$id ~~ userIDs).filter(\.$usedAt == nil)
            .filter(\.$expiresAt > now).all()
        var result: [Int: String] = [:]
        for row in rows {
            let until = FrenchFormat.dateTime(row.expiresAt)
            result[row.$user.id] = row.linkPurpose == .invitation
                ? "Invitation en attente (lien valable jusqu'au \(until))"
                : "Lien de réinitialisation valable jusqu'au \(until)"
        }
        return result
    }
}
