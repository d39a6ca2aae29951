import CTGCore
import Fluent
import SQLKit
import Vapor

/// `ctg demo --territories N` beyond the hand-written demo territories: generated ones, modelled
/// on the bundled plan, until the instance holds N territories (issue 9: 2,000 on one database).
/// Batches of territories, one write transaction each, so a stopped run keeps whole territories
/// only, and running it again carries on where it stopped.
enum ScaleDemo {
    static let batchSize = 50
    static let sourcePrefix = "demo-"

    static func generate(upTo total: Int, app: Application, progress: (Int, Int) -> Void) async throws -> Int {
        let db = app.db
        let territories = try await Territory.query(on: db).count()
        let missing = total - territories
        guard missing > 0 else { return 0 }
        let template = try DocumentSource.load(path: BundledDocument.path(in: app)).plan
        let today = CivilDate.todayInParis
        let first = try await Convention.query(on: db).filter(\.$sourceHash =~ sourcePrefix).count()
        var done = 0
        while done < missing {
            let indices = (first + done)..<(first + min(missing, done + batchSize))
            try await db.writeTransaction { tx in
                guard let sql = tx as? any SQLDatabase else { return }
                var taken = Set(try await Territory.query(on: tx).all(\.$slug))
                var sirens = Set(try await Territory.query(on: tx).all(\.$siren).compactMap { $0 })
                var batch = try await ScaleDemoBatch.start(on: sql)
                for index in indices {
                    let territory = SyntheticTerritory(index: index, template: template, today: today)
                    guard sirens.insert(territory.siren).inserted else { continue }
                    let slug = TerritorySlug.unique(from: territory.name, taken: taken)
                    taken.insert(slug)
                    batch.add(territory, slug: slug)
                }
                try await batch.write(on: sql)
            }
            done += indices.count
            progress(done, missing)
        }
        return missing
    }
}
