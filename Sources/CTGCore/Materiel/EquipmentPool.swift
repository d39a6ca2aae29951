import Foundation

/// Rules of the shared equipment pool (fiche 1-1-2-C), without storage.
public enum EquipmentPool {
    /// The states an item can be in, as the inventory shows them.
    public static let conditions = ["neuf", "bon état", "usé", "à réparer", "hors service"]

    /// A booking request's days, or the French reason it cannot be one.
    public static func period(from: String?, to: String?) -> Result<(PilotageDate, PilotageDate), BookingRefusal> {
        guard let first = OccupancyCalendar.parseDay(from ?? ""), let last = OccupancyCalendar.parseDay(to ?? "") else {
            return .failure(.init("Les dates de début et de fin doivent s'écrire JJ/MM/AAAA ou AAAA-MM-JJ."))
        }
        guard first <= last else {
            return .failure(.init("La réservation finit (\(last.frenchDescription)) avant de commencer (\(first.frenchDescription))."))
        }
        guard OccupancyCalendar.dayNumber(last) - OccupancyCalendar.dayNumber(first) < 366 else {
            return .failure(.init("Une réservation dure au plus un an : partagez le matériel en plusieurs périodes."))
        }
        return .success((first, last))
    }

    /// Two day ranges, both ends included, share at least one day.
    public static func overlaps(_ a: (PilotageDate, PilotageDate), _ b: (PilotageDate, PilotageDate)) -> Bool {
        a.0 <= b.1 && b.0 <= a.1
    }

    public struct Loan: Equatable, Sendable {
        public var item: Int
        public var owner: Int
        public var borrower: Int
        public var first: PilotageDate

        public init(item: Int, owner: Int, borrower: Int, first: PilotageDate) {
            self.item = item; self.owner = owner; self.borrower = borrower; self.first = first
        }

        /// A booking by the owner itself is use, not a loan.
        public var isLoan: Bool { borrower != owner }
    }

    /// Items lent at least once to another structure than their owner.
    public static func sharedItems(_ loans: [Loan]) -> Int {
        Set(loans.filter(\.isLoan).map(\.item)).count
    }

    /// Loans by the year they start.
    public static func loansPerYear(_ loans: [Loan]) -> [Int: Int] {
        loans.filter(\.isLoan).reduce(into: [:]) { $0[$1.first.year, default: 0] += 1 }
    }
}

public struct BookingRefusal: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
