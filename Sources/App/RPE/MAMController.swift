import CTGCore
import Fluent
import Vapor

/// `/{territoire}/rpe/mam`: the census of MAM wishes (fiche 1-2-3), listed by stage, and the
/// dated accompaniment steps that move a project along.
enum MAMController {
    struct ProjectForm: Content { var name: String?; var commune: String?; var assistants: String? }
    struct StepForm: Content { var step: String?; var day: String? }

    struct Project: Encodable {
        var id: Int; var name: String; var commune: String; var assistants: Int
        var steps: [String]; var action: String
    }
    struct Stage: Encodable { var label: String; var projects: [Project] }

    struct Page: Encodable {
        var layout: Layout
        var stages: [Stage]
        var steps: [AdminUsersPage.Option]
        var canEdit: Bool
        var action: String
        var homeHref: String
        var errors: [String]
    }

    static let wish = "souhait"

    static func register(on routes: any RoutesBuilder) {
        routes.get(.rpe(.mam), use: show)
        routes.post(.rpe(.mam), use: create)
        routes.post(.rpe(.mamStep(projectID: 0)), use: addStep)
    }

    @Sendable static func show(req: Request) async throws -> View { try await page(req, errors: []) }

    static func page(_ req: Request, errors: [String]) async throws -> View {
        let scope = try await req.territoryScope()
        let projects = try await MAMProject.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .with(\.$steps).sort(\.$name).all()
        let order = [wish] + MAMStep.allCases.map(\.rawValue)
        let stages = order.compactMap { stage -> Stage? in
            let here = projects.filter { $0.stage == stage }
            guard !here.isEmpty else { return nil }
            return Stage(label: MAMStep(rawValue: stage)?.label ?? "Souhait exprimé", projects: here.map { p in
                Project(id: p.id ?? 0, name: p.name, commune: p.commune, assistants: p.assistants,
                        steps: p.steps.sorted { $0.day < $1.day }.map { s in
                            "\(MAMStep(rawValue: s.step)?.label ?? s.step) : \(OccupancyCalendar.parseDay(s.day).map(AgrementText.frenchDay) ?? s.day)"
                        },
                        action: scope.path(.rpe(.mamStep(projectID: p.id ?? 0))))
            })
        }
        return try await req.view.render("rpe-mam", Page(
            layout: req.layout(title: "Projets de MAM"), stages: stages,
            steps: MAMStep.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: false) },
            canEdit: try await RPEController.canEdit(req), action: scope.path(.rpe(.mam)), homeHref: scope.path(.rpe(.home)),
            errors: errors))
    }

    private static func refuse(_ req: Request, _ errors: [String]) async throws -> Response {
        let response = try await page(req, errors: errors).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try await RPEController.requireEdit(req)
        let scope = try await req.territoryScope()
        let form = try req.content.decode(ProjectForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
        let commune = (form.commune ?? "").trimmingCharacters(in: .whitespaces)
        let count = Int((form.assistants ?? "").trimmingCharacters(in: .whitespaces)) ?? 0
        var errors: [String] = []
        if name.isEmpty { errors.append("Indiquez qui porte le projet, tel qu'il accepte d'être nommé.") }
        if commune.isEmpty { errors.append("Indiquez la commune envisagée.") }
        if count < 1 || count > 4 { errors.append("Une MAM réunit de 1 à 4 assistants maternels (« \(form.assistants ?? "") » reçu).") }
        guard errors.isEmpty else { return try await refuse(req, errors) }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        return try await FormSubmissions.once(req) { tx in
            let project = MAMProject()
            project.$territory.id = scope.territoryID
            project.name = name; project.commune = commune; project.assistants = count; project.stage = wish
            try await project.create(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .rpe, entityID: project.id,
                                       field: "mam", after: name, summary: "Projet de MAM « \(name) » (\(commune)) recensé")
            return scope.path(.rpe(.mam))
        }
    }

    @Sendable static func addStep(req: Request) async throws -> Response {
        let user = try await RPEController.requireEdit(req)
        let scope = try await req.territoryScope()
        guard let id = req.parameters.get("projectID", as: Int.self),
              let project = try await MAMProject.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).first() else {
            throw AppError.notFound("Ce projet de MAM n'existe pas dans ce territoire.")
        }
        let form = try req.content.decode(StepForm.self)
        guard let step = MAMStep(rawValue: form.step ?? "") else { return try await refuse(req, ["Choisissez une étape de la liste."]) }
        guard let day = OccupancyCalendar.parseDay(form.day ?? "") else {
            return try await refuse(req, ["La date de l'étape « \(step.label) » doit s'écrire JJ/MM/AAAA ou AAAA-MM-JJ."])
        }
        try await req.db.writeTransaction { tx in
            // Dating a step again corrects its date rather than adding a second one.
            try await MAMStepRow.query(on: tx).filter(\.$project.$id == id).filter(\.$step == step.rawValue).delete()
            let row = MAMStepRow()
            row.$project.id = id; row.step = step.rawValue; row.day = day.description
            try await row.create(on: tx)
            let done = try await MAMStepRow.query(on: tx).filter(\.$project.$id == id).all().compactMap { MAMStep(rawValue: $0.step) }
            project.stage = MAMStep.stage(of: done)?.rawValue ?? wish
            try await project.save(on: tx)
            _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .rpe, entityID: id,
                                       field: "mam_etape", after: "\(step.label) : \(day.description)",
                                       summary: "Projet de MAM « \(project.name) » : étape « \(step.label) » le \(day.frenchDescription)")
        }
        return req.redirect(to: scope.path(.rpe(.mam)), redirectType: .normal)
    }
}
