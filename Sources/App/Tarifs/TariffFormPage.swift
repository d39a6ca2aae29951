import CTGCore
import Vapor

extension TariffFormFields: Content {}

/// The grid form (a structure's grid or the draft), filled from a stored grid or from the
/// refused submission so nothing typed is lost. Spare bracket rows let a grid grow.
struct TariffFormPage: Encodable {
    struct Cell: Encodable { var name: String; var id: String; var label: String; var value: String }
    struct BracketRow: Encodable {
        var number: Int
        var prefix: String
        var lower: String
        var lowerExclusive: Bool
        var upper: String
        var upperInclusive: Bool
        var prices: [Cell]
        var attendance: [Cell]
    }
    struct RateRow: Encodable { var index: Int; var unit: String; var label: String; var rate: String; var floor: String; var ceiling: String }

    var layout: Layout
    var heading: String
    var isDemo: Bool
    var backHref: String
    var action: String
    var version: Int?
    var isLinear: Bool
    var supplement: String
    var validFrom: String
    var validUntil: String
    var showFamilies: Bool
    var families: String
    var showAttendance: Bool
    var brackets: [BracketRow]
    var rates: [RateRow]
    var errors: [String]
    /// Readers see the grid in the form's boxes, without the button.
    var canEdit: Bool

    static let spareRows = 3
    static let maxRows = 15

    static func render(_ req: Request, heading: String, isDemo: Bool, action: String, version: Int?, fields: TariffFormFields,
                       isDraft: Bool, errors: [String], canEdit: Bool = true, status: HTTPStatus = .ok) async throws -> Response {
        let scope = try await req.territoryScope()
        let typed = (fields.brackets ?? []).prefix(maxRows - spareRows)
        let rows = Array(typed) + Array(repeating: TariffFormFields.Bracket(), count: spareRows)
        let page = TariffFormPage(
            layout: req.layout(title: heading), heading: heading, isDemo: isDemo,
            backHref: scope.path(isDraft ? .tariffs(.simulation) : .tariffs(.home)), action: action, version: version,
            isLinear: fields.mode == "taux", supplement: fields.supplement ?? "", validFrom: fields.validFrom ?? "",
            validUntil: fields.validUntil ?? "", showFamilies: isDraft, families: fields.families ?? "",
            showAttendance: !isDraft,
            brackets: rows.enumerated().map { index, row in
                let prefix = "brackets[\(index)]"
                let cells = { (kind: String, values: [String: String]?, what: String) in
                    TariffUnit.allCases.map { unit in
                        Cell(name: "\(prefix)[\(kind)][\(unit.rawValue)]", id: "b\(index)-\(kind)-\(unit.rawValue)",
                             label: "\(what) \(unit.phrase)", value: values?[unit.rawValue] ?? "")
                    }
                }
                return BracketRow(number: index + 1, prefix: prefix, lower: row.lower ?? "", lowerExclusive: row.lowerBound == "exclu",
                                  upper: row.upper ?? "", upperInclusive: row.upperBound == "inclus",
                                  prices: cells("prices", row.prices, "Prix"), attendance: cells("attendance", row.attendance, "Nombre de"))
            },
            rates: TariffUnit.allCases.enumerated().map { index, unit in
                let typed = fields.rates?.first { $0.unit == unit.rawValue }
                return RateRow(index: index, unit: unit.rawValue, label: unit.label, rate: typed?.rate ?? "",
                               floor: typed?.floor ?? "", ceiling: typed?.ceiling ?? "")
            },
            errors: errors, canEdit: canEdit)
        let response = try await req.view.render("tarifs-grille", page).encodeResponse(for: req)
        response.status = status
        return response
    }

    /// A stored grid as the form shows it.
    static func fields(_ stored: StoredTariff?) -> TariffFormFields {
        var fields = TariffFormFields()
        fields.mode = "tranches"
        fields.families = TariffSimulation.defaultFamilies.map(String.init).joined(separator: ", ")
        guard let stored else { return fields }
        let grid = stored.grid
        fields.supplement = grid.outsideSupplement > 0 ? Cents.input(grid.outsideSupplement) : ""
        fields.validFrom = grid.validFrom?.description
        fields.validUntil = grid.validUntil?.description
        fields.families = stored.row.referenceQFs
        switch grid.scheme {
        case .brackets(let brackets):
            fields.brackets = brackets.enumerated().map { index, bracket in
                var row = TariffFormFields.Bracket()
                row.lower = String(bracket.lower); row.lowerBound = bracket.lowerInclusive ? "inclus" : "exclu"
                row.upper = bracket.upper.map(String.init); row.upperBound = bracket.upperInclusive ? "inclus" : "exclu"
                row.prices = Dictionary(uniqueKeysWithValues: bracket.prices.map { ($0.key.rawValue, Cents.input($0.value)) })
                row.attendance = Dictionary(uniqueKeysWithValues: (stored.attendance[index] ?? [:]).map { ($0.key.rawValue, String($0.value)) })
                return row
            }
        case .linear(let rates):
            fields.mode = "taux"
            fields.rates = rates.map { unit, rate in
                var row = TariffFormFields.Rate()
                row.unit = unit.rawValue
                row.rate = rate.rateText.replacingOccurrences(of: "\u{A0}%", with: "")
                row.floor = Cents.input(rate.floor); row.ceiling = Cents.input(rate.ceiling)
                return row
            }
        }
        return fields
    }
}
