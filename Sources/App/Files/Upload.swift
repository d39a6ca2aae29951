import CTGCore
import Foundation
import Vapor

/// A file taken from a multipart form: its bytes and the sender's name, cleaned of any folder,
/// control character or quote (it is shown on pages and sent back in Content-Disposition).
struct Upload {
    let filename: String
    let data: Data

    init(_ file: File?) {
        filename = AttachmentCheck.cleanFilename(file?.filename ?? "")
        data = file.map { Data(buffer: $0.data) } ?? Data()
    }

    var bytes: [UInt8] { Array(data) }

    /// Hex SHA-256 of the bytes, kept with the row so a copy (a backup brought back) can be verified.
    var sha256: String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }
}
