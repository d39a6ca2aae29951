@testable import App
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

/// Rows of the services (guichet and petite enfance) managed by one organisation, so the
/// authorisation matrix reaches each back-office write's access check instead of a 404.
struct ServicesFixture {
    var structureID: Int
    var documentID: Int
    var itemID: Int
    var bookingID: Int
    let pageSlug = "page-de-la-structure"

    static func make(_ app: Application, organisation: String) async throws -> ServicesFixture {
        let sql = try #require(app.db as? any SQLDatabase)
        let territoryID = try await Seed.territoryID(on: app.db)
        let org = try #require(try await Organisation.query(on: app.db).filter(\.$territory.$id == territoryID)
            .filter(\.$name == organisation).first())
        let structure = Structure(territoryID: territoryID, organisationID: try org.requireID(), name: "Micro-crèche d'essai",
                                  kind: .microCreche, commune: "Commune d'essai", places: 10)
        try await structure.create(on: app.db)
        let structureID = try structure.requireID()
        let now = Date()
        try await sql.insert(into: "structure_documents")
            .columns("structure_id", "kind", "title", "filename", "stored_name", "content_type", "size", "uploaded_at")
            .values(SQLBind(structureID), SQLBind("reglement"), SQLBind("Règlement"), SQLBind("reglement.pdf"),
                    SQLBind("essai.pdf"), SQLBind("application/pdf"), SQLBind(10), SQLBind(now)).run()
        for space in ["parents", "jeunes"] {
            try await sql.insert(into: "info_pages")
                .columns("territory_id", "organisation_id", "space", "slug", "title", "summary", "body", "reviewed_at",
                         "review_interval_days", "is_demo")
                .values(SQLBind(territoryID), SQLBind(try org.requireID()), SQLBind(space), SQLBind("page-de-la-structure"),
                        SQLBind("Page d'essai"), SQLBind(""), SQLBind("Texte"), SQLBind(now), SQLBind(180), SQLBind(false)).run()
        }
        try await sql.insert(into: "equipment_items").columns("territory_id", "owner_id", "holder_id", "name", "category", "condition")
            .values(SQLBind(territoryID), SQLBind(structureID), SQLBind(structureID), SQLBind("Lit pliant"),
                    SQLBind("couchage"), SQLBind("bon")).run()
        let itemID = try await Self.lastID("equipment_items", on: sql)
        try await sql.insert(into: "equipment_bookings").columns("territory_id", "item_id", "structure_id", "first_day", "last_day")
            .values(SQLBind(territoryID), SQLBind(itemID), SQLBind(structureID), SQLBind("2030-01-07"), SQLBind("2030-01-11")).run()
        return ServicesFixture(structureID: structureID, documentID: try await Self.lastID("structure_documents", on: sql),
                               itemID: itemID, bookingID: try await Self.lastID("equipment_bookings", on: sql))
    }

    private static func lastID(_ table: String, on sql: any SQLDatabase) async throws -> Int {
        try #require(try await sql.raw("SELECT MAX(id) AS id FROM \(ident: table)").first()?.decode(column: "id", as: Int.self))
    }

    /// The value of a route parameter that names one of these rows, if it does.
    func value(for name: String, after previous: String) -> String? {
        switch name.lowercased() {
        case "structureid": return String(structureID)
        case "documentid": return String(documentID)
        case "itemid": return String(itemID)
        case "bookingid": return String(bookingID)
        case "slug" where previous == "parents" || previous == "jeunes": return pageSlug
        default: return nil
        }
    }
}
