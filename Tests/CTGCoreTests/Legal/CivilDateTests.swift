import Foundation
import Testing
@testable import CTGCore

@Suite("CivilDate")
struct CivilDateTests {
    @Test("parses and prints YYYY-MM-DD")
    func roundTrip() throws {
        let date = try #require(CivilDate("2022-06-07"))
        #expect(date.year == 2022 && date.month == 6 && date.day == 7)
        #expect(date.description == "2022-06-07")
        #expect(date.compact == "20220607")
        #expect(date.french == "07/06/2022")
        #expect(CivilDate(compact: "20220607") == date)
    }

    @Test("refuses malformed or impossible dates",
          arguments: ["2022-6-7", "2022-02-29", "2021-13-01", "2022-04-31", "2022-00-10", "22-06-07",
                      "2022/06/07", "2022-06-07T00:00", "", "２０２２-06-07"])
    func refuses(_ text: String) {
        #expect(CivilDate(text) == nil)
    }

    @Test("accepts leap days only in leap years")
    func leapYears() {
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2000-02-29") != nil)
        #expect(CivilDate("1900-02-29") == nil)
    }

    @Test("orders chronologically")
    func ordering() throws {
        let dates = ["2022-08-01", "2021-11-10", "2022-07-31", "2022-01-01"].compactMap { CivilDate($0) }
        #expect(dates.sorted().map(\.description) == ["2021-11-10", "2022-01-01", "2022-07-31", "2022-08-01"])
    }

    @Test("day arithmetic crosses month and year ends")
    func arithmetic() throws {
        #expect(CivilDate("1970-01-01")!.dayNumber == 0)
        #expect(CivilDate("2022-07-31")!.adding(days: 1).description == "2022-08-01")
        #expect(CivilDate("2021-12-31")!.adding(days: 1).description == "2022-01-01")
        #expect(CivilDate("2024-03-01")!.adding(days: -1).description == "2024-02-29")
        let june7 = CivilDate("2022-06-07")!
        #expect(june7.dayNumber - CivilDate("2022-06-01")!.dayNumber == 6)
        #expect(CivilDate(dayNumber: june7.dayNumber) == june7)
    }

    @Test("JSON is the bare string, and bad strings fail to decode")
    func codable() throws {
        let data = try JSONEncoder().encode([CivilDate("2022-06-20")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["2022-06-20"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: data) == [CivilDate("2022-06-20")!])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["20/06/2022"]"#.utf8))
        }
    }
}
