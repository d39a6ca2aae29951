import CTGCore
import Foundation

// Times the document reader in process (release build), on a text and on 2×, 4× and 8× that
// text, against a plain scan of the same bytes measured in the same run: the reader's cost per
// byte divided by the scan's says whether it stays linear, whatever the machine's speed.
//   reader-bench FILE [--runs N]

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Median wall time of `runs` calls, in seconds, after one call not counted.
func time(runs: Int, _ body: () -> Int) -> (seconds: Double, check: Int) {
    var check = body()
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        check &+= body()
        let elapsed = ContinuousClock.now - start
        samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return (median(samples), check)
}

/// The reference: every line of the text, as a reader must at least see them.
func plainScan(_ data: Data) -> Int {
    let text = String(decoding: data, as: UTF8.self)
    var letters = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        for byte in line.utf8 where byte >= UInt8(ascii: "A") { letters &+= 1 }
    }
    return letters
}

func read(_ data: Data) -> Int {
    switch Result(catching: { () throws(DocumentError) in try DocumentParser.parse(data: data) }) {
    case .success(let document): return document.plan.axes.count + document.warnings.count
    case .failure: return -1
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let seed = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage : reader-bench FICHIER [--runs N]\n".utf8))
    exit(2)
}
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 7

print("factor      bytes    reader ms   scan ms   reader/scan   per byte vs 1×")
var base: Double?
var worst = 0.0
for factor in [1, 2, 4, 8] {
    var data = Data()
    for _ in 0..<factor { data.append(seed); data.append(UInt8(ascii: "\n")) }
    let reader = time(runs: factor == 1 ? runs : max(3, runs / 2)) { read(data) }
    let scan = time(runs: runs) { plainScan(data) }
    let ratio = reader.seconds / scan.seconds
    base = base ?? ratio
    let growth = ratio / base!
    worst = max(worst, growth)
    print(String(format: "%4d× %12d %12.2f %9.3f %13.0f %16.2f", factor, data.count,
                 reader.seconds * 1000, scan.seconds * 1000, ratio, growth))
}
// Linear reading keeps the reader/scan ratio flat: quadratic work would double it at each step.
print(String(format: "largest growth of the cost per byte: %.2f× (linear ≈ 1)", worst))
