import Fluent
import Vapor

/// The CTG itself: a territory's four-year pact with its CAF.
final class Convention: Model, @unchecked Sendable {
    static let schema = "conventions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "title") var title: String
    @Field(key: "caf_name") var cafName: String
    /// One signatory per line.
    @Field(key: "signatories") var signatories: String
    @Field(key: "start_year") var startYear: Int
    @Field(key: "end_year") var endYear: Int
    /// Fingerprint of the imported plan, so a second import of the same document is a no-op.
    @Field(key: "source_hash") var sourceHash: String
    @Field(key: "source_name") var sourceName: String
    @Children(for: \.$convention) var axes: [Axe]

    init() {}

    init(territoryID: Int, title: String, cafName: String, signatories: String,
         startYear: Int, endYear: Int, sourceHash: String, sourceName: String) {
        self.$territory.id = territoryID
        self.title = title
        self.cafName = cafName
        self.signatories = signatories
        self.startYear = startYear
        self.endYear = endYear
        self.sourceHash = sourceHash
        self.sourceName = sourceName
    }

    var years: [Int] { Array(startYear...max(startYear, endYear)) }
}
