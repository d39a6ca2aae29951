@testable import App
import Foundation
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Walks every registered route and asks it, as each kind of unauthorised
/// user, to do something it must refuse. The route list comes from the app
/// itself, so a route added tomorrow is checked tomorrow.
///
/// Back-office routes are every non-GET route and every GET under /admin:
/// - anonymous: refused (401, 403) or sent to the sign-in page (303 → /connexion);
/// - lecteur, and a `caf` account of the seed's département (which reads it): 403 on every write;
/// - référent of La Clé des Champs: 403 on every write (none is theirs: parameters point at 1-1-1);
/// - référent of AFJC, responsable of 1-1-1: not refused on the fiche's own writes.
/// Signed-in users must get 403 exactly: a redirect could hide a write that succeeded.
struct AuthorizationMatrix {
    /// Writes anyone may send, with the reason. Adding one is a decision to review like code.
    static let openWrites: [String: String] = [
        "POST /connexion": "the sign-in form itself",
        "POST /deconnexion": "anyone may sign out",
        "POST /mot-de-passe": "choosing a password through a single-use link: the token is the authority (issue 13)",
        "POST /mot-de-passe-oublie": "asking for a reset link by e-mail: answers the same for every address, throttled (issue 13)",
        "POST /compte/mot-de-passe": "every signed-in user changes their own password, current one required (issue 13)",
        "POST /compte/nom": "every signed-in user sets their own display name (issue 13)",
        "POST /:territoire/animations/:animationID": "registering to an animation is public (issue 10)",
        "POST /:territoire/inscriptions/:token/annulation": "a registrant cancels with their own token (issue 10)",
        "POST /api/v1/territoires/:territoire/animations/:animationID/registrations": "the public registration API (issue 10)",
        "POST /:territoire/enquetes/:surveyID": "answering a published survey is public and anonymous (issue 12)",
        "POST /:territoire/ccj/elections/:electionID/vote": "a young voter casts a ballot with a printed single-use code (issue 12)",
    ]
    /// Creations any référent may send for their own organisation (the form then names it): the
    /// référent of La Clé des Champs is not refused there, lecteurs and CAF accounts are.
    static let referentCreations: [String: String] = [
        "POST /:territoire/structures/nouvelle": "a référent adds a structure their organisation manages (issue 10)",
        "POST /:territoire/parents/nouvelle-page": "a référent writes a page for their organisation (issue 10)",
        "POST /:territoire/jeunes/nouvelle-page": "a référent writes a page for their organisation (issue 10)",
        "POST /:territoire/materiel": "a référent lends an item of a structure their organisation manages (issue 11)",
        "POST /:territoire/materiel/:itemID/reservations": "a référent books an item for a structure their organisation manages (issue 11)",
    ]
    /// Fiche routes a responsable référent may NOT use (coordinateur-only), with the reason.
    static let coordinateurOnlyFicheWrites: [String: String] = [
        "POST /:territoire/plan/edition/fiches/:code": "the plan editor changes the plan's text, which is the coordinateur's (issue 8)",
        "POST /:territoire/plan/edition/fiches/:code/sous-actions": "adding a sous-action changes the plan, the coordinateur's (issue 8)",
    ]

    struct Fixture {
        var conventionID: Int
        var actionID: Int
        var sousActionID: Int
        var indicatorID: Int?
        var deliberationNumber: String?
        var userID: Int
        /// An animation organised by AFJC (issue 10), so its back-office writes reach the access check.
        var animationID: Int
        /// AFJC's structure with a document, a page in each space and a lent item (issues 10 and 11).
        var services: ServicesFixture
        /// A file attached to fiche 1-1-1 (issue 13), so its removal reaches the access check.
        var attachmentID: Int
    }

    let app: Application
    let fixture: Fixture
    private(set) var checked: [String] = []
    private(set) var violations: [String] = []

    static func run(_ app: Application) async throws -> AuthorizationMatrix {
        let lecteur = try await signIn(app, as: .lecteur)
        var matrix = AuthorizationMatrix(app: app, fixture: try await fixture(app))
        let anonymous = Browser(app)
        try await anonymous.get(SiteURL.signIn.path)  // a session and a token, so only authorisation is tested
        let stranger = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
        let responsable = try await signIn(app, as: .referent, organisation: "AFJC")
        let caf = try await CafFixture.signIn(app, departement: "63")

        for route in app.routes.all {
            let name = describe(route)
            let isWrite = route.method != .GET && route.method != .HEAD
            // `/territoires` (issue 8 §5) is a signed-in page of CAF and admin accounts.
            let isAdminPage = ["admin", "territoires"].contains(route.path.first?.description)
            guard isWrite || isAdminPage, openWrites[name] == nil else { continue }
            let (path, isFicheRoute) = matrix.concretePath(route)
            matrix.checked.append(name)

            let answer = try await anonymous.send(route.method, path, form: [:], headers: csrfHeader(anonymous))
            let location = answer.headers.first(name: .location) ?? ""
            if !(answer.status == .unauthorized || answer.status == .forbidden
                 || (answer.status == .seeOther && location.hasPrefix(SiteURL.signIn.path))) {
                matrix.violations.append("\(name) as anonymous → \(answer.status.code) \(location)")
            }
            guard isWrite else { continue }
            for (who, browser) in [("lecteur", lecteur), ("référent La Clé des Champs", stranger), ("caf 63", caf)]
            where !(browser === stranger && referentCreations[name] != nil) {
                let answer = try await browser.send(route.method, path, form: [:], headers: csrfHeader(browser))
                if answer.status != .forbidden {
                    matrix.violations.append("\(name) as \(who) → \(answer.status.code), expected 403")
                }
            }
            if isFicheRoute, coordinateurOnlyFicheWrites[name] == nil {
                let answer = try await responsable.send(route.method, path, form: [:], headers: csrfHeader(responsable))
                let location = answer.headers.first(name: .location) ?? ""
                if answer.status == .forbidden || answer.status == .unauthorized || location.hasPrefix(SiteURL.signIn.path) {
                    matrix.violations.append("\(name) as référent AFJC (responsable of 1-1-1) → refused \(answer.status.code)")
                }
            }
        }
        return matrix
    }

