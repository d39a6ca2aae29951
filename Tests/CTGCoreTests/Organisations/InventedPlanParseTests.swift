import Foundation
import Testing
@testable import CTGCore

/// The parser on plans written for these tests (invented territories): each names its own
/// bodies from its own identity, and nothing of another département appears.
@Suite struct InventedPlanParseTests {
    static func parse(_ name: String) throws -> ParsedDocument {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return try DocumentParser.parse(try String(contentsOf: url.appendingPathComponent("Fixtures/plans/\(name).txt"), encoding: .utf8))
    }

    @Test func aCommunauteOfTheSarthe() throws {
        let document = try Self.parse("loir-luce-berce-sarthe")
        #expect(document.identity?.departement?.code == "72")
        #expect(document.identity?.cafName == "CAF de la Sarthe")
        #expect(document.identity?.startYear == 2023 && document.identity?.endYear == 2026)
        let action = try #require(document.plan.axes.first?.objectives.first?.actions.first)
        #expect(action.leads == ["Communauté de communes Loir-Luce-Berce", "Commune de Saint-Amand"])
        #expect(action.partners == ["Les Petits Loups", "PMI", "associations partenaires", "EVS Le Fil"])
        #expect(action.subActions.map(\.funders) == [
            ["Communauté de communes Loir-Luce-Berce", "CAF de la Sarthe", "MSA"],
            ["Conseil départemental de la Sarthe", "Commune de Saint-Amand", "Région Pays de la Loire"]])
        let petitsLoups = try #require(document.organisations?.first { $0.name == "Les Petits Loups" })
        #expect(petitsLoups.kind == .association && petitsLoups.spellings == ["Association Les Petits Loups"])
        #expect(document.warnings.contains("Fiche 1-2-1 : « Commune » ne dit pas de quel organisme il s'agit : rattaché à aucun."))
    }

    @Test func aCommunauteOfTheAinWithoutActesStamp() throws {
        let document = try Self.parse("val-de-bresse-ain")
        #expect(document.identity?.siren == "200041002")
        #expect(document.identity?.departement?.code == "01")
        let action = try #require(document.plan.axes.first?.objectives.first?.actions.first)
        #expect(action.leads == ["Communauté de communes du Val de Bresse", "Commune de Sainte-Colombe"])
        #expect(action.subActions.last?.funders == ["CAF de l'Ain", "MSA", "Région Auvergne-Rhône-Alpes"])
        for organisation in document.organisations ?? [] {
            #expect(!organisation.name.contains("Puy-de-Dôme") && !organisation.name.contains("Sarthe"), "\(organisation.name)")
        }
    }
}
