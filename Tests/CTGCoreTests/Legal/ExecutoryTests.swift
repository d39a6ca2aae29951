import Testing
@testable import CTGCore

@Suite("Caractère exécutoire")
struct ExecutoryTests {
    @Test("Saint-Eloy: transmitted and published 20/06/2022, exécutoire that day under the former L2131-1")
    func saintEloy() {
        let day = CivilDate("2022-06-20")!
        let status = ExecutoryRules.evaluate(transmittedOn: day, publishedOn: day, publicationMode: .affichage,
                                             isEPCIWithOwnTaxation: true)
        #expect(status.executoire)
        #expect(status.since == day)
        #expect(status.rule.contains("antérieure au 1er juillet 2022"))
        #expect(status.rule.contains("exécutoire depuis le 20/06/2022"))
    }

    /// (publication day, mode, EPCI à fiscalité propre, exécutoire)
    static let reformBoundary: [(String, PublicationMode, Bool, Bool)] = [
        ("2022-06-30", .affichage, true, true),
        ("2022-06-30", .papier, true, true),
        ("2022-06-30", .publicationElectronique, true, true),
        ("2022-07-01", .affichage, true, false),
        ("2022-07-01", .papier, true, false),
        ("2022-07-01", .publicationElectronique, true, true),
        ("2022-07-01", .affichage, false, true),
        ("2022-07-01", .notification, true, false),
        ("2022-06-30", .notification, true, false),
    ]

    @Test("publication mode on each side of 1 July 2022", arguments: reformBoundary)
    func reform(_ day: String, _ mode: PublicationMode, _ epci: Bool, _ executoire: Bool) {
        let date = CivilDate(day)!
        let status = ExecutoryRules.evaluate(transmittedOn: CivilDate("2022-06-28")!, publishedOn: date,
                                             publicationMode: mode, isEPCIWithOwnTaxation: epci)
        #expect(status.executoire == executoire)
        #expect(status.since == (executoire ? date : nil))
        #expect(status.rule.contains(date >= ExecutoryRules.reformDate ? "2021-1310" : "antérieure"))
        if epci && !executoire && mode == .affichage {
            #expect(status.rule.hasSuffix("sous forme électronique (art. L2131-1, III) ; l'affichage ne suffit pas."))
        }
    }

    @Test("needs both formalities and dates from the later one")
    func bothFormalities() {
        let early = CivilDate("2022-09-01")!, late = CivilDate("2022-09-05")!
        let notPublished = ExecutoryRules.evaluate(transmittedOn: early, publishedOn: nil, publicationMode: nil,
                                                   isEPCIWithOwnTaxation: true)
        #expect(!notPublished.executoire && notPublished.rule.contains("pas encore été publié"))
        let notTransmitted = ExecutoryRules.evaluate(transmittedOn: nil, publishedOn: early,
                                                     publicationMode: .publicationElectronique, isEPCIWithOwnTaxation: true)
        #expect(!notTransmitted.executoire && notTransmitted.rule.contains("transmission"))
        let both = ExecutoryRules.evaluate(transmittedOn: late, publishedOn: early,
                                           publicationMode: .publicationElectronique, isEPCIWithOwnTaxation: true)
        #expect(both.since == late)
    }

    @Test("individual decisions count from notification")
    func individual() {
        let day = CivilDate("2022-09-01")!
        let notified = ExecutoryRules.evaluate(transmittedOn: day, publishedOn: day, publicationMode: .notification,
                                               isEPCIWithOwnTaxation: true, isIndividualDecision: true)
        #expect(notified.executoire)
        let posted = ExecutoryRules.evaluate(transmittedOn: day, publishedOn: day, publicationMode: .affichage,
                                             isEPCIWithOwnTaxation: true, isIndividualDecision: true)
        #expect(!posted.executoire)
    }
}

@Suite("Cycle de vie d'une délibération")
struct LifecycleTests {
    @Test("projet → adoptée → transmise → exécutoire")
    func happyPath() throws {
        var life = DeliberationLifecycle(isEPCIWithOwnTaxation: true)
        #expect(life.stage == .projet)
        try life.recordVote(adopted: true, on: CivilDate("2022-06-07")!)
        #expect(life.stage == .adoptee)
        try life.recordTransmission(on: CivilDate("2022-06-20")!)
        #expect(life.stage == .transmise)
        try life.recordPublication(on: CivilDate("2022-06-20")!, mode: .affichage)
        #expect(life.stage == .executoire)
        #expect(life.executory.since == CivilDate("2022-06-20"))
    }

    @Test("published after the reform by affichage only stays publiée")
    func stuckAfterReform() throws {
        var life = DeliberationLifecycle(isEPCIWithOwnTaxation: true)
        try life.recordVote(adopted: true, on: CivilDate("2022-06-28")!)
        try life.recordPublication(on: CivilDate("2022-07-01")!, mode: .affichage)
        try life.recordTransmission(on: CivilDate("2022-07-02")!)
        #expect(life.stage == .publiee)
    }

    @Test("refuses transitions that make no sense")
    func refusals() throws {
        var draft = DeliberationLifecycle(isEPCIWithOwnTaxation: true)
        #expect(throws: LifecycleError(message: "La délibération doit être adoptée avant d'être transmise.")) {
            try draft.recordTransmission(on: CivilDate("2022-06-20")!)
        }
        var rejected = DeliberationLifecycle(isEPCIWithOwnTaxation: true)
        try rejected.recordVote(adopted: false, on: CivilDate("2022-06-07")!)
        #expect(rejected.stage == .rejetee)
        #expect(throws: LifecycleError(message: "Une délibération rejetée ne peut pas être publiée.")) {
            try rejected.recordPublication(on: CivilDate("2022-06-20")!, mode: .affichage)
        }
        var adopted = DeliberationLifecycle(isEPCIWithOwnTaxation: true)
        try adopted.recordVote(adopted: true, on: CivilDate("2022-06-07")!)
        #expect(throws: LifecycleError(message: "La transmission du 06/06/2022 ne peut pas précéder le vote du 07/06/2022.")) {
            try adopted.recordTransmission(on: CivilDate("2022-06-06")!)
        }
        #expect(throws: LifecycleError.self) { try adopted.recordVote(adopted: false, on: CivilDate("2022-06-07")!) }
    }
}
