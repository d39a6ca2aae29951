import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let rpe: AuditEntity = "rpe"
}

/// `/{territoire}/rpe…` addresses.
enum RPEPath: Equatable, Sendable {
    /// Figures per commune and year (GET), and their form (POST).
    case home
    /// MAM projects by stage (GET), a new project (POST).
    case mam
    /// A dated step of one project (POST).
    case mamStep(projectID: Int)

    var segments: [String] {
        switch self {
        case .home: return ["rpe"]
        case .mam: return ["rpe", "mam"]
        case .mamStep(let id): return ["rpe", "mam", String(id), "etapes"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .home, .mam: return segments.map { PathComponent(stringLiteral: $0) }
        case .mamStep: return ["rpe", "mam", ":projectID", "etapes"]
        }
    }
}

final class AMFigureRow: Model, @unchecked Sendable {
    static let schema = "rpe_am_figures"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "commune") var commune: String
    @Field(key: "year") var year: Int
    @Field(key: "assistants") var assistants: Int
    @Field(key: "places") var places: Int
    @Field(key: "available_places") var availablePlaces: Int
    @OptionalField(key: "children_under3") var childrenUnder3: Int?

    init() {}

    var figures: AMFigures {
        AMFigures(commune: commune, year: year, assistants: assistants, places: places, availablePlaces: availablePlaces,
                  childrenUnder3: childrenUnder3)
    }
}

final class MAMProject: Model, @unchecked Sendable {
    static let schema = "mam_projects"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    /// Who carries the project, as they agreed to be named ("trois AM de la commune").
    @Field(key: "name") var name: String
    @Field(key: "commune") var commune: String
    @Field(key: "assistants") var assistants: Int
    /// The furthest `MAMStep` reached, or "souhait" before any step.
    @Field(key: "stage") var stage: String
    @Children(for: \.$project) var steps: [MAMStepRow]

    init() {}
}

final class MAMStepRow: Model, @unchecked Sendable {
    static let schema = "mam_steps"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: MAMProject
    @Field(key: "step") var step: String
    @Field(key: "day") var day: String

    init() {}
}
