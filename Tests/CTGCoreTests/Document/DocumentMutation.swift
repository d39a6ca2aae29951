/// The damage the fuzz test inflicts on the seed, reproducible from a seed number.
enum DocumentMutation {
    static let kinds = 8

    /// Stamps a préfecture or a scanner adds anywhere in a page.
    static let stamps = ["Reçu en préfecture le 20/06/2022", "AR Prefecture",
                         "ID : 063-200072080-20220406-CC2022_04_06-DE", "Publié le 21/06/2022",
                         "Action 9-9-9 => ", "\t1-1-1-A\t\t\t", "Axe 7", "<ul style=\"x\"> - "]

    static func apply(_ kind: Int, to bytes: inout [UInt8], random: inout SplitMix) {
        guard !bytes.isEmpty else { return }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let a = Int(random.next() % UInt64(lines.count)), b = Int(random.next() % UInt64(lines.count))
        let (low, high) = (min(a, b), max(a, b))
        switch kind {
        case 0: lines.removeSubrange(low...min(high, low + 40))                 // lost lines
        case 1: lines.insert(contentsOf: lines[low...min(high, low + 40)], at: high) // repeated lines
        case 2 where bytes.count < 100_000: lines = lines.flatMap { [$0, $0] } // every line doubled
        case 3:                                                                 // byte flips
            for _ in 0..<8 {
                let at = Int(random.next() % UInt64(bytes.count))
                bytes[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            }
            return
        case 4: bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count)))); return // truncation
        case 5: lines[low...high].shuffle(using: &random)                       // shuffled lines
        case 2: return
        case 6: lines.insert(Array(stamps[Int(random.next() % UInt64(stamps.count))].utf8), at: a) // stamp
        default: lines[a] = lines[a] + lines[b]                                 // merged lines
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    static let growthShapes = ["seed repeated", "lines repeated", "one long line", "long table"]

    /// An input `factor` times as large, shaped to stress one part of the reader.
    static func grown(_ seed: [UInt8], shape: String, factor: Int) -> [UInt8] {
        let lines = seed.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        switch shape {
        case "seed repeated": return Array([[UInt8]](repeating: seed, count: factor).joined(separator: [10]))
        case "lines repeated":
            return Array(lines.flatMap { [[UInt8]](repeating: $0, count: factor) }.joined(separator: [10]))
        case "one long line":
            return [[UInt8]](repeating: seed.map { $0 == 10 ? 32 : $0 }, count: factor).flatMap { $0 }
        default:
            let row = Array("Adapter les agréments au besoin des familles\t1-1-1-A\t\t\t\t\tCC + AFJC\tCAF + MSA\n".utf8)
            let head = lines.prefix { !$0.starts(with: Array("Adapter les agr".utf8)) }
            return Array(head.joined(separator: [10])) + [10]
                + [[UInt8]](repeating: row, count: 200 * factor).flatMap { $0 }
        }
    }

    /// A small seeded generator, so that a failing input can be rebuilt from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
