import Foundation
import XMLCoder
import ZIPFoundation

extension WorkbookReader {
    /// The parts of an opened archive, each unzipped within a size limit and decoded.
    struct Parts {
        let archive: Archive

        func decode<Part: Decodable>(_ type: Part.Type, at path: String) throws -> Part {
            guard let part = try decodeIfPresent(type, at: path) else {
                throw WorkbookError.damaged("la partie « \(path) » manque")
            }
            return part
        }

        func decodeIfPresent<Part: Decodable>(_ type: Part.Type, at path: String) throws -> Part? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= WorkbookReader.maxPartBytes else {
                throw WorkbookError("Le classeur est trop gros une fois décompressé (partie « \(path) ») : refusé.")
            }
            var data = Data()
            do {
                _ = try archive.extract(entry) { chunk in
                    data.append(chunk)
                    // The declared size can lie: count what really comes out.
                    if data.count > WorkbookReader.maxPartBytes { throw WorkbookError("Le classeur est trop gros une fois décompressé : refusé.") }
                }
            } catch let error as WorkbookError {
                throw error
            } catch {
                throw WorkbookError.damaged("la partie « \(path) » ne se décompresse pas")
            }
            // No workbook needs a DOCTYPE; refusing it closes the door to entity expansion.
            if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!doctype".utf8)) != nil {
                throw WorkbookError.damaged("la partie « \(path) » déclare un DOCTYPE")
            }
            let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
            decoder.shouldProcessNamespaces = true
            do {
                return try decoder.decode(type, from: data)
            } catch {
                throw WorkbookError.damaged("la partie « \(path) » n'est pas du XML attendu")
            }
        }
    }
}

/// A file refused as a workbook, with the French sentence to show.
public struct WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static let notAWorkbook = WorkbookError("Ce fichier n'est pas un classeur XLSX (un classeur est une archive ZIP) : "
        + "enregistrez-le au format Excel (.xlsx) ou CSV.")
    static func damaged(_ detail: String) -> WorkbookError {
        WorkbookError("Le classeur XLSX est endommagé : \(detail).")
    }
}
