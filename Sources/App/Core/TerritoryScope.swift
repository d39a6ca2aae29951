import CTGCore
import Fluent
import Vapor

/// The territory a request is about (its `:territoire` segment) and the convention
/// shown: `?convention=ID` when it is one of the territory's, else its current one.
/// Resolved once per request and kept in its storage.
struct TerritoryScope: Sendable {
    var territory: Territory
    /// Nil for a territory created without a document, before its first convention.
    var convention: Convention?
    /// What links of the page carry: the slug, and the convention only when the request named it.
    var ref: TerritoryRef

    var territoryID: Int { territory.id ?? 0 }

    func url(_ page: TerritoryPage) -> SiteURL { ref.url(page) }

    /// The reference for a page of `conventionID`: this one when it is the convention shown,
    /// else one naming it (a form posted from an older convention's fiche goes back there).
    func ref(for conventionID: Int) -> TerritoryRef {
        convention?.id == conventionID ? ref : TerritoryRef(slug: ref.slug, convention: conventionID)
    }
    func path(_ page: TerritoryPage) -> String { ref.path(page) }

    /// The convention, or a French 503 saying none is loaded yet for this territory.
    func requireConventionID() throws -> Int {
        guard let id = convention?.id else {
            throw AppError.unavailable("Aucune convention n'est encore enregistrée pour « \(territory.name) ».")
        }
        return id
    }

    /// The current convention of a territory: the one that starts last.
    static func currentConvention(territoryID: Int, on db: any Database) async throws -> Convention? {
        try await Convention.query(on: db).filter(\.$territory.$id == territoryID)
            .sort(\.$startYear, .descending).sort(\.$id, .descending).first()
    }

    /// The scope of any page of the territory `slug` (used where a request has no `:territoire`).
    static func of(slug: String, conventionID: Int? = nil, on db: any Database) async throws -> TerritoryScope {
        guard let territory = try await Territory.query(on: db).filter(\.$slug == slug).first() else {
            throw AppError.notFound("Aucun territoire n'a l'adresse « \(slug) ».")
        }
        let territoryID = try territory.requireID()
        if let conventionID {
            guard let convention = try await Convention.query(on: db).filter(\.$id == conventionID)
                .filter(\.$territory.$id == territoryID).first() else {
                throw AppError.notFound("Le territoire « \(territory.name) » n'a pas de convention n° \(conventionID).")
            }
            return TerritoryScope(territory: territory, convention: convention,
                                  ref: TerritoryRef(slug: slug, convention: conventionID))
        }
        let convention = try await currentConvention(territoryID: territoryID, on: db)
        return TerritoryScope(territory: territory, convention: convention, ref: TerritoryRef(slug: slug))
    }
}

/// The first segment of the address cannot be a territory's: to the error page, the same as
/// an address no route has (404, or 405 where another method has one).
struct NotATerritoryAddress: Error {}

private struct ConventionQuery: Content {
    var convention: Int?
}

private struct TerritoryScopeKey: StorageKey {
    typealias Value = TerritoryScope
}

extension Request {
    /// The scope of a territory page; 404 in French for an unknown slug or a convention of another territory.
    func territoryScope() async throws -> TerritoryScope {
        if let scope = storage[TerritoryScopeKey.self] { return scope }
        // What cannot be a slug (an instance-wide word such as "deconnexion", a 300-letter
        // name) is no territory's page: the plain 404, or 405 where the address exists for another method.
        guard let slug = parameters.get(TerritoryRef.parameter), TerritorySlug.isValid(slug) else {
            throw NotATerritoryAddress()
        }
        let named = (try? query.decode(ConventionQuery.self))?.convention
        let scope = try await TerritoryScope.of(slug: slug, conventionID: named, on: db)
        storage[TerritoryScopeKey.self] = scope
        return scope
    }

    /// The scope if this is a territory page, nil otherwise (the layout and the sign-in check ask).
    func territoryScopeIfAny() async throws -> TerritoryScope? {
        parameters.get(TerritoryRef.parameter) == nil ? nil : try await territoryScope()
    }

    /// The scope already resolved for this request, without a database trip (for Leaf tags).
    var resolvedTerritoryScope: TerritoryScope? { storage[TerritoryScopeKey.self] }

    /// The convention shown by a territory page; 503 when the territory has none yet.
    func conventionID() async throws -> Int {
        try await territoryScope().requireConventionID()
    }
}
