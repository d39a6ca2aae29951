@testable import App
import CSV
import CTGCore
import Fluent
import Foundation
import Vapor
import VaporTesting
import Workbook

/// Downloads and uploads of the plan spreadsheet, as a coordinateur's browser does them.
enum PlanSheetFixture {
    /// The plan as `/plan.xlsx` gives it, cell texts by row (header first).
    static func exportedXLSX(_ browser: Browser) async throws -> [[String]] {
        let response = try await browser.get(Seed.path(.planXLSX))
        precondition(response.status == .ok, "export XLSX : \(response.status)")
        let table = try WorkbookReader.read(Data(buffer: response.body))
        return table.rows.map { row in (0..<PlanSheet.header.count).map { row[$0]?.text ?? "" } }
    }

    static func exportedCSV(_ browser: Browser) async throws -> [[String]] {
        let response = try await browser.get(Seed.path(.planCSV))
        var bytes = Array(response.body.readableBytesView)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self), hasHeaderRow: false, delimiter: ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    static func xlsx(_ rows: [[String]]) throws -> Data {
        try WorkbookWriter.write(sheetName: "Plan", header: rows[0], rows: Array(rows.dropFirst()))
    }

    /// Posts the file as the form of the plan page does (multipart, CSRF token).
    static func upload(_ browser: Browser, _ data: Data, filename: String, fields: [String: String] = [:],
                       page: TerritoryRef = Seed.ref) async throws -> TestingHTTPResponse {
        if browser.csrf == nil { try await browser.get(page.path(.plan)) }
        let boundary = "----ctg-\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in fields.merging([CSRF.fieldName: browser.csrf ?? ""], uniquingKeysWith: { $1 }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(data)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await browser.send(.POST, page.path(.planImport), headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"],
                                      rawBody: body)
    }

    static func sousAction(_ code: String, _ app: Application) async throws -> SousAction? {
        try await SousAction.query(on: app.db).filter(\.$code == code).first()
    }

    static func index(of code: String, in rows: [[String]]) -> Int {
        guard let index = rows.firstIndex(where: { $0[4] == code }) else { preconditionFailure("\(code) absent de l'export") }
        return index
    }
}
