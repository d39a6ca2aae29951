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
        let ratio = growth(small, large) { _ = try? DocumentParser.parse(data: Data($0)) }
        #expect(ratio < 2.5, "\(shape) : \(ratio)× plus lent par octet")
    }

    /// The measure itself can fail: work that is quadratic in the input is caught.
    @Test func theMeasureCatchesQuadraticWork() {
        let quadratic = { (bytes: [UInt8]) in
            var pairs = 0
            for i in bytes.indices { for j in bytes.indices where bytes[i] == bytes[j] { pairs += 1 } }
            #expect(pairs >= bytes.count)
        }
        #expect(growth(Array(Self.seedBytes.prefix(250)), Array(Self.seedBytes.prefix(1000)), quadratic) > 2.5)
    }

    /// How much more each byte of `large` costs than each byte of `small`.
    private func growth(_ small: [UInt8], _ large: [UInt8], _ work: ([UInt8]) -> Void) -> Double {
        let perByteSmall = fastest(small, runs: 3, work) / Double(small.count)
        let perByteLarge = fastest(large, runs: 3, work) / Double(large.count)
        return perByteLarge / perByteSmall
    }

    /// Fastest of a few runs, in seconds of this thread's CPU time: wall-clock time
    /// swings with whatever else the machine runs (the rest of the suite, other builds),
    /// and the parse runs on one thread without suspending.
    private func fastest(_ bytes: [UInt8], runs: Int, _ work: ([UInt8]) -> Void) -> Double {
        (0..<runs).map { _ in
            let start = threadCPUSeconds()
            work(bytes)
            return threadCPUSeconds() - start
        }.min() ?? 0
    }

    private func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