    static func describe(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    private static func csrfHeader(_ browser: Browser) -> HTTPHeaders {
        ["X-CSRF-Token": browser.csrf ?? ""]
    }

    /// The route's path with real values of the seeded plan, all pointing at fiche 1-1-1
    /// when they can; and whether the route addresses a fiche (or something inside one).
    func concretePath(_ route: Route) -> (String, Bool) {
        var segments: [String] = []
        var isFicheRoute = false
        var previous = ""
        for component in route.path {
            switch component {
            case .constant(let value):
                segments.append(value)
                previous = value.lowercased()
            case .parameter(let name):
                let (value, aboutFiche) = self.value(for: name.lowercased(), after: previous)
                segments.append(value)
                isFicheRoute = isFicheRoute || aboutFiche
            case .anything, .catchall:
                segments.append("1")
            }
        }
        return ("/" + segments.joined(separator: "/"), isFicheRoute && route.path.first?.description != "admin")
    }

    /// Parameter name first ("code", "sousActionID"…), then the segment before it ("fiches/:id").
    private func value(for name: String, after previous: String) -> (String, Bool) {
        if name == TerritoryRef.parameter { return (Seed.slug, false) }
        let hint = name + " " + previous
        if hint.contains("animation") { return (String(fixture.animationID), false) }
        if let value = fixture.services.value(for: name, after: previous) { return (value, false) }
        // Files (issue 13): the attachments of fiche 1-1-1, whose référent is AFJC.
        if name == "ownerkind" { return (AttachmentOwnerKind.fiche.rawValue, true) }
        if name == "ownerid" { return (String(fixture.actionID), true) }
        if name == "attachmentid" { return (String(fixture.attachmentID), true) }
        if hint.contains("code") || previous == "fiches" { return ("1-1-1", true) }
        if hint.contains("sousaction") || hint.contains("sous-action") { return (String(fixture.sousActionID), true) }
        if hint.contains("indicat") { return (String(fixture.indicatorID ?? 1), true) }
        if hint.contains("action") { return (String(fixture.actionID), true) }
        if hint.contains("convention") { return (String(fixture.conventionID), false) }
        if hint.contains("user") || hint.contains("utilisateur") { return (String(fixture.userID), false) }
        if hint.contains("number") || hint.contains("deliberation") { return (fixture.deliberationNumber ?? "1", false) }
        if hint.contains("year") || hint.contains("annee") { return ("2023", false) }
        return ("1", false)
    }

    private static func fixture(_ app: Application) async throws -> Fixture {
        let action = try #require(try await PlanAction.query(on: app.db).filter(\.$code == "1-1-1").first())
        let actionID = try action.requireID()
        let sousAction = try #require(try await SousAction.query(on: app.db).filter(\.$action.$id == actionID).sort(\.$id).first())
        let indicator = try await Indicator.query(on: app.db).filter(\.$action.$id == actionID).sort(\.$id).first()
        let deliberation = try await Deliberation.query(on: app.db).sort(\.$id).first()
        let user = try #require(try await User.query(on: app.db).sort(\.$id).first())
        let animationID = try await AnimationFixture.make(app, organisation: "AFJC")
        let attachment = Attachment()
        attachment.territoryID = try await Seed.territoryID(on: app.db)
        attachment.actionID = actionID
        attachment.kind = "autre"
        attachment.filename = "compte-rendu.pdf"
        attachment.storedName = UUID().uuidString + ".pdf"
        attachment.contentType = "application/pdf"
        attachment.size = 4
        attachment.sha256 = String(repeating: "0", count: 64)
        attachment.isPublic = false
        attachment.uploadedByEmail = "coordination@exemple.fr"
        attachment.uploadedAt = Date()
        try await attachment.create(on: app.db)
        return Fixture(conventionID: action.$convention.id, actionID: actionID, sousActionID: try sousAction.requireID(),
                       indicatorID: try indicator?.requireID(), deliberationNumber: deliberation?.number,
                       userID: try user.requireID(), animationID: animationID,
                       services: try await ServicesFixture.make(app, organisation: "AFJC"),
                       attachmentID: try attachment.requireID())
    }
}
