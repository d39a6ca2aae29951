import XMLCoder

/// `xl/workbook.xml` as written: one sheet.
struct WorkbookXML: Encodable {
    struct Sheets: Encodable { var sheet: [Sheet] }
    struct Sheet: Encodable, DynamicNodeEncoding {
        var name: String
        var sheetId: Int
        var id: String
        enum CodingKeys: String, CodingKey { case name, sheetId, id = "r:id" }
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }
    var sheets: Sheets
}

/// `xl/worksheets/sheet1.xml` as written: column widths, then rows of inline strings.
struct SheetXML: Encodable {
    struct Columns: Encodable { var col: [Column] }
    struct Column: Encodable, DynamicNodeEncoding {
        var min: Int
        var max: Int
        var width: Int
        var customWidth = 1
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }
    struct SheetData: Encodable { var row: [Row] }
    struct Row: Encodable, DynamicNodeEncoding {
        var r: Int
        var c: [Cell]
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "r" ? .attribute : .element
        }
    }
    struct Cell: Encodable, DynamicNodeEncoding {
        var r: String
        /// The style: 1 is the header's bold font (see `WorkbookConstants.styles`).
        var s: Int?
        var t = "inlineStr"
        var inline: Inline
        enum CodingKeys: String, CodingKey { case r, s, t, inline = "is" }
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "is" ? .element : .attribute
        }
    }
    struct Inline: Encodable { var t: Text }
    /// Leading and trailing spaces and line breaks are kept only with `xml:space="preserve"`.
    struct Text: Encodable, DynamicNodeEncoding {
        var space = "preserve"
        var value: String
        enum CodingKeys: String, CodingKey { case space = "xml:space", value = "" }
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "xml:space" ? .attribute : .element
        }
    }
    /// The header row stays in view while scrolling (a frozen pane below row 1).
    struct SheetViews: Encodable { var sheetView = SheetView() }
    struct SheetView: Encodable, DynamicNodeEncoding {
        var workbookViewId = 0
        var pane = Pane()
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "pane" ? .element : .attribute
        }
    }
    struct Pane: Encodable, DynamicNodeEncoding {
        var ySplit = 1
        var topLeftCell = "A2"
        var activePane = "bottomLeft"
        var state = "frozen"
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }
    /// Filter buttons on the header, over every written row.
    struct AutoFilter: Encodable, DynamicNodeEncoding {
        var ref: String
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }
    // The schema fixes this order: sheetViews, cols, sheetData, autoFilter.
    var sheetViews = SheetViews()
    var cols: Columns?
    var sheetData: SheetData
    var autoFilter: AutoFilter?
}

/// The parts that never change: content types, relationships, one bold font.
enum WorkbookConstants {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let workbookNamespaces = ["xmlns": mainNamespace, "xmlns:r": relationshipNamespace]
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """
    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """
    static let workbookRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        </Relationships>
        """
    static let styles = header + """
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
