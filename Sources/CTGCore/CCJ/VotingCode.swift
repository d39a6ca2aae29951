/// The single-use voting codes of a CCJ election, printed on a sheet and cut out in class.
///
/// Eight random characters and a check character, from an alphabet without the characters a
/// pupil confuses when copying from paper (0/O, 1/I/L, U/V): 30 symbols, so 30⁸ ≈ 6,6 × 10¹¹
/// codes per college. The check character (Luhn mod 30) catches every single mistyped
/// character and most swaps of two neighbours, so a typo is refused before any database lookup.
public enum VotingCode {
    public static let alphabet: [Character] = Array("23456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let payloadLength = 8
    public static let length = payloadLength + 1

    /// Why a typed code is refused before anything is looked up.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case wrongLength(Int)
        case unknownCharacter(Character)
        case checkFailed

        public var message: String {
            switch self {
            case .empty: return "Saisissez le code imprimé sur votre papier."
            case .wrongLength(let n):
                return "Un code de vote compte \(VotingCode.length) caractères ; vous en avez saisi \(n). Recopiez-le en entier."
            case .unknownCharacter(let c):
                return "Le caractère « \(c) » n'existe pas dans les codes de vote (ils n'ont ni 0, ni O, ni 1, ni I, ni L, ni U). Vérifiez votre saisie."
            case .checkFailed:
                return "Ce code contient une faute de frappe : vérifiez chaque caractère sur votre papier."
            }
        }
    }

    /// A new code (canonical form: nine characters, no separator).
    public static func generate<R: RandomNumberGenerator>(using rng: inout R) -> String {
        let payload = String((0..<payloadLength).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
        return payload + String(checkCharacter(for: payload))
    }

    /// The canonical code behind what was typed (case, spaces and dashes do not matter), or why not.
    public static func read(_ typed: String) -> Result<String, Problem> {
        let kept = typed.uppercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "." }
        guard !kept.isEmpty else { return .failure(.empty) }
        if let bad = kept.first(where: { !alphabet.contains($0) }) { return .failure(.unknownCharacter(bad)) }
        guard kept.count == length else { return .failure(.wrongLength(kept.count)) }
        guard isValidCheck(kept) else { return .failure(.checkFailed) }
        return .success(kept)
    }

    /// "ABC-DEF-GH7": three groups of three, as printed.
    public static func display(_ code: String) -> String {
        var groups: [String] = []
        var rest = Substring(code)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(3)))
            rest = rest.dropFirst(3)
        }
        return groups.joined(separator: "-")
    }

    /// Luhn mod N: double every second symbol from the right (the check symbol's neighbour first).
    public static func checkCharacter(for payload: String) -> Character {
        let n = alphabet.count
        var sum = 0
        for (offset, character) in payload.reversed().enumerated() {
            sum += folded((offset % 2 == 0 ? 2 : 1) * index(of: character), n)
        }
        return alphabet[(n - sum % n) % n]
    }

    static func isValidCheck(_ code: String) -> Bool {
        let n = alphabet.count
        var sum = 0
        for (offset, character) in code.reversed().enumerated() {
            sum += folded((offset % 2 == 1 ? 2 : 1) * index(of: character), n)
        }
        return sum % n == 0
    }

    private static func folded(_ value: Int, _ n: Int) -> Int { value / n + value % n }

    private static func index(of character: Character) -> Int { alphabet.firstIndex(of: character) ?? 0 }
}
