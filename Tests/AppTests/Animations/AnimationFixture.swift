@testable import App
import CTGCore
import Fluent
import Vapor

/// Animations made directly in the database, for tests that are about what comes after.
enum AnimationFixture {
    static func territoryID(_ app: Application, slug: String = Seed.slug) async throws -> Int {
        try await Territory.query(on: app.db).filter(\.$slug == slug).first()!.requireID()
    }

    static func organisationID(_ app: Application, _ name: String, territoryID: Int) async throws -> Int {
        try await Organisation.query(on: app.db).filter(\.$territory.$id == territoryID).filter(\.$name == name).first()!.requireID()
    }

    /// An animation of `organisation` starting `inDays` days from now (negative: in the past).
    @discardableResult
    static func make(_ app: Application, title: String = "Atelier des parents", capacity: Int = 20, inDays: Double = 7,
                     organisation: String = "AFJC", commune: String = "Lavaur-sur-Tarn", audience: AnimationAudience = .parents,
                     theme: String = "Parentalité", codes: [String] = ["3-1-1-A"], slug: String = Seed.slug) async throws -> Int {
        let territoryID = try await territoryID(app, slug: slug)
        let start = Date().addingTimeInterval(inDays * 86_400)
        let valid = AnimationForm.Valid(title: title, description: "Un temps d'échange.", starts: [start], duration: 5400,
                                        place: "Salle du Moulin", commune: commune, audience: audience, theme: theme,
                                        capacity: capacity, organisationID: try await organisationID(app, organisation, territoryID: territoryID),
                                        structureID: nil, codes: codes, asksChildrenAges: false)
        return try await AnimationForm.create(valid, territoryID: territoryID, user: nil, on: app.db)
    }

    static func registrations(_ app: Application, _ animationID: Int) async throws -> [AnimationRegistration] {
        try await AnimationRegistration.query(on: app.db).filter(\.$animation.$id == animationID).sort(\.$id).all()
    }

    static func form(name: String = "Awa Diallo", email: String = "awa@exemple.fr", places: String = "1",
                     commune: String = "Lavaur-sur-Tarn") -> [String: String] {
        ["name": name, "email": email, "places": places, "commune": commune]
    }

    static func cancelPath(in body: String) -> String? {
        guard let range = body.range(of: #"/inscriptions/[^"/]+/annulation"#, options: .regularExpression) else { return nil }
        let start = body[..<range.lowerBound].lastIndex(of: "\"").map { body.index(after: $0) } ?? range.lowerBound
        return String(body[start..<range.upperBound])
    }
}
