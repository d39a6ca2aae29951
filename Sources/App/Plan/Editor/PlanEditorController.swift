import CTGCore
import Fluent
import Vapor

/// The plan editor's routes, for the coordinateur of the convention's territory
/// (`Plan/Editor`): the tree page, then one handler per form. Every refusal is an
/// `AppError` in French, shown by the error page, with nothing written.
enum PlanEditorController {
    static func register(on app: Application) {
        let editor = app.signedIn(.coordinateur)
        editor.get(.planEditor(.home), use: PlanEditorHome.show)
        editor.post(.planEditor(.conventions), use: createConvention)
        editor.post(.planEditor(.axes), use: addAxe)
        editor.post(.planEditor(.item(.axe, id: 0)), use: rename)
        editor.post(.planEditor(.children(.axe, id: 0)), use: addChild)
        editor.post(.planEditor(.move(.axe, id: 0)), use: move)
        editor.get(.planEditor(.deletion(.axe, id: 0)), use: PlanEditorDeletion.confirm)
        editor.post(.planEditor(.deletion(.axe, id: 0)), use: PlanEditorDeletion.delete)
        editor.post(.planEditor(.warning(id: 0)), use: resolveWarning)
        PlanEditorFichePage.register(on: editor)
    }

    struct ConventionForm: Content {
        var title: String?; var cafName: String?; var startYear: String?; var endYear: String?
        /// The id of a convention of the same territory whose plan is copied; empty for a blank plan.
        var copyFrom: String?
    }
    struct TitleForm: Content { var title: String? }
    struct MoveForm: Content { var direction: String? }

    @Sendable static func createConvention(req: Request) async throws -> Response {
        let (user, territory) = try await req.planEditorTerritory()
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(ConventionForm.self)
        guard let title = PlanFormInput.text(form.title) else { throw AppError.invalidInput("Indiquez l'intitulé de la convention.") }
        guard let cafName = PlanFormInput.text(form.cafName) else { throw AppError.invalidInput("Indiquez la CAF signataire.") }
        let (start, end) = (form.startYear.flatMap { Int($0) }, form.endYear.flatMap { Int($0) })
        let problem = PlanFormInput.periodProblem(start: start, end: end, currentYear: Calendar.current.component(.year, from: Date()))
        guard problem == nil, let start, let end else { throw AppError.invalidInput(problem ?? "") }
        let source = try await copySource(form.copyFrom, territoryID: territory.territoryID, on: req.db)
        return try await FormSubmissions.once(req) { tx in
            let convention = try await PlanEditor.createConvention(territoryID: territory.territoryID, title: title, cafName: cafName,
                                                                   startYear: start, endYear: end, by: user, on: tx)
            if let source { _ = try await PlanCopy.copy(from: source, into: convention, by: user, on: tx) }
            return PlanEditorPath.home.href(TerritoryRef(slug: territory.ref.slug, convention: try convention.requireID()))
        }
    }

    @Sendable static func addAxe(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let title = try requiredTitle(req)
        return try await FormSubmissions.once(req) { tx in
            let axe = try await PlanEditor.addAxe(title: title, in: scope, on: tx)
            return PlanEditorPath.home.href(scope.ref) + "#axe-\(axe.id ?? 0)"
        }
    }

    /// Under an axe: a new objectif; under an objectif: a new fiche (its other fields on its own page).
    @Sendable static func addChild(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        let (kind, id) = try item(req)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let title = try requiredTitle(req)
        return try await FormSubmissions.once(req) { tx in
            switch kind {
            case .axe:
                let objectif = try await PlanEditor.addObjectif(axeID: id, title: title, in: scope, on: tx)
                return PlanEditorPath.home.href(scope.ref) + "#objectif-\(objectif.id ?? 0)"
            case .objectif:
                let fields = FicheFields(title: title, leads: [], partners: [], indicators: [], results: [])
                let fiche = try await PlanEditor.addFiche(objectifID: id, fields: fields, in: scope, on: tx)
                return PlanEditorPath.fiche(code: fiche.code).href(scope.ref)
            case .fiche, .sousAction:
                throw AppError.notFound("Cette page n'existe pas.")
            }
        }
    }

