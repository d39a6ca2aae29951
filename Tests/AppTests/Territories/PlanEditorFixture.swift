@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// A coordinateur's browser in the editor of one convention, for the editor's tests.
struct PlanEditorFixture {
    var browser: Browser
    var conventionID: Int
    var app: Application

    /// A territory created by an admin through the forms (Sarthe, invented name), with
    /// its first coordinateur, signed in.
    static func newTerritory(_ app: Application, slug: String = "") async throws -> (Browser, Territory) {
        let admin = try await AdminTerritoriesTests.signInAsAdmin(app, email: "admin.\(UUID().uuidString.prefix(6))@instance.fr")
        try await admin.get(SiteURL.adminTerritories.path)
        var form = AdminTerritoriesTests.valid
        form["slug"] = slug
        #expect(try await admin.post(SiteURL.adminTerritories.path, form).status == .seeOther)
        let territory = try #require(try await Territory.query(on: app.db).filter(\.$siren == "200069177").first())
        let email = "coordination@coteaux-bleus.fr"
        #expect(try await admin.post(SiteURL.adminTerritoryCoordinators(territoryID: territory.requireID()).path,
                                     ["email": email, "password": TestAccounts.password]).status == .seeOther)
        let browser = Browser(app)
        #expect(try await browser.signIn(email: email).status == .seeOther)
        return (browser, territory)
    }

    /// The same, with a convention made through the service.
    static func withConvention(_ app: Application) async throws -> PlanEditorFixture {
        let (browser, territory) = try await newTerritory(app)
        let user = try #require(try await User.find(email: "coordination@coteaux-bleus.fr", on: app.db))
        let convention = try await PlanEditor.createConvention(territoryID: territory.requireID(), title: "CTG 2024-2027",
                                                               cafName: "CAF de la Sarthe", startYear: 2024, endYear: 2027,
                                                               by: user, on: app.db)
        try await browser.get(PlanEditorPath.home.href(try convention.requireID(), app))
        return PlanEditorFixture(browser: browser, conventionID: try convention.requireID(), app: app)
    }

    func scope() async throws -> PlanEditor.Scope {
        let user = try #require(try await User.find(email: "coordination@coteaux-bleus.fr", on: app.db))
        let slug = try #require(try await Territory.find(user.territoryID, on: app.db)).slug
        return PlanEditor.Scope(user: user, conventionID: conventionID, territoryID: user.territoryID,
                                ref: TerritoryRef(slug: slug, convention: conventionID))
    }

    @discardableResult
    func post(_ page: PlanEditorPath, _ form: [String: String]) async throws -> TestingHTTPResponse {
        let answer = try await browser.post(page.href(conventionID, app), form)
        if answer.status != .seeOther { try await browser.get(PlanEditorPath.home.href(conventionID, app)) }
        return answer
    }

    /// The convention's fiche codes, in order.
    func codes() async throws -> [String] {
        try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID).all(\.$code).sorted()
    }
}

extension PlanEditorPath {
    /// The editor's address for a convention, in its territory.
    func href(_ conventionID: Int, _ app: Application) async throws -> String {
        href(try await PlanEditorPath.ref(conventionID, app))
    }

    /// A territory page of the convention's territory, naming the convention.
    static func territoryPath(_ page: TerritoryPage, _ conventionID: Int, _ app: Application) async throws -> String {
        try await ref(conventionID, app).path(page)
    }

    static func ref(_ conventionID: Int, _ app: Application) async throws -> TerritoryRef {
        let convention = try #require(try await Convention.query(on: app.db).filter(\.$id == conventionID).with(\.$territory).first())
        return TerritoryRef(slug: convention.territory.slug, convention: conventionID)
    }
}
