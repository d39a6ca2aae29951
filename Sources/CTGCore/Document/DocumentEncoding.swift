import Foundation

/// Bytes of an uploaded text → a String, without ever replacing a character.
///
/// OCR tools and Windows editors still write Windows-1252 ("ANSI"); reading such a file
/// as UTF-8 turned every accented letter into U+FFFD and merged partner lists. So:
/// valid UTF-8 is taken as is, UTF-16 only with its byte-order mark, anything else is
/// decoded as Windows-1252 (a superset of Latin-1 for printable text) when every byte
/// has a meaning there, and refused otherwise.
public enum DocumentEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16 = "UTF-16"
    case windows1252 = "Windows-1252"

    /// Files larger than this are refused before being read: a CTG deliberation is
    /// about 35 KB, and a 50 MB text once kept the importer busy for 20 minutes.
    public static let maximumBytes = 5 * 1024 * 1024

    public static func decode(_ data: Data) throws(DocumentError) -> (text: String, encoding: DocumentEncoding) {
        if data.count > maximumBytes { throw .tooLarge(bytes: data.count) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16), !text.contains("\u{FFFD}") else {
                throw .unknownEncoding
            }
            return (text, .utf16)
        }
        // NUL never occurs in text; it does in binaries and in UTF-16 written without a mark.
        if bytes.contains(0) { throw looksLikeUTF16(bytes) ? .unknownEncoding : .binary }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        return (try windows1252(body), .windows1252)
    }

    /// UTF-16 text has a NUL on every other byte (its Latin letters), always on the same side.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = Array(bytes.prefix(512))
        guard sample.count >= 4 else { return false }
        let even = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let odd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let half = sample.count / 2
        return (even * 10 >= half * 8 && odd == 0) || (odd * 10 >= half * 8 && even == 0)
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has printable
    /// characters (’ œ € – …) instead of C1 controls; five of those bytes are unassigned.
    static func windows1252(_ bytes: [UInt8]) throws(DocumentError) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                let value = highControls[Int(byte - 0x80)]
                guard value != 0, let scalar = Unicode.Scalar(value) else { throw .unknownEncoding }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// 0x80…0x9F in Windows-1252; 0 marks the unassigned bytes.
    private static let highControls: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
