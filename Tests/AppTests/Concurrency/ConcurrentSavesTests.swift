@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 7 §2: fifty people saving at the same moment, on each kind of write route.
/// Every save must be acknowledged (no 5xx) and be there afterwards. On SQLite, before
/// write transactions took the write lock first, about half failed "database is locked".
@Suite struct ConcurrentSavesTests {
    static let burst = 50

    /// "AA", "AB", …: distinct names without digits, as a person's name would be.
    static func letters(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index / 26))) + String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    @Test func statusSavesOnOneSousAction() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let path = try await SuiviFixture.statusPath("1-2-3-A", app)
            let forms = (0..<Self.burst).map {
                ["year": "2023", "status": $0.isMultiple(of: 2) ? "en_cours" : "realise", "comment": "Saisie n°\($0)", "date": "2023-05-02"]
            }
            let answers = try await coordinateur.postAllAtOnce(path, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == Self.burst)
            let comments = Set(try await SuiviFixture.entries("1-2-3-A", app).compactMap(\.comment))
            #expect(comments == Set((0..<Self.burst).map { "Saisie n°\($0)" }))
        }
    }

    @Test func measurementsOnOneIndicator() async throws {
        try await withApp { app in
            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1")
            let coordinateur = try await signIn(app, as: .coordinateur)
            let path = Seed.ref.url(.indicatorMeasurements(id: try indicator.requireID())).path
            let forms = (0..<Self.burst).map { ["year": "2023", "value": "\($0 + 1)", "source": "Relevé CAF", "comment": "mesure n°\($0)"] }
            let answers = try await coordinateur.postAllAtOnce(path, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == Self.burst)
            let saved = try await MeasurementEntry.query(on: app.db).all().compactMap(\.comment)
            #expect(Set(saved) == Set((0..<Self.burst).map { "mesure n°\($0)" }))
        }
    }

    @Test func councilImports() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let before = try await CouncilMember.query(on: app.db).count()
            let forms = (0..<Self.burst).map {
                ["csv": "nom;commune;qualite;titulaire;debut_mandat;fin_mandat\nCamille CONCURRENT\(Self.letters($0));Youx;titulaire;;;\n"]
            }
            let answers = try await coordinateur.postAllAtOnce(Seed.ref.url(.councilImport).path, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == Self.burst)
            let names = Set(try await CouncilMember.query(on: app.db).all().map(\.name))
            #expect(try await CouncilMember.query(on: app.db).count() == before + Self.burst)
            for index in 0..<Self.burst { #expect(names.contains("Camille CONCURRENT\(Self.letters(index))")) }
        }
    }

    @Test func seancesWithTheirDeliberation() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            let before = try await RegisterFixture.counts(app)
            let numbers = (1...Self.burst).map { "CC2023-09-\($0 < 10 ? "0" : "")\($0)" }
            let forms = numbers.map {
                RegisterFixture.seanceForm(roster, date: "2023-09-12", convokedOn: "2023-09-05",
                                           fields: ["number": $0, "subject": "Objet de la délibération \($0)"])
            }
            let answers = try await coordinateur.postAllAtOnce(Seed.ref.url(.seances).path, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == Self.burst)
            let after = try await RegisterFixture.counts(app)
            #expect(after[0] == before[0] + Self.burst)
            #expect(after[2] == before[2] + Self.burst)
            let saved = Set(try await Deliberation.query(on: app.db).all().map(\.number))
            #expect(Set(numbers).isSubset(of: saved))
        }
    }

    @Test func userCreations() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let forms = (0..<Self.burst).map {
                ["email": "concurrent.\($0)@exemple.fr", "role": "lecteur", "password": "douze caractères"]
            }
            let answers = try await coordinateur.postAllAtOnce("/admin/utilisateurs", forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == Self.burst)
            for index in 0..<Self.burst {
                #expect(try await User.find(email: "concurrent.\(index)@exemple.fr", on: app.db) != nil, "compte \(index)")
            }
        }
    }

    /// Two imports of the same document into an empty database at once: one writes the
    /// plan, the other finds it already there; neither fails, nothing is doubled.
    @Test func twoImportsAtOnce() async throws {
        try await withApp(seeded: false) { app in
            let document = try DocumentSource.load(path: TestPaths.seedDocument)
            async let first = PlanImporter.run(document, sourceName: "premier.txt", on: app.db)
            async let second = PlanImporter.run(document, sourceName: "second.txt", on: app.db)
            let summaries = try await [first, second]
            #expect(summaries.filter(\.alreadyImported).count == 1)
            #expect(try await Territory.query(on: app.db).count() == 1)
            #expect(try await Convention.query(on: app.db).count() == 1)
            #expect(try await SousAction.query(on: app.db).count() == 46)
        }
    }
}
