import Foundation
import PropertyBased
import Testing
@testable import CTGCore

/// Random damage to the seed, of the kinds scans and careless saves produce: the reader
/// must answer with a document or a `DocumentError`, never crash, and stay linear.
@Suite("Fuzzing the document reader")
struct DocumentFuzzTests {
    static let seedBytes = Array(DocumentSeed.text.utf8)
    /// The first half of the seed (deliberation and the first fiches): big enough to
    /// measure, small enough to keep the whole suite within seconds in a debug build.
    static let growthBase = Array(DocumentSeed.prefix(lines: DocumentSeed.text.split(separator: "\n").count / 2).utf8)

    @Test func randomDamageNeverCrashesTheReader() async throws {
        _ = try DocumentSeed.document()
        let mutation = Gen.int(in: 0...(DocumentMutation.kinds - 1))
        await propertyCheck(count: 12, input: mutation.array(of: 1...4), Gen.uint64(in: 0...UInt64.max)) { kinds, seed in
            var random = DocumentMutation.SplitMix(seed: seed)
            var bytes = Self.seedBytes
            for kind in kinds { DocumentMutation.apply(kind, to: &bytes, random: &random) }
            switch Result(catching: { () throws(DocumentError) in try DocumentParser.parse(data: Data(bytes)) }) {
            case .success(let document):
                // What was read must export, since `ctg export` and the import fingerprint use it.
                #expect((try? document.jsonData(pretty: false)) != nil)
            case .failure(let error):
                #expect(!error.description.isEmpty)
            }
        }
    }

    /// Work per byte on a 4× input stays close to that on a 1× input. The bound is wide
    /// (quadratic work would give ×4, here ×2.5 is allowed) so a busy machine does not fail it.
    @Test(arguments: DocumentMutation.growthShapes)
    func readingTimeGrowsLinearly(shape: String) throws {
        let small = DocumentMutation.grown(Self.growthBase, shape: shape, factor: 1)
        let large = DocumentMutation.grown(Self.growthBase, shape: shape, factor: 4)
        let perByteSmall = fastest(small, runs: 3) / Double(small.count)
        let perByteLarge = fastest(large, runs: 2) / Double(large.count)
        #expect(perByteLarge < 2.5 * perByteSmall, "\(shape) : \(perByteLarge / perByteSmall)× plus lent par octet")
    }

    /// Fastest of a few runs, in seconds: the minimum is the least disturbed by other work.
    private func fastest(_ bytes: [UInt8], runs: Int) -> Double {
        let clock = ContinuousClock()
        return (0..<runs).map { _ in
            let elapsed = clock.measure { _ = try? DocumentParser.parse(data: Data(bytes)) }
            return Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
        }.min() ?? 0
    }
}
