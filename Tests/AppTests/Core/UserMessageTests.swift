@testable import App
import Testing

/// What `ctg` prints when a command fails: French, and saying what to do.
@Suite struct UserMessageTests {
    private struct Opaque: Error, CustomDebugStringConvertible {
        var debugDescription: String
    }

    @Test func domainErrorsKeepTheirSentence() {
        #expect(userMessage(for: AppError.invalidInput("Le fichier est vide.")) == "Le fichier est vide.")
        #expect(userMessage(for: CommandFailure("Format inconnu.")) == "Format inconnu.")
    }

    @Test func usualStartUpFailuresAreExplainedInFrench() {
        let busy = Opaque(debugDescription: "bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)")
        #expect(userMessage(for: busy).contains("--port"))
        let sqlite = Opaque(debugDescription: "cantOpen: Failed to open to SQLite database at file:///x")
        #expect(userMessage(for: sqlite).contains("Impossible d'ouvrir la base SQLite"))
        let postgres = Opaque(debugDescription: "PSQLError(code: connectionError)")
        #expect(userMessage(for: postgres).contains("DATABASE_URL"))
    }
}

/// The journal is read by élus: every kind of change has a French name.
@Suite struct AuditEntityLabelTests {
    @Test func everyEntityTheAppRecordsHasAFrenchLabel() {
        let entities: [AuditEntity] = [.user, .action, .sousAction, .indicator, .measurement, .expectedResult,
                                       .seance, .deliberation, .councilMember, .registerSettings, .axe, .objectif]
        for entity in entities {
            #expect(entity.label != entity.rawValue, "« \(entity.rawValue) » n'a pas de libellé français")
        }
    }
}
