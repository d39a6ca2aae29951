@testable import App
import CTGCore
import Fluent
import Foundation
import Vapor

/// A second territory beside the bundled one: the bundled document rewritten with
/// another ACTES identifier (département 71, another SIREN) and another name, so the
/// two share deliberation numbers and fiche codes, exactly where a link could cross.
enum SecondTerritory {
    static let siren = "200070001"

    static func text(_ app: Application) throws -> String {
        let seed = try String(contentsOfFile: BundledDocument.path(in: app), encoding: .utf8)
        return seed.replacingOccurrences(of: "063-200072080", with: "071-\(siren)")
            // Every spelling of the place ("Saint-Eloy", "saint Eloy", "SAINT-ELOY"), so the
            // territory's name, read from the text, is another one too.
            .replacingOccurrences(of: "s(ain)?t[- ]eloy", with: "Val-Fictif", options: [.regularExpression, .caseInsensitive])
    }

    /// Imports it and returns its territory.
    @discardableResult
    static func load(_ app: Application) async throws -> Territory {
        let document = try DocumentSource.parse(data: Data(try text(app).utf8))
        _ = try await PlanImporter.run(document, sourceName: "val-fictif.txt", on: app.db)
        guard let territory = try await Territory.query(on: app.db).filter(\.$siren == siren).first() else {
            preconditionFailure("le second territoire n'a pas été créé")
        }
        return territory
    }

    /// A status comment only this territory holds, on its sous-action `code`.
    static func mark(_ territory: Territory, code: String, with marker: String, on db: any Database) async throws {
        let conventionIDs = try await Convention.query(on: db).filter(\.$territory.$id == territory.requireID()).all(\.$id)
        let actionIDs = try await PlanAction.query(on: db).filter(\.$convention.$id ~~ conventionIDs).all(\.$id)
        guard let sub = try await SousAction.query(on: db).filter(\.$action.$id ~~ actionIDs).filter(\.$code == code).first() else {
            preconditionFailure("sous-action \(code) absente")
        }
        try await SousActionStatusEntry(sousActionID: try sub.requireID(), year: 2023, status: .en_cours, comment: marker,
                                        recordedOn: "2023-06-01", authorID: nil).create(on: db)
    }
}
