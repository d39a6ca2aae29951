@testable import CTGCore
import Testing

/// The general séance reader on the bundled Saint-Eloy document agrees with what the
/// CTG document parser reads of its deliberation.
@Suite struct SeanceReaderSeedTests {
    @Test func readsTheSeedsSeance() throws {
        let text = DocumentSeed.text
        let session = SeanceReader.read(text)
        let deliberation = try #require(try DocumentSeed.document().deliberation)
        #expect(session.date == deliberation.sessionDate)
        #expect(session.deliberations.first?.number == deliberation.number)
        #expect(session.counts.membersInOffice == deliberation.membersInOffice)
        #expect(session.counts.voters == deliberation.voters)
        #expect(session.deliberations.first?.vote?.unanimous == deliberation.unanimous)
    }
}
