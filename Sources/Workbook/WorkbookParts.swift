import XMLCoder

/// The parts of an Office Open XML workbook that a table needs, as XMLCoder reads
/// them (namespaces processed, so `x:row` and `row` are the same element).
/// Everything else of the file (styles, column widths, drawings) is ignored.
enum WorkbookPart {
    /// `xl/workbook.xml`: the sheets, in tab order.
    struct Workbook: Decodable {
        struct Sheets: Decodable { var sheet: [Sheet] }
        struct Sheet: Decodable {
            /// `r:id`, the relationship naming the sheet's part (prefix kept or not, depending on the XML parser).
            var id: String?
            enum CodingKeys: String, CodingKey { case id, prefixed = "r:id" }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = try container.decodeIfPresent(String.self, forKey: .id)
                    ?? container.decodeIfPresent(String.self, forKey: .prefixed)
            }
        }
        var sheets: Sheets
    }

    /// `xl/_rels/workbook.xml.rels`: where each part of the workbook is.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            var Id: String
            var `Type`: String
            var Target: String
        }
        var Relationship: [Relationship]?
    }

    /// `xl/sharedStrings.xml`: each `si` is plain (`t`) or rich text (runs `r`, each with a `t`).
    struct SharedStrings: Decodable {
        var si: [RichText]?
    }

    struct RichText: Decodable {
        var t: Text?
        var r: [Run]?
        struct Run: Decodable { var t: Text? }

        /// The text without its formatting (phonetic runs `rPh` are not part of it).
        var plain: String {
            (t?.value ?? "") + (r ?? []).compactMap(\.t?.value).joined()
        }
    }

    /// A `t` element's characters (its `xml:space` attribute is not needed once whitespace is kept).
    struct Text: Decodable {
        var value: String
        enum CodingKeys: String, CodingKey { case value = "" }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
        }
    }

    /// `xl/worksheets/sheetN.xml`
    struct Worksheet: Decodable {
        struct SheetData: Decodable { var row: [Row]? }
        var sheetData: SheetData
    }

    struct Row: Decodable {
        /// 1-based row number; absent rows follow the previous one.
        var r: Int?
        var c: [Cell]?
    }

    struct Cell: Decodable {
        /// "C12"; absent cells follow the previous one.
        var r: String?
        /// s (shared string), inlineStr, str (formula text), b, e, n or none (number), d (ISO date).
        var t: String?
        var v: Text?
        var f: Text?
        var inline: RichText?
        enum CodingKeys: String, CodingKey { case r, t, v, f, inline = "is" }
    }
}
