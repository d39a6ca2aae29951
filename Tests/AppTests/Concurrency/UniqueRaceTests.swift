@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 7 §5: the same thing created twice at the same moment. The loser must get
/// the French refusal the form gives when it comes second, never a 500
/// "UNIQUE constraint failed", and only one row may exist afterwards.
@Suite struct UniqueRaceTests {
    static let burst = 20

    /// One acknowledged save; every other answer is a 409 or 422 carrying `refusal`.
    private func expectOneWinner(_ answers: [ConcurrentAnswer], refusal: String) {
        #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
        #expect(answers.count(.seeOther) == 1)
        for answer in answers where answer.status != .seeOther {
            #expect(answer.status == .conflict || answer.status == .unprocessableEntity, "n°\(answer.index) : \(answer.status)")
            #expect(answer.body.contains(refusal.inPage), "n°\(answer.index) : \(answer.body.prefix(300))")
        }
    }

    @Test func sameEmail() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let before = try await User.query(on: app.db).count()
            let form = ["email": "meme.adresse@exemple.fr", "role": "lecteur", "password": "douze caractères"]
            let answers = try await coordinateur.postAllAtOnce("/admin/utilisateurs", Array(repeating: form, count: Self.burst))
            expectOneWinner(answers, refusal: "Un compte existe déjà pour l'adresse « meme.adresse@exemple.fr ».")
            #expect(try await User.query(on: app.db).count() == before + 1)
        }
    }

    @Test func sameCouncilMember() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let before = try await CouncilMember.query(on: app.db).count()
            let form = ["name": "Jeanne NOUVELLE", "commune": "Youx", "role": "titulaire"]
            let answers = try await coordinateur.postAllAtOnce(Seed.ref.url(.councilMembers).path, Array(repeating: form, count: Self.burst))
            expectOneWinner(answers, refusal: "Jeanne NOUVELLE est déjà membre du conseil.")
            #expect(try await CouncilMember.query(on: app.db).count() == before + 1)
        }
    }

    @Test func sameDeliberationNumber() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            let before = try await RegisterFixture.counts(app)
            let form = RegisterFixture.seanceForm(roster, date: "2023-09-12", convokedOn: "2023-09-05",
                                                  fields: ["number": "CC2023-09-01", "subject": "Bilan d'étape"])
            let answers = try await coordinateur.postAllAtOnce(Seed.ref.url(.seances).path, Array(repeating: form, count: Self.burst))
            expectOneWinner(answers, refusal: "Une délibération n° CC2023-09-01 est déjà enregistrée pour ce territoire.")
            let after = try await RegisterFixture.counts(app)
            // Nothing of a refused séance is kept: neither the séance nor its attendance.
            #expect(after[0] == before[0] + 1)
            #expect(after[2] == before[2] + 1)
        }
    }

    /// Every first save of the register settings is acknowledged, and they make one row.
    @Test func firstSaveOfRegisterSettings() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let forms = (0..<Self.burst).map { ["officialName": "Communauté de communes n°\($0)", "ownTaxation": "1"] }
            let answers = try await coordinateur.postAllAtOnce("/pays-de-saint-eloy/conseil/parametres", forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == Self.burst)
            let rows = try await RegisterSettings.query(on: app.db).all()
            #expect(rows.count == 1)
            #expect(rows.first?.officialName?.hasPrefix("Communauté de communes n°") == true)
        }
    }
}
