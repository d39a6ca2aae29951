@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Visits: counted per page and month, with no cookie, robots left out, and offered to the
/// plan's indicators as "visits.monthly".
@Suite struct VisitCounterTests {
    static let phone: HTTPHeaders = ["User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1"]

    @Test func aPublicPageIsCountedWithoutSettingACookie() async throws {
        try await withApp { app in
            let path = Seed.path(.guichet(.space(.parents)))
            for _ in 0..<3 {
                let response = try await app.testing().sendRequest(.GET, path, headers: Self.phone)
                #expect(response.status == .ok)
                #expect(response.headers[.setCookie].isEmpty)
            }
            _ = try await app.testing().sendRequest(.GET, path, headers: ["User-Agent": "Googlebot/2.1"])
            _ = try await app.testing().sendRequest(.GET, Seed.path(.guichet(.structures)), headers: Self.phone)
            let territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID()
            let month = VisitPolicy.month(of: Date())
            #expect(try await VisitCounter.monthly(territoryID: territoryID, on: app.db) == [.init(month: month, total: 4)])
        }
    }

    @Test func visitsAreSummedPerMonthForTheIndicator() async throws {
        try await withApp { app in
            let territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID()
            let january = Date(timeIntervalSince1970: 1_767_268_800) // 1 January 2026, 12:00 UTC
            let february = january.addingTimeInterval(31 * 86_400)
            for _ in 0..<2 { try await VisitCounter.count(territoryID: territoryID, path: "/a", at: january, on: app.db) }
            try await VisitCounter.count(territoryID: territoryID, path: "/b", at: january, on: app.db)
            try await VisitCounter.count(territoryID: territoryID, path: "/a", at: february, on: app.db)
            #expect(try await VisitCounter.monthly(territoryID: territoryID, on: app.db)
                    == [.init(month: "2026-01", total: 3), .init(month: "2026-02", total: 1)])
            let convention = try #require(try await TerritoryScope.currentConvention(territoryID: territoryID, on: app.db))
            let provider = try #require(app.computedSources.provider(for: "visits.monthly"))
            let records = try await provider.records(for: ComputedScope(conventionID: convention.id!, actionID: 0, actionCode: "2-1-2"), on: app.db)
            #expect(app.computedSources.registry.evaluate("visits.monthly", records: records, year: 2026)?.value == 2)
        }
    }

    @Test func concurrentVisitsAreAllCounted() async throws {
        try await withApp { app in
            let territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID()
            let now = Date()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<40 {
                    group.addTask { try await VisitCounter.count(territoryID: territoryID, path: "/x", at: now, on: app.db) }
                }
                try await group.waitForAll()
            }
            #expect(try await VisitCounter.monthly(territoryID: territoryID, on: app.db).first?.total == 40)
        }
    }
}
