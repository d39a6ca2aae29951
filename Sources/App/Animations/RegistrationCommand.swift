import CTGCore
import Fluent
import Vapor

/// `ctg inscriptions purge`, `ctg inscriptions export EMAIL`, `ctg inscriptions effacer EMAIL`:
/// the retention purge on demand, and a person's right of access and erasure (RGPD art. 15 and 17).
struct RegistrationCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "purge, export ou effacer")
        var action: String
        @Option(name: "email", help: "l'adresse électronique de la personne (export, effacer)")
        var email: String?
    }

    var help: String { "Inscriptions aux animations : purge des anciennes, export ou effacement pour une adresse" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        switch signature.action {
        case "purge":
            let count = try await app.registrationRetention.purge(on: app.db)
            context.console.print("\(FrenchCount.phrase(count, "inscription")) anonymisée\(count > 1 ? "s" : "") (conservation : \(app.registrationRetention.months) mois).")
        case "export", "effacer":
            guard let email = signature.email, !email.isEmpty else {
                throw AppError.invalidInput("Indiquez l'adresse avec --email.")
            }
            if signature.action == "export" {
                context.console.print(try await PersonalData.export(email: email, on: app.db))
            } else {
                let count = try await PersonalData.erase(email: email, on: app.db)
                context.console.print("\(FrenchCount.phrase(count, "inscription")) effacée\(count > 1 ? "s" : "") pour cette adresse.")
            }
        default:
            throw AppError.invalidInput("Action inconnue « \(signature.action) » : purge, export ou effacer.")
        }
    }
}

/// Everything held about one e-mail address, and its erasure; journaled without the address.
enum PersonalData {
    struct Held: Encodable {
        var territory: String
        var animation: String
        var start: Date
        var name: String
        var email: String
        var places: Int
        var commune: String
        var childrenAges: String
        var status: String
        var attended: Bool?
        var registeredAt: Date
    }

    static func export(email: String, on db: any Database) async throws -> String {
        let rows = try await AnimationRegistration.query(on: db).filter(\.$email == email.lowercased())
            .with(\.$animation) { $0.with(\.$territory) }.sort(\.$id).all()
        let held = rows.map { row in
            Held(territory: row.animation.territory.name, animation: row.animation.title, start: row.animation.startsAt,
                 name: row.name, email: row.email, places: row.places, commune: row.commune,
                 childrenAges: row.childrenAges, status: row.statusValue.label, attended: row.attended,
                 registeredAt: row.createdAt)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(held), as: UTF8.self)
    }

    static func erase(email: String, on db: any Database) async throws -> Int {
        try await db.writeTransaction { tx in
            let rows = try await AnimationRegistration.query(on: tx).filter(\.$email == email.lowercased()).all()
            for row in rows {
                try await AnimationMessage.query(on: tx).filter(\.$registration.$id == row.requireID()).delete()
                try await RegistrationRetention.anonymise(row, at: Date(), on: tx)
                try await Audit.record(on: tx, user: nil, territoryID: row.territoryID, entity: .animation,
                                       entityID: row.$animation.id,
                                       summary: "Inscription n° \(try row.requireID()) effacée à la demande de la personne")
            }
            return rows.count
        }
    }
}
