import Foundation

/// The directory's search, as a family fills it in: words, a commune, the child's age and a
/// kind. Every criterion left empty accepts everything. Words and communes compare without
/// case or accents, so "Eglise" finds "Église".
public struct DirectoryFilter: Equatable, Sendable {
    public var words: String
    public var commune: String
    public var ageMonths: ClosedRange<Int>?
    public var kind: StructureKind?

    public init(words: String = "", commune: String = "", ageMonths: ClosedRange<Int>? = nil, kind: StructureKind? = nil) {
        self.words = words
        self.commune = commune
        self.ageMonths = ageMonths
        self.kind = kind
    }

    /// What the filter looks at in one structure.
    public struct Candidate: Sendable {
        public var name: String
        public var commune: String
        public var text: String
        public var kind: StructureKind
        public var ages: AgeRange

        public init(name: String, commune: String, text: String, kind: StructureKind, ages: AgeRange) {
            self.name = name; self.commune = commune; self.text = text; self.kind = kind; self.ages = ages
        }
    }

    public func matches(_ candidate: Candidate) -> Bool {
        if let kind, candidate.kind != kind { return false }
        if !commune.isEmpty, Self.fold(candidate.commune) != Self.fold(commune) { return false }
        if let ageMonths, !candidate.ages.overlaps(ageMonths) { return false }
        let haystack = Self.fold([candidate.name, candidate.commune, candidate.text, candidate.kind.label].joined(separator: " "))
        return Self.fold(words).split(separator: " ").allSatisfy { haystack.contains($0) }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .trimmingCharacters(in: .whitespaces)
    }
}

/// One page of a long list: 20 rows a page, the page number clamped to the pages there are.
public struct Pagination: Equatable, Sendable {
    public static let pageSize = 20

    public let page: Int
    public let pageCount: Int
    public let total: Int

    public init(requested: Int?, total: Int, pageSize: Int = Pagination.pageSize) {
        self.total = total
        self.pageCount = max(1, (total + pageSize - 1) / pageSize)
        self.page = min(max(1, requested ?? 1), pageCount)
    }

    /// The positions of this page's rows in the full list.
    public func range(pageSize: Int = Pagination.pageSize) -> Range<Int> {
        let start = (page - 1) * pageSize
        return min(start, total)..<min(start + pageSize, total)
    }
}
