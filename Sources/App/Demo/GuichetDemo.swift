import CTGCore
import Fluent
import Foundation
import Vapor

/// Demonstration structures, information pages and partners (issue 10), read from
/// Resources/Demo/guichet-demo.json: invented places of the demonstration territories, each
/// record marked as such. A territory that already has demonstration records gets nothing twice.
enum GuichetDemo {
    struct File: Decodable {
        var territories: [TerritoryData]
    }

    struct TerritoryData: Decodable {
        var slug: String
        var structures: [StructureData]
        var pages: [PageData]
        var partners: [PartnerData]
    }

    struct StructureData: Decodable {
        var name, kind, commune, address, openingHours, phone, email, website, description: String
        var organisation: String?
        var minAgeMonths, maxAgeMonths, places: Int?
    }

    struct PageData: Decodable {
        var space, slug, title, summary, body: String
        /// How many days ago it was last updated, so one page shows in the review list.
        var ageDays: Int
    }

    struct PartnerData: Decodable {
        var space, name, description, url: String
    }

    static func load(_ app: Application) async throws {
        let path = app.directory.resourcesDirectory + "Demo/guichet-demo.json"
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        for data in file.territories {
            guard let territory = try await Territory.query(on: app.db).filter(\.$slug == data.slug).first() else { continue }
            let territoryID = try territory.requireID()
            if try await Structure.query(on: app.db).filter(\.$territory.$id == territoryID).filter(\.$isDemo == true).count() > 0 { continue }
            try await app.db.writeTransaction { tx in try await insert(data, territoryID: territoryID, on: tx) }
            app.logger.notice("Guichet de démonstration chargé pour \(territory.name).")
        }
    }

    private static func insert(_ data: TerritoryData, territoryID: Int, on db: any Database) async throws {
        let organisations = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).all()
        for item in data.structures {
            let structure = Structure(territoryID: territoryID, organisationID: organisations.first { $0.name == item.organisation }?.id,
                                      name: item.name, kind: StructureKind(rawValue: item.kind) ?? .other, commune: item.commune,
                                      address: item.address, places: item.places, isDemo: true)
            structure.minAgeMonths = item.minAgeMonths; structure.maxAgeMonths = item.maxAgeMonths
            structure.openingHours = item.openingHours; structure.phone = item.phone; structure.email = item.email
            structure.website = item.website; structure.description = item.description
            try await structure.create(on: db)
        }
        for item in data.pages {
            let page = InfoPage()
            page.$territory.id = territoryID; page.space = item.space; page.slug = item.slug; page.title = item.title
            page.summary = item.summary; page.body = item.body; page.isDemo = true
            page.reviewIntervalDays = ReviewSchedule.defaultDays
            page.reviewedAt = Date().addingTimeInterval(-Double(item.ageDays) * 86_400)
            try await page.create(on: db)
        }
        for item in data.partners {
            let partner = GuichetPartner()
            partner.$territory.id = territoryID; partner.space = item.space; partner.name = item.name
            partner.description = item.description; partner.url = item.url; partner.isDemo = true
            try await partner.create(on: db)
        }
        _ = try await Audit.record(on: db, user: nil, territoryID: territoryID, entity: .structure, entityID: nil,
                                   summary: "Guichet de démonstration chargé : \(FrenchCount.phrase(data.structures.count, "structure")), \(FrenchCount.phrase(data.pages.count, "page"))")
    }
}
