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
            // Counts wait in memory until the next write (every few seconds, and at shutdown);
            // the periodic write may already have run on a slow machine, so flush rather than check.
            try await app.visitBuffer.flush(on: app.db)
            #expect(try await VisitCounter.monthly(territoryID: territoryID, on: app.db) == [.init(month: month, total: 4)])
        }
    }

    @Test func visitsAreSummedPerMonthForTheIndicator() async throws {
        try await withApp { app in
            let territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID()
            let january = Date(timeIntervalSince1970: 1_767_268_800) // 1 January 2026, 12:00 UTC
            let february = january.addingTimeInterval(31 * 86_400)
            let buffer = app.visitBuffer
            for _ in 0..<2 { buffer.add(slug: Seed.slug, path: "/a", month: VisitPolicy.month(of: january)) }
            buffer.add(slug: Seed.slug, path: "/b", month: VisitPolicy.month(of: january))
            try await buffer.flush(on: app.db)
            buffer.add(slug: Seed.slug, path: "/a", month: VisitPolicy.month(of: february))
            buffer.add(slug: "territoire-inconnu", path: "/a", month: VisitPolicy.month(of: february))
            try await buffer.flush(on: app.db)
            #expect(try await VisitCounter.monthly(territoryID: territoryID, on: app.db)
                    == [.init(month: "2026-01", total: 3), .init(month: "2026-02", total: 1)])
            let convention = try #require(try await TerritoryScope.currentConvention(territoryID: territoryID, on: app.db))
            let provider = try #require(app.computedSources.provider(for: "visits.monthly"))
            let records = try await provider.records(for: ComputedScope(conventionID: convention.id!, actionID: 0, actionCode: "2-1-2"), on: app.db)
            #expect(app.computedSources.registry.evaluate("visits.monthly", records: records, year: 2026)?.value == 2)
        }
    }

    @Test func concurrentVisitsAreAllCountedWhileWritesGoOn() async throws {
        try await withApp { app in
            let territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID()
            let month = VisitPolicy.month(of: Date())
            let buffer = app.visitBuffer
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        buffer.add(slug: Seed.slug, path: "/x", month: month)
                        if index % 10 == 0 { try await buffer.flush(on: app.db) }
                    }
                }
                try await group.waitForAll()
            }
            try await buffer.flush(on: app.db)
            #expect(try await VisitCounter.monthly(territoryID: territoryID, on: app.db).first?.total == 40)
        }
    }
}
