import Vapor

/// Every field of the paper fiche, in the paper's order.
struct FichePage: Encodable {
    struct SubActionRow: Encodable {
        struct YearCell: Encodable {
            var year: Int
            var planned: Bool
        }
        var code: String
        var title: String
        var outlineTitle: String?
        var years: [YearCell]
        var yearsKnown: Bool
        var staff: String?
        var funders: String?
    }

    struct Neighbour: Encodable {
        var code: String
        var href: String
    }

    var layout: Layout
    var axe: String
    var objective: String
    var code: String
    var title: String
    var outlineTitle: String?
    var diagnostic: String?
    var audience: String?
    var leads: [String]
    var partners: [String]
    var years: [Int]
    var subActions: [SubActionRow]
    var indicators: [String]
    var expectedResults: [String]
    /// Open import warnings, for the territory's coordinateur only (empty for everyone else).
    var warnings: [ImportWarningItem]
    var previous: Neighbour?
    var next: Neighbour?
    var planHref: String
    /// Indicators and expected results with their follow-up (Pilotage/Indicateurs); nil for visitors.
    var indicatorSection: FicheIndicatorsSection? = nil
    /// Follow-up block (Pilotage/Suivi), shown by suivi-fiche.leaf.
    var suivi: FicheSuiviSection? = nil
    /// Files of the fiche and, for signed-in readers, where each sous-action's evidence is (Files/).
    var files: AttachmentLinks? = nil
}
