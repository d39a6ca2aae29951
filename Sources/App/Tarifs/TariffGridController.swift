import CTGCore
import Fluent
import Vapor

/// A structure's grid (new or existing) and the coordinateur's draft: one form, refused whole
/// with French messages and nothing written, saved whole with its journal entry.
enum TariffGridController {
    @Sendable static func newForm(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let structure = try await TariffAccess.structure(req, territoryID: scope.territoryID)
        _ = try TariffAccess.requireEditor(req, structure)
        return try await TariffFormPage.render(req, heading: "Nouvelle grille de « \(structure.name) »", isDemo: structure.isDemo,
                                               action: scope.path(.tariffs(.newGrid(structureID: try structure.requireID()))),
                                               version: nil, fields: TariffFormPage.fields(nil), isDraft: false, errors: [])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        try await TariffAccess.requireSomeEditRight(req, territoryID: scope.territoryID)
        let structure = try await TariffAccess.structure(req, territoryID: scope.territoryID)
        let user = try TariffAccess.requireEditor(req, structure)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let fields = try req.content.decode(TariffFormFields.self)
        let reading = fields.read(withFamilies: false)
        let structureID = try structure.requireID()
        guard let grid = reading.grid else {
            return try await TariffFormPage.render(req, heading: "Nouvelle grille de « \(structure.name) »", isDemo: structure.isDemo,
                                                   action: scope.path(.tariffs(.newGrid(structureID: structureID))), version: nil,
                                                   fields: fields, isDraft: false, errors: reading.problems, status: .unprocessableEntity)
        }
        return try await FormSubmissions.once(req) { tx in
            let row = try await TariffWriter.save(grid, attendance: reading.attendance, families: nil, into: nil, expectedVersion: nil,
                                                  make: { TariffGridRow(territoryID: scope.territoryID, structureID: structureID) },
                                                  label: "Grille tarifaire de « \(structure.name) »", by: user, on: tx)
            return scope.path(.tariffs(.grid(id: try row.requireID())))
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let row = try await TariffAccess.grid(req, territoryID: scope.territoryID)
        let stored = try await TariffStore.assemble([row], on: req.db).first
        let structure = try await row.$structure.get(on: req.db)
        let canEdit = TariffAccess.canEdit(req.currentUser, territoryID: scope.territoryID, organisationID: structure?.$organisation.id)
        return try await render(req, row: row, structure: structure, fields: TariffFormPage.fields(stored), errors: [], canEdit: canEdit)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        try await TariffAccess.requireSomeEditRight(req, territoryID: scope.territoryID)
        let row = try await TariffAccess.grid(req, territoryID: scope.territoryID)
        guard let structure = try await row.$structure.get(on: req.db) else { throw AppError.notFound("Cette grille n'a plus d'accueil de loisirs.") }
        let user = try TariffAccess.requireEditor(req, structure)
        let fields = try req.content.decode(TariffFormFields.self)
        let reading = fields.read(withFamilies: false)
        guard let grid = reading.grid else {
            return try await render(req, row: row, structure: structure, fields: fields, errors: reading.problems, status: .unprocessableEntity)
        }
        let id = try row.requireID()
        _ = try await req.db.writeTransaction { tx in
            try await TariffWriter.save(grid, attendance: reading.attendance, families: nil, into: id, expectedVersion: fields.version,
                                        make: { row }, label: "Grille tarifaire de « \(structure.name) »", by: user, on: tx)
        }
        return req.redirect(to: scope.path(.tariffs(.grid(id: id))), redirectType: .normal)
    }

    @Sendable static func draftForm(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let row = try await TariffGridRow.query(on: req.db).filter(\.$territory.$id == scope.territoryID).filter(\.$draftKey == 1).first()
        let stored = row == nil ? nil : try await TariffStore.assemble([row!], on: req.db).first
        var fields = TariffFormPage.fields(stored)
        if stored == nil { fields.mode = "taux" }
        return try await draftPage(req, version: row?.version, fields: fields, errors: [])
    }

    @Sendable static func saveDraft(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireUser()
        guard user.role == .coordinateur, user.territoryID == scope.territoryID else { throw AppError.forbidden(TariffAccess.draftOnly) }
        let fields = try req.content.decode(TariffFormFields.self)
        let reading = fields.read(withFamilies: true)
        guard let grid = reading.grid else {
            return try await draftPage(req, version: fields.version, fields: fields, errors: reading.problems, status: .unprocessableEntity)
        }
        _ = try await req.db.writeTransaction { tx in
            // Looked up inside the transaction: two first saves must not both create the draft.
            let existing = try await TariffGridRow.query(on: tx).filter(\.$territory.$id == scope.territoryID).filter(\.$draftKey == 1).first()
            try await TariffWriter.save(grid, attendance: [:], families: reading.families, into: existing?.id,
                                        expectedVersion: existing == nil ? nil : (fields.version ?? -1),
                                        make: { TariffGridRow(territoryID: scope.territoryID, structureID: nil) },
                                        label: "Grille harmonisée (projet)", by: user, on: tx)
        }
        return req.redirect(to: scope.path(.tariffs(.simulation)), redirectType: .normal)
    }

    private static func render(_ req: Request, row: TariffGridRow, structure: Structure?, fields: TariffFormFields,
                               errors: [String], canEdit: Bool = true, status: HTTPStatus = .ok) async throws -> Response {
        let scope = try await req.territoryScope()
        let name = structure?.name ?? "accueil de loisirs"
        return try await TariffFormPage.render(req, heading: "Grille tarifaire de « \(name) »", isDemo: row.isDemo,
                                               action: scope.path(.tariffs(.grid(id: try row.requireID()))), version: row.version,
                                               fields: fields, isDraft: false, errors: errors, canEdit: canEdit, status: status)
    }

    private static func draftPage(_ req: Request, version: Int?, fields: TariffFormFields, errors: [String],
                                  status: HTTPStatus = .ok) async throws -> Response {
        let scope = try await req.territoryScope()
        return try await TariffFormPage.render(req, heading: "Grille harmonisée (projet)", isDemo: false,
                                               action: scope.path(.tariffs(.draft)), version: version, fields: fields,
                                               isDraft: true, errors: errors,
                                               canEdit: req.currentUser?.role == .coordinateur && req.currentUser?.territoryID == scope.territoryID,
                                               status: status)
    }
}
