@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// Issue 8 §3: `ctg import` of a council text without a plan d'actions fills the register.
/// Every expected value below was read off the fixture texts by hand.
@Suite struct RegisterImportTests {
    typealias F = RegisterImportFixture

    @Test func countsOnOneLineAndATerritoryCreatedFromTheHeader() async throws {
        try await withApp(seeded: false) { app in
            let output = try await F.run(F.path("01-comptes-sur-une-ligne"), on: app)
            #expect(output.first?.hasPrefix("Séance du 01/10/2013 enregistrée au registre") == true)
            #expect(output.contains { $0.contains("SIREN inconnu") })
            let territory = try #require(try await Territory.query(on: app.db).first())
            #expect(territory.name == "Communauté de communes des Vallons de l'Ardre")
            #expect(territory.siren == nil)
            #expect(territory.slug == "vallons-de-l-ardre")

            let seance = try await F.seance(on: "2013-10-01", app)
            #expect(seance.sessionTime == "18:30")
            #expect(seance.convokedOn == "2013-09-24")
            #expect(seance.president == "Gérard VAILLANT")
            #expect(seance.secretary == "Lucie BARTHE")
            #expect(seance.membersInOffice == 12)
            #expect([seance.declaredPresent, seance.declaredRepresented, seance.declaredVoters] == [9, 2, 11])
            #expect(F.lines(seance) == [
                "present Gérard VAILLANT", "present Odile FERRAND", "present Paul ROCHE", "present Lucie BARTHE",
                "present Henri COSTE", "present Sylvie MARAIS", "present Jacques PELLETIER", "present Nadine AUBRY",
                "present Rémi CHASTEL", "proxy Claire DUVAL → Paul ROCHE", "proxy Alain FOUCHER → Odile FERRAND",
                "absent Didier LEROUX",
            ])
            #expect(seance.orderedAttendances.allSatisfy { $0.$member.id != nil })

            let deliberation = try await F.deliberation("2013-045", app)
            #expect(deliberation.subject == "Adhésion au service commun d'instruction des autorisations d'urbanisme")
            #expect(deliberation.seanceID == seance.id)
            #expect([deliberation.votePour, deliberation.voteContre, deliberation.voteAbstentions] == [11, 0, 0])
            #expect(deliberation.unanimous)
            #expect(deliberation.presentCount == 9 && deliberation.votersCount == 11)
            #expect(deliberation.sessionDate == "2013-10-01")

