/// Pairs the rows already in the database with the items of a re-imported document.
///
/// Matching by position attached a status to whatever sous-action came to sit at its
/// place: inserting one row in a corrected document moved every later status onto its
/// neighbour. Rows are matched instead by natural keys, strongest first (for a
/// sous-action: code and title, then title alone when the letters shifted, then code
/// alone when the title was corrected). Each row and item is used at most once; an
/// item left over is new, a row left over would be removed.
public enum KeyedMatch {
    /// `keys(row)` and `keys(item)` give one optional key per pass, in the same order.
    /// Returns, for each new item, the index of the existing row it continues, if any.
    public static func pair<Old, New>(existing: [Old], incoming: [New],
                                      existingKeys: (Old) -> [String?],
                                      incomingKeys: (New) -> [String?]) -> [Int?] {
        var result = [Int?](repeating: nil, count: incoming.count)
        var used = Set<Int>()
        let oldKeys = existing.map(existingKeys)
        let newKeys = incoming.map(incomingKeys)
        let passes = (oldKeys + newKeys).map(\.count).max() ?? 0
        for pass in 0..<passes {
            // First free row per key, in document order, so duplicates pair up in order.
            var free: [String: [Int]] = [:]
            for (index, keys) in oldKeys.enumerated() where !used.contains(index) {
                if pass < keys.count, let key = keys[pass] { free[key, default: []].append(index) }
            }
            for (index, keys) in newKeys.enumerated() where result[index] == nil {
                guard pass < keys.count, let key = keys[pass], var rows = free[key], !rows.isEmpty else { continue }
                let row = rows.removeFirst()
                free[key] = rows
                result[index] = row
                used.insert(row)
            }
        }
        return result
    }

    /// The comparison used for titles and labels: OCR and retyping change case,
    /// accents, punctuation and spacing without changing what the row is.
    public static func wordingKey(_ text: String) -> String {
        DocumentParser.Text.comparisonKey(text)
    }
}
