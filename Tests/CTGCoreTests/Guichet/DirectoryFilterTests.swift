import CTGCore
import Foundation
import Testing

/// The directory's filters and the ages families type, on invented structures of several kinds.
@Suite struct DirectoryFilterTests {
    let creche = DirectoryFilter.Candidate(name: "Crèche Les Lutins", commune: "Église-Neuve", text: "repas bio",
                                           kind: .eaje, ages: AgeRange(minMonths: 2, maxMonths: 47))
    let youth = DirectoryFilter.Candidate(name: "Le Local", commune: "Port-Haut", text: "", kind: .espaceJeunes,
                                          ages: AgeRange(minMonths: 132, maxMonths: 215))
    let library = DirectoryFilter.Candidate(name: "Médiathèque", commune: "Port-Haut", text: "", kind: .mediatheque,
                                            ages: AgeRange(minMonths: nil, maxMonths: nil))

    @Test func anAgeInYearsCoversTheWholeYear() {
        #expect(ChildAge.months(3, unit: .years) == 36...47)
        #expect(ChildAge.months(18, unit: .months) == 18...18)
        #expect(ChildAge.months(-1, unit: .years) == nil)
        #expect(ChildAge.months(31, unit: .years) == nil)
    }

    @Test func ageFilterKeepsStructuresServingPartOfTheYear() {
        let three = DirectoryFilter(ageMonths: 36...47)
        #expect(three.matches(creche))
        #expect(!three.matches(youth))
        #expect(three.matches(library), "a structure without age bounds serves everyone")
        let fourteen = DirectoryFilter(ageMonths: 168...179)
        #expect(!fourteen.matches(creche))
        #expect(fourteen.matches(youth))
        // 47 months is the crèche's last month: a child "of 3" at 47 months is still served.
        #expect(DirectoryFilter(ageMonths: 47...47).matches(creche))
        #expect(!DirectoryFilter(ageMonths: 48...48).matches(creche))
    }

    @Test func communeAndWordsIgnoreCaseAndAccents() {
        #expect(DirectoryFilter(commune: "eglise-neuve").matches(creche))
        #expect(!DirectoryFilter(commune: "Port-Haut").matches(creche))
        #expect(DirectoryFilter(words: "lutins BIO").matches(creche))
        #expect(!DirectoryFilter(words: "lutins piscine").matches(creche))
        #expect(DirectoryFilter(words: "mediatheque").matches(library))
    }

    @Test func kindFilterIsExact() {
        #expect(DirectoryFilter(kind: .espaceJeunes).matches(youth))
        #expect(!DirectoryFilter(kind: .espaceJeunes).matches(library))
        #expect(DirectoryFilter().matches(library))
    }

    @Test func ageLabelsReadAsFamiliesSayThem() {
        #expect(AgeRange(minMonths: 2, maxMonths: 47).label == "de 2 mois à 47 mois")
        #expect(AgeRange(minMonths: 36, maxMonths: 144).label == "de 3 ans à 12 ans")
        #expect(AgeRange(minMonths: 132, maxMonths: nil).label == "à partir de 11 ans")
        #expect(AgeRange(minMonths: nil, maxMonths: nil).label == "tous âges")
    }

    @Test func paginationClampsThePage() {
        let pages = Pagination(requested: 9, total: 45)
        #expect(pages.pageCount == 3)
        #expect(pages.page == 3)
        #expect(pages.range() == 40..<45)
        #expect(Pagination(requested: 0, total: 0).range() == 0..<0)
    }
}
