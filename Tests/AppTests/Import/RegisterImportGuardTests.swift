@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// Issue 8 §3: which territory a council text goes to, what is refused (nothing written),
/// and why importing the same text again, or at the same time, never duplicates.
@Suite struct RegisterImportGuardTests {
    typealias F = RegisterImportFixture

    /// Invented council; `stamp` is appended as a prefecture receipt would be.
    static func text(header: String = "Extrait du registre des délibérations", stamp: String = "") -> String {
        """
        \(header)
        Séance du 12 mars 2024
        Membres en exercice : 5
        Présents : M. Aldo BRUN, Président, Mme Célia DUROC, M. Éric FOLLAIN
        M. Gino HAREL a donné pouvoir à Mme Célia DUROC
        Absente : Mme Iris JOLY
        Secrétaire de séance : M. Éric FOLLAIN

        Délibération n° 2024-031
        Objet : Tarifs du relais petite enfance
        Adopté à l'unanimité.
        \(stamp)
        """
    }

    private static func command(_ app: Application, _ arguments: [String]) async throws {
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["ctg"] + arguments))
        context.application = app
        try await ImportCommand().run(using: &context)
    }

    @Test func anUnknownOrMalformedSlugIsRefusedAndNothingIsWritten() async throws {
        try await withApp(seeded: false) { app in
            let path = F.path("01-comptes-sur-une-ligne")
            #expect(try await F.refusal(path, slug: "inconnu", on: app) == "Aucun territoire n'a l'identifiant « inconnu » : rien n'a été écrit.")
            #expect(try await F.refusal(path, slug: "Pas Bon", on: app)?.hasPrefix("« Pas Bon » n'est pas un identifiant de territoire valide") == true)
            do {
                try await Self.command(app, [path, "--territory", "inconnu"])
                Issue.record("slug inconnu accepté")
            } catch let failure as CommandFailure {
                #expect(failure.description.hasPrefix("Aucun territoire"))
            }
            #expect(try await F.counts(app) == [0, 0, 0, 0, 0, 0])
        }
    }

    @Test func aTextThatIsNeitherADeliberationNorAPlanIsStillRefused() async throws {
        try await withApp(seeded: false) { app in
            let path = try F.temporary("Compte rendu de la fête du village.\nMerci à tous les bénévoles, présents dès 8 heures.")
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                try await Self.command(app, [path])
                Issue.record("texte accepté")
            } catch let failure as CommandFailure {
                #expect(failure.description == "Ce texte n'est ni une délibération ni un plan d'actions de CTG.")
            }
            #expect(try await F.counts(app) == [0, 0, 0, 0, 0, 0])
        }
    }

    @Test func theCommandImportsACouncilText() async throws {
        try await withApp(seeded: false) { app in
            try await Self.command(app, [F.path("01-comptes-sur-une-ligne")])
            #expect(try await F.counts(app) == [1, 1, 12, 1, 12, 1])
        }
    }

    @Test func theSirenOfAnActesStampFindsTheTerritory() async throws {
        try await withApp { app in
            let seed = try #require(try await Territory.query(on: app.db).first())
            let siren = try #require(seed.siren)
            let path = try F.temporary(Self.text(stamp: "Reçu en préfecture : 063-\(siren)-20240312-2024031-DE"))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let other = try await Territory.create(name: "Communauté de communes du Val Perdu", siren: nil, departement: "", on: app.db)
            let refusal = try await F.refusal(path, slug: other.slug, on: app)
            #expect(refusal?.hasPrefix("Le texte porte le SIREN \(siren), celui du territoire « \(seed.name) »") == true)

            try await F.run(path, on: app)
            let deliberation = try await F.deliberation("2024-031", app)
            #expect(deliberation.$territory.id == seed.id)
            #expect(deliberation.actesID == "063-\(siren)-20240312-2024031-DE")
            #expect(try await Territory.query(on: app.db).count() == 2)
        }
    }

    @Test func theNameInTheHeaderFindsATerritoryThatHasASiren() async throws {
        try await withApp { app in
            let seed = try #require(try await Territory.query(on: app.db).first())
            let path = try F.temporary(Self.text(header: seed.name.uppercased()))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let output = try await F.run(path, on: app)
            #expect(output.contains { $0.hasPrefix("  - Territoire reconnu d'après le nom de l'en-tête : « \(seed.name) »") })
            #expect(try await Territory.query(on: app.db).count() == 1)
            #expect(try await F.deliberation("2024-031", app).$territory.id == seed.id)
        }
    }

    @Test func aTerritoryCreatedWithoutSirenLearnsItFromALaterText() async throws {
        try await withApp(seeded: false) { app in
            let header = "COMMUNAUTE DE COMMUNES DES VALLONS DE L'ARDRE"
            let first = try F.temporary(Self.text(header: header))
            let second = try F.temporary(Self.text(header: header, stamp: "051-200070456-20240312-2024031-DE")
                .replacingOccurrences(of: "2024-031", with: "2024-032"))
            defer { [first, second].forEach { try? FileManager.default.removeItem(atPath: $0) } }
            try await F.run(first, on: app)
            let output = try await F.run(second, on: app)
            #expect(output.contains { $0.contains("SIREN 200070456 enregistré pour le territoire") })
            let territories = try await Territory.query(on: app.db).all()
            #expect(territories.count == 1 && territories.first?.siren == "200070456")
            #expect(try await Seance.query(on: app.db).count() == 1)
            #expect(try await Deliberation.query(on: app.db).count() == 2)
        }
    }

    @Test func importingTheSameTextTwiceWritesNothingTheSecondTime() async throws {
        try await withApp(seeded: false) { app in
            let path = F.path("02-proces-verbal-plusieurs-deliberations")
            try await F.run(path, on: app)
            let before = try await F.counts(app)
            #expect(before == [1, 1, 15, 3, 15, 1])
            let output = try await F.run(path, on: app)
            #expect(output.first?.contains("déjà importée") == true)
            #expect(try await F.counts(app) == before)
        }
    }

    @Test func aChangedTextIsRefusedUnlessReplaceAndHandEnteredWorkStays() async throws {
        try await withApp(seeded: false) { app in
            let original = F.path("02-proces-verbal-plusieurs-deliberations")
            try await F.run(original, on: app)
            let seance = try await F.seance(on: "2020-11-19", app)
            // A deliberation entered by hand on the same séance.
            let typed = Deliberation(territoryID: seance.$territory.id, number: "CC/20-170", subject: "Motion saisie à la main")
            typed.record(vote: VoteTally(pour: 5))
            typed.copy(seance)
            try await typed.create(on: app.db)
            let text = try String(contentsOfFile: original, encoding: .utf8)
                .replacingOccurrences(of: "Pour : 10, Contre : 2, Abstentions : 1", with: "Pour : 9, Contre : 3, Abstentions : 1")
            let changed = try F.temporary(text)
            defer { try? FileManager.default.removeItem(atPath: changed) }
            let before = try await F.counts(app)

            let refusal = try #require(try await F.refusal(changed, on: app))
            #expect(refusal.hasPrefix("Import refusé : ce texte remplacerait ce que le registre contient déjà"))
            #expect(refusal.contains("délibération n° CC/20-168, vote : « 10 pour, 2 contre, 1 abstention » → « 9 pour, 3 contre, 1 abstention »"))
            #expect(refusal.contains("--replace"))
            #expect(try await F.counts(app) == before)
            #expect(try await F.deliberation("CC/20-168", app).votePour == 10)

            let output = try await F.run(changed, replace: true, on: app)
            #expect(output.contains("1 valeur remplacée (--replace) : les valeurs précédentes sont au journal."))
            let tarifs = try await F.deliberation("CC/20-168", app)
            #expect([tarifs.votePour, tarifs.voteContre, tarifs.voteAbstentions] == [9, 3, 1])
            let journal = try #require(try await AuditEntry.query(on: app.db).filter(\.$field == "délibération n° CC/20-168, vote").first())
            #expect(journal.before == "10 pour, 2 contre, 1 abstention" && journal.after == "9 pour, 3 contre, 1 abstention")
            #expect(try await F.deliberation("CC/20-170", app).votePour == 5)
            #expect(try await Deliberation.query(on: app.db).count() == 4)
        }
    }

    @Test func aChangedListOrSecretaryIsRefusedThenJournaledWhole() async throws {
        try await withApp(seeded: false) { app in
            let original = F.path("01-comptes-sur-une-ligne")
            try await F.run(original, on: app)
            let text = try String(contentsOfFile: original, encoding: .utf8)
                .replacingOccurrences(of: "Absent : M. Didier LEROUX", with: "Excusé : M. Didier LEROUX")
                .replacingOccurrences(of: "Secrétaire de séance : Mme Lucie BARTHE", with: "Secrétaire de séance : Mme Nadine AUBRY")
            let changed = try F.temporary(text)
            defer { try? FileManager.default.removeItem(atPath: changed) }
            let refusal = try #require(try await F.refusal(changed, on: app))
            #expect(refusal.contains("séance du 01/10/2013, secrétaire de séance : « Lucie BARTHE » → « Nadine AUBRY »"))
            #expect(refusal.contains("liste de présence : « Présent : 9, Absent : 1, Procuration donnée à… : 2 » "
                + "→ « Présent : 9, Absent excusé : 1, Procuration donnée à… : 2 »"))
            #expect(try await F.seance(on: "2013-10-01", app).secretary == "Lucie BARTHE")

            try await F.run(changed, replace: true, on: app)
            let seance = try await F.seance(on: "2013-10-01", app)
            #expect(seance.secretary == "Nadine AUBRY")
            #expect(F.lines(seance).last == "excused Didier LEROUX")
            let journal = try #require(try await AuditEntry.query(on: app.db).filter(\.$field == "liste de présence").first())
            #expect(journal.before?.hasSuffix("Procuration donnée à… : Alain FOUCHER → Odile FERRAND ; Absent : Didier LEROUX") == true)
            #expect(journal.after?.hasSuffix("; Absent excusé : Didier LEROUX") == true)
        }
    }

    @Test func concurrentImportsOfTheSameTextDoNotDuplicate() async throws {
        try await withApp(seeded: false) { app in
            let path = F.path("02-proces-verbal-plusieurs-deliberations")
            let outputs = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<4 { group.addTask { try await F.run(path, on: app) } }
                var all: [[String]] = []
                for try await output in group { all.append(output) }
                return all
            }
            #expect(outputs.filter { $0.first?.contains("déjà importée") == true }.count == 3)
            #expect(try await F.counts(app) == [1, 1, 15, 3, 15, 1])
        }
    }

    @Test func theSeedsDryRunKeepsItsDeliberationAndAddsDeliberations() async throws {
        let document = try DocumentSource.load(path: TestPaths.seedDocument)
        let preview = try JSONSerialization.jsonObject(with: ImportPreview(document: document).jsonData()) as? NSDictionary
        let original = try JSONSerialization.jsonObject(with: document.jsonData()) as? NSDictionary
        #expect(preview?["deliberation"] as? NSDictionary == original?["deliberation"] as? NSDictionary)
        #expect(preview?["plan"] as? NSDictionary == original?["plan"] as? NSDictionary)
        let entries = try #require(preview?["deliberations"] as? [NSDictionary])
        #expect(entries.count == 1)
        #expect(entries.first?["number"] as? String == document.deliberation?.number)
        guard case .plan = try RegisterImport.load(path: TestPaths.seedDocument) else {
            Issue.record("le document de référence ne prend plus le chemin du plan")
            return
        }
    }
}
