import Foundation

/// The young people a college may count on, by age and without names: "11 : 24" per line
/// (or separated by commas or semicolons), as the schools and communes send them.
public enum CCJVoterRoll {
    /// Youth councils elect pupils of collège age; a wider band is accepted for the odd
    /// 10- or 16-year-old, anything else is a typing mistake.
    public static let ages = 9...18

    public static func parse(_ text: String) -> Result<[Int: Int], CCJRefusal> {
        var counts: [Int: Int] = [:]
        let entries = text.split(whereSeparator: { $0 == "\n" || $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for entry in entries {
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: "ans", with: "").trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let age = Int(parts[0]), let count = Int(parts[1]) else {
                return .failure(CCJRefusal("« \(entry) » n'est pas lisible : écrivez l'âge, deux-points, puis le nombre de jeunes, par exemple « 12 : 25 »."))
            }
            guard ages.contains(age) else {
                return .failure(CCJRefusal("L'âge \(age) ans est hors du public du conseil des jeunes (\(ages.lowerBound) à \(ages.upperBound) ans)."))
            }
            guard (0...100_000).contains(count) else {
                return .failure(CCJRefusal("Le nombre de jeunes de \(age) ans doit être compris entre 0 et 100 000."))
            }
            guard counts[age] == nil else {
                return .failure(CCJRefusal("L'âge \(age) ans est donné deux fois : regroupez ses effectifs sur une ligne."))
            }
            counts[age] = count
        }
        guard !counts.isEmpty else {
            return .failure(CCJRefusal("Indiquez au moins un âge et son nombre d'électeurs, par exemple « 12 : 25 »."))
        }
        return .success(counts)
    }

    /// "11 ans : 24 ; 12 ans : 30", youngest first.
    public static func describe(_ counts: [Int: Int]) -> String {
        counts.keys.sorted().map { "\($0) ans : \(counts[$0] ?? 0)" }.joined(separator: " ; ")
    }
}
