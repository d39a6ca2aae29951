import Testing
@testable import CTGCore

@Suite("Matériel — réservations et indicateurs")
struct EquipmentPoolTests {
    let d = { (m: Int, day: Int) in PilotageDate(year: 2025, month: m, day: day) }

    @Test func overlapIncludesBothEnds() {
        #expect(EquipmentPool.overlaps((d(3, 3), d(3, 7)), (d(3, 7), d(3, 14))))
        #expect(!EquipmentPool.overlaps((d(3, 3), d(3, 7)), (d(3, 8), d(3, 14))))
        #expect(EquipmentPool.overlaps((d(3, 1), d(3, 31)), (d(3, 8), d(3, 14))))
    }

    @Test func periodsAreChecked() {
        guard case .failure(let reversed) = EquipmentPool.period(from: "10/04/2025", to: "01/04/2025") else { Issue.record(); return }
        #expect(reversed.message.hasPrefix("La réservation finit (1er avril 2025)"))
        guard case .failure = EquipmentPool.period(from: "2025-01-01", to: "2026-06-01") else { Issue.record(); return }
        guard case .success(let days) = EquipmentPool.period(from: "2025-03-03", to: "07/03/2025") else { Issue.record(); return }
        #expect(days.0 == d(3, 3) && days.1 == d(3, 7))
    }

    @Test func loansAreBookingsByAnotherStructure() {
        let loans = [EquipmentPool.Loan(item: 1, owner: 10, borrower: 11, first: d(3, 3)),
                     EquipmentPool.Loan(item: 1, owner: 10, borrower: 10, first: d(4, 3)),
                     EquipmentPool.Loan(item: 2, owner: 10, borrower: 12, first: PilotageDate(year: 2024, month: 12, day: 30)),
                     EquipmentPool.Loan(item: 1, owner: 10, borrower: 12, first: d(5, 5)),
                     EquipmentPool.Loan(item: 3, owner: 11, borrower: 11, first: d(5, 5))]
        #expect(EquipmentPool.sharedItems(loans) == 2)
        #expect(EquipmentPool.loansPerYear(loans) == [2024: 1, 2025: 2])
    }
}