            let members = try await CouncilMember.query(on: app.db).all()
            #expect(members.count == 12 && members.allSatisfy { $0.role == .titulaire })
            let journal = try await AuditEntry.query(on: app.db).all()
            #expect(journal.count == 1)
            #expect(journal.first?.summary.contains("séance du 01/10/2013 enregistrée, 1 délibération (n° 2013-045)") == true)
        }
    }

    @Test func labelledCountsAndSeveralDeliberationsWithTheirVotes() async throws {
        try await withApp(seeded: false) { app in
            try await F.run(F.path("02-proces-verbal-plusieurs-deliberations"), on: app)
            let seance = try await F.seance(on: "2020-11-19", app)
            #expect(seance.sessionTime == "19:00" && seance.convokedOn == "2020-11-12")
            #expect(seance.president == "Bernard QUESNEL" && seance.secretary == "Hélène MOREL")
            #expect(seance.membersInOffice == 15)
            // The text gives no number of pouvoirs: what the reader counted is not a declared figure.
            #expect(seance.declaredPresent == 11 && seance.declaredRepresented == nil && seance.declaredVoters == 13)
            #expect(Array(F.lines(seance).suffix(4)) == [
                "proxy Sandrine COLAS → Yves LANGLOIS", "proxy Thierry GAUTIER → Martine HUET",
                "excused Olivier NOËL", "absent Kevin RIBOT",
            ])
            #expect(F.lines(seance).count == 15)

            let approval = try await F.deliberation("CC/20-167", app)
            #expect(approval.subject == "Approbation du procès-verbal de la séance du 8 octobre 2020")
            #expect(approval.votePour == 13 && approval.voteContre == 0 && approval.agendaPosition == 0)
            let tarifs = try await F.deliberation("CC/20-168", app)
            #expect([tarifs.votePour, tarifs.voteContre, tarifs.voteAbstentions] == [10, 2, 1])
            #expect(tarifs.agendaPosition == 1 && !tarifs.unanimous)
            let grant = try await F.deliberation("CC/20-169", app)
            #expect(grant.votePour == 12 && grant.voteNePrendPasPart == 1 && grant.agendaPosition == 2)
            #expect(try await Deliberation.query(on: app.db).filter(\.$seanceID == seance.id).count() == 3)
        }
    }

    @Test func aFlattenedProxyTableAndASuppleant() async throws {
        try await withApp(seeded: false) { app in
            try await F.run(F.path("03-tableau-aplati"), on: app)
            let seance = try await F.seance(on: "2019-09-16", app)
            #expect(seance.membersInOffice == 14)
            #expect([seance.declaredPresent, seance.declaredRepresented, seance.declaredVoters] == [11, 2, 13])
            #expect(F.lines(seance) == [
                "present Jean-Luc MERCIER", "present Agnès POIRIER", "present Roland BESSON", "present Carole JUBIN",
                "present Marcel TESSIER", "present Ginette LAVAL", "present Hervé DUCROS", "present Estelle GIRAUD",
                "present Loïc PRADEL", "present Yvette CAMUS", "proxy Maryse DAVID → Roland BESSON",
                "proxy Gilles SAUNIER → Carole JUBIN", "substitute Albert FAURE → Pascal ROUX",
            ])
            let suppleant = try #require(try await CouncilMember.query(on: app.db).filter(\.$name == "Pascal ROUX").first())
            let titulaire = try #require(try await CouncilMember.query(on: app.db).filter(\.$name == "Albert FAURE").first())
            #expect(suppleant.role == .suppleant && suppleant.$titulaire.id == titulaire.id)
            let vote = try await F.deliberation("06.2019.01", app)
            #expect([vote.votePour, vote.voteContre, vote.voteAbstentions] == [12, 0, 1])
        }
    }

    @Test func countsAbsentFromTheTextAreCountedFromTheListNotDeclared() async throws {
        try await withApp(seeded: false) { app in
            try await F.run(F.path("04-sans-comptes"), on: app)
            let seance = try await F.seance(on: "2022-03-03", app)
            #expect(seance.membersInOffice == 8)
            #expect(seance.declaredPresent == nil && seance.declaredRepresented == nil && seance.declaredVoters == nil)
            #expect(seance.president == "Françoise BRUNET" && seance.secretary == "Émile TURPIN")
            #expect(Array(F.lines(seance).suffix(2)) == ["proxy Léa FONTAINE → Hugo LACROIX", "proxy Gaston PERRET → Paulette VIDAL"])
            let ctg = try await F.deliberation("2022_DEL014", app)
            #expect(ctg.subject == "Convention territoriale globale avec la Caisse d'allocations familiales")
            #expect(ctg.votePour == 8)
        }
    }

    @Test func aDeliberationWithoutNumberIsLeftOutWithAWarning() async throws {
        try await withApp(seeded: false) { app in
            let output = try await F.run(F.path("14-objet-sans-numero"), on: app)
            #expect(output.first?.contains("aucune délibération numérotée") == true)
            #expect(output.contains { $0.contains("Délibération sans numéro (« Projet éducatif de territoire 2020-2023 »)") })
            let seance = try await F.seance(on: "2020-09-28", app)
            #expect(F.lines(seance) == ["present Odette PASQUIER", "present Quentin RAMEAU", "present Sabine TRICOT",
                                        "present Ulysse VALLET", "excused Wanda YVON"])
            #expect(try await Deliberation.query(on: app.db).count() == 0)
        }
    }

    /// The proxies of June 2019: one per member, and Cyril DORÉ holds two.
    @Test func theLegalityCheckJudgesAnImportedSeance() async throws {
        try await withApp(seeded: false) { app in
            try await F.run(F.path("12-deux-pouvoirs-pour-un-membre"), on: app)
            let territory = try #require(try await Territory.query(on: app.db).first())
            let entry = try await RegisterEntry.find(number: "2019-058", territory: territory, on: app.db)
            let check = try #require(entry.check())
            #expect(!check.valid)
            #expect(check.reasons.contains("Pouvoirs irréguliers : Cyril DORÉ détient 2 pouvoirs pour 1 autorisé."))
        }
    }

    /// The CTG parser also accepts this extrait but found neither its number nor its list:
    /// without a plan, `ctg deliberation check` reads it as the import does.
    @Test func theCheckCommandReadsAPlanlessExtraitAsASeance() throws {
        let report = try #require(try DeliberationCheckCLI.seanceReport(path: F.path("01-comptes-sur-une-ligne"), sessionDate: nil))
        #expect(report.verdicts.map(\.number) == ["2013-045"])
        #expect(report.verdicts.first?.check?.valid == true)
        #expect(report.verdicts.first?.check?.voters == 11)
    }

    /// The register page of a territory created from the text alone, without convention.
    @Test func theRegisterPageReportsTheImportedSeance() async throws {
        try await withApp(seeded: false) { app in
            try await F.run(F.path("12-deux-pouvoirs-pour-un-membre"), on: app)
            let territory = try #require(try await Territory.query(on: app.db).first())
            let page = SiteURL.territory(TerritoryRef(slug: territory.slug), .deliberation(number: "2019-058")).path
            #expect(page == "/bocage-vendeen-sud/deliberations/2019-058")
            try await app.testing().test(.GET, page) { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Délibération irrégulière"))
                #expect(res.body.string.contains("Cyril DORÉ détient 2 pouvoirs pour 1 autorisé"))
            }
        }
    }

    /// The same séance in the seed's register, named by --territory.
    @Test func theSeedsRegisterPageReportsASeanceImportedWithItsSlug() async throws {
        try await withApp { app in
            let seed = try #require(try await Territory.query(on: app.db).first())
            try await F.run(F.path("12-deux-pouvoirs-pour-un-membre"), slug: seed.slug, on: app)
            #expect(try await Territory.query(on: app.db).count() == 1)
            let page = SiteURL.territory(TerritoryRef(slug: seed.slug), .deliberations).path
            try await app.testing().test(.GET, page) { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Diagnostic partagé de la convention territoriale globale"))
            }
        }
    }
}
