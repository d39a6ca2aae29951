import Fluent
import Vapor

/// What kind of row changed. Open-ended: a domain adds its own with
/// `extension AuditEntity { static let measurement: AuditEntity = "measurement" }`.
struct AuditEntity: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    var rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    init(stringLiteral value: String) { self.rawValue = value }

    static let user: AuditEntity = "user"
    static let action: AuditEntity = "action"
    static let sousAction: AuditEntity = "sous_action"
    static let indicator: AuditEntity = "indicator"
    static let measurement: AuditEntity = "measurement"
    static let expectedResult: AuditEntity = "expected_result"
    static let planImport: AuditEntity = "plan_import"
    static let structure: AuditEntity = "structure"
    static let infoPage: AuditEntity = "info_page"

    /// The French word shown in the journal.
    var label: String {
        switch self {
        case .user: return "Compte"
        case .action: return "Fiche-action"
        case .sousAction: return "Sous-action"
        case .indicator: return "Indicateur"
        case .measurement: return "Mesure d'indicateur"
        case .expectedResult: return "Résultat attendu"
        case .seance: return "Séance"
        case .deliberation: return "Délibération"
        case .councilMember: return "Membre du conseil"
        case .registerSettings: return "Paramètres du registre"
        case .axe: return "Axe"
        case .objectif: return "Objectif"
        case .planImport: return "Import du plan"
        case .territory: return "Territoire"
        case .convention: return "Convention"
        case .importWarning: return "Avertissement d'import"
        case .organisation: return "Organisation"
        case .animation: return "Animation"
        case .structure: return "Structure"
        case .infoPage: return "Page d'information"
        case .avenant: return "Avenant"
        case .budgetLine: return "Budget"
        case .attachment: return "Pièce jointe"
        default: return Self.serviceLabels[rawValue] ?? rawValue
        }
    }
}

extension AuditEntity {
    /// The services' kinds (declared in their own folders), named in French for the journal's list.
    static let serviceLabels = [
        "ccj": "Conseil des jeunes", "chantier": "Chantier de jeunes", "equipment": "Matériel partagé",
        "occupancy": "Occupation des structures", "rpe": "Relais petite enfance", "enquete": "Enquête",
        "tariff": "Tarifs ALSH",
    ]
}

/// One change: who, when, where, what, and the value before and after.
/// Never updated nor deleted by the application.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "created_at") var createdAt: Date
    @OptionalParent(key: "user_id") var user: User?
    /// "ligne de commande" for changes made with `ctg`.
    @Field(key: "user_email") var userEmail: String
    @Parent(key: "territory_id") var territory: Territory
    @OptionalParent(key: "convention_id") var convention: Convention?
    @Field(key: "entity") var entity: AuditEntity
    @OptionalField(key: "entity_id") var entityID: Int?
    /// The fiche the change belongs to ("1-2-3"), so the fiche can list its history.
    @OptionalField(key: "action_code") var actionCode: String?
    /// The French label of the field ("Statut 2023", "Rôle").
    @OptionalField(key: "field") var field: String?
    @OptionalField(key: "value_before") var before: String?
    @OptionalField(key: "value_after") var after: String?
    @Field(key: "summary") var summary: String

    init() {}
}