    @Sendable static func rename(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        let (kind, id) = try item(req)
        if kind == .sousAction { return try await PlanEditorFichePage.updateSousAction(req, id: id, scope: scope) }
        let title = try requiredTitle(req)
        switch kind {
        case .axe: try await PlanEditor.renameAxe(id, title: title, in: scope, on: req.db)
        case .objectif: try await PlanEditor.renameObjectif(id, title: title, in: scope, on: req.db)
        case .fiche, .sousAction: throw AppError.notFound("Cette page n'existe pas.")
        }
        return req.redirect(to: PlanEditorPath.home.href(scope.ref) + "#\(kind.rawValue)-\(id)",
                            redirectType: .normal)
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        let (kind, id) = try item(req)
        guard let direction = try req.content.decode(MoveForm.self).direction.flatMap(PlanNumbering.Direction.init) else {
            throw AppError.invalidInput("Choisissez « Monter » ou « Descendre ».")
        }
        try await PlanEditorMove.move(kind, id: id, direction, in: scope, on: req.db)
        if kind == .sousAction {
            let sousAction = try await PlanEditorRows.sousAction(id, in: scope, on: req.db)
            let code = try await sousAction.$action.get(on: req.db).code
            return req.redirect(to: PlanEditorPath.fiche(code: code).href(scope.ref), redirectType: .normal)
        }
        return req.redirect(to: PlanEditorPath.home.href(scope.ref) + "#\(kind.rawValue)-\(id)",
                            redirectType: .normal)
    }

    /// The convention to copy, if one was chosen: only one of this territory (else « not found »).
    static func copySource(_ raw: String?, territoryID: Int, on db: any Database) async throws -> Int? {
        guard let raw = PlanFormInput.text(raw) else { return nil }
        guard let id = Int(raw), let source = try await Convention.find(id, on: db), source.$territory.id == territoryID else {
            throw AppError.notFound("La convention à reprendre n'existe pas sur ce territoire.")
        }
        return id
    }

    /// `comment` says what was done; `retour` brings the coordinateur back to the page the form was on
    /// (its fiche or the territory's home), else to the editor's list.
    struct ResolveForm: Content { var comment: String?; var retour: String? }

    @Sendable static func resolveWarning(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        guard let id = req.parameters.get("warningID", as: Int.self) else { throw PlanEditorRows.notFound }
        let form = try req.content.decode(ResolveForm.self)
        let comment = PlanFormInput.text(form.comment)
        if let comment, comment.count > 1000 {
            throw AppError.invalidInput("Le commentaire ne doit pas dépasser 1 000 caractères.")
        }
        try await PlanEditor.resolveWarning(id, comment: comment, in: scope, on: req.db)
        let back: String
        switch form.retour {
        case "accueil": back = scope.ref.path(.home) + "#avertissements"
        case let .some(code) where code.hasPrefix("fiche:"):
            back = scope.ref.path(.fiche(code: String(code.dropFirst("fiche:".count))))
        default: back = PlanEditorPath.home.href(scope.ref) + "#avertissements"
        }
        return req.redirect(to: back, redirectType: .normal)
    }

    static func item(_ req: Request) throws -> (PlanEditorMove.Kind, Int) {
        guard let kind = req.parameters.get("kind").flatMap(PlanEditorMove.Kind.init),
              let id = req.parameters.get("itemID", as: Int.self) else {
            throw AppError.notFound("Cette page n'existe pas.")
        }
        return (kind, id)
    }

    static func requiredTitle(_ req: Request) throws -> String {
        guard let title = PlanFormInput.text(try req.content.decode(TitleForm.self).title) else {
            throw AppError.invalidInput("Indiquez un intitulé.")
        }
        return title
    }
}

extension Request {
    /// The coordinateur and their territory, named by the address; another territory's editor does not exist for them.
    func planEditorTerritory() async throws -> (User, TerritoryScope) {
        let user = try requireRole(.coordinateur)
        let scope = try await territoryScope()
        guard scope.territoryID == user.territoryID else { throw AppError.notFound(AccessDenied.notFound) }
        return (user, scope)
    }

    /// The same with the convention the editor works on (`?convention=ID` of the territory, or its current one).
    func planEditorScope() async throws -> PlanEditor.Scope {
        let (user, territory) = try await planEditorTerritory()
        let conventionID = try territory.requireConventionID()
        return PlanEditor.Scope(user: user, conventionID: conventionID, territoryID: territory.territoryID,
                                ref: TerritoryRef(slug: territory.ref.slug, convention: conventionID))
    }
}
