import CTGCore
import Fluent
import Vapor

/// A member of the council of a territory (conseiller communautaire).
/// Mandate dates are ISO "YYYY-MM-DD" strings like every date of the register; nil is open-ended.
final class CouncilMember: Model, @unchecked Sendable {
    static let schema = "council_members"

    enum Role: String, Codable, Sendable, CaseIterable {
        case titulaire
        /// Sits with a vote when their titulaire is absent (CGCT L5211-6).
        case suppleant

        var label: String { self == .titulaire ? "Titulaire" : "Suppléant" }
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "name") var name: String
    @OptionalField(key: "commune") var commune: String?
    @Field(key: "role") var role: Role
    @OptionalParent(key: "titulaire_id") var titulaire: CouncilMember?
    @OptionalField(key: "mandate_start") var mandateStart: String?
    @OptionalField(key: "mandate_end") var mandateEnd: String?

    init() {}

    init(territoryID: Int, name: String, commune: String?, role: Role, titulaireID: Int? = nil,
         mandateStart: String? = nil, mandateEnd: String? = nil) {
        self.$territory.id = territoryID
        self.name = name
        self.commune = commune
        self.role = role
        self.$titulaire.id = titulaireID
        self.mandateStart = mandateStart
        self.mandateEnd = mandateEnd
    }

    /// Whether the mandate covers `date` (bounds inclusive, missing bounds open).
    func inOffice(on date: CivilDate) -> Bool {
        if let start = mandateStart.flatMap({ CivilDate($0) }), date < start { return false }
        if let end = mandateEnd.flatMap({ CivilDate($0) }), date > end { return false }
        return true
    }
}

/// The council as the forms need it: titulaires in office and who may stand in for whom.
struct CouncilRoster: Sendable {
    let members: [CouncilMember]

    static func load(territoryID: Int, on db: any Database) async throws -> CouncilRoster {
        let members = try await CouncilMember.query(on: db).filter(\.$territory.$id == territoryID)
            .sort(\.$name).all()
        return CouncilRoster(members: members.sorted { MemberSort.key($0.name) < MemberSort.key($1.name) })
    }

    var titulaires: [CouncilMember] { members.filter { $0.role == .titulaire } }
    var suppleants: [CouncilMember] { members.filter { $0.role == .suppleant } }

    func titulaires(inOfficeOn date: CivilDate) -> [CouncilMember] {
        titulaires.filter { $0.inOffice(on: date) }
    }

    func member(id: Int) -> CouncilMember? { members.first { $0.id == id } }

    func suppleant(of titulaire: CouncilMember) -> CouncilMember? {
        suppleants.first { $0.$titulaire.id != nil && $0.$titulaire.id == titulaire.id }
    }
}

/// Registers list people by surname ("Laurent DUMAS" sorts under D): the last word in capitals.
enum MemberSort {
    static func key(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        let surname = words.drop { $0 != $0.uppercased() || $0.count < 2 }.joined(separator: " ")
        let given = words.prefix { $0 != $0.uppercased() || $0.count < 2 }.joined(separator: " ")
        return (surname.isEmpty ? name : surname + " " + given)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    }
}
