import Testing
@testable import CTGCore

@Suite("RPE — chiffres des assistants maternels et étapes des MAM")
struct RPEFiguresTests {
    @Test func coverageByHand() {
        let (figures, errors) = AMFigures.read(commune: "A", year: "2024", assistants: "12", places: "40", available: "5", children: "64")
        #expect(errors.isEmpty)
        #expect(figures?.coverage == 62.5)
        #expect(AMFigures.read(commune: "A", year: "2024", assistants: "1", places: "4", available: "0", children: "").figures?.coverage == nil)
    }

    @Test func badFieldsAreNamed() {
        let (figures, errors) = AMFigures.read(commune: " ", year: "24", assistants: "-1", places: "4", available: "6", children: "x")
        #expect(figures == nil)
        #expect(errors.count == 5)
        #expect(errors.contains("Les places déclarées disponibles (6) ne peuvent dépasser les places agréées (4)."))
    }

    @Test func stageIsTheFurthestStep() {
        #expect(MAMStep.stage(of: []) == nil)
        #expect(MAMStep.stage(of: [.local, .information]) == .local)
        #expect(MAMStep.stage(of: [.aideCAF, .etudeBesoins, .agrementPMI]) == .aideCAF)
    }
}
