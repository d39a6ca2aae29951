import Foundation
import SQLKit

/// One cell of a snapshot row, typed so it goes back into the same column unchanged.
/// Read generically: the snapshot copies whatever columns a table has today.
enum SnapshotValue: Codable, Equatable, Sendable {
    case null
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case date(Date)

    /// Tried from the narrowest type: SQLite keeps integers apart from reals and text,
    /// so there the first type that decodes is the cell's own. PostgreSQL's driver also
    /// reads booleans and timestamps as text, so on it those are tried before text.
    static func read(_ row: any SQLRow, column: String, textLast: Bool) throws -> SnapshotValue {
        if try row.decodeNil(column: column) { return .null }
        if let value = try? row.decode(column: column, as: Int.self) { return .int(value) }
        if let value = try? row.decode(column: column, as: Double.self) { return .double(value) }
        if !textLast, let value = try? row.decode(column: column, as: String.self) { return .string(value) }
        if let value = try? row.decode(column: column, as: Bool.self) { return .bool(value) }
        if let value = try? row.decode(column: column, as: Date.self) { return .date(value) }
        return .string(try row.decode(column: column, as: String.self))
    }

    var expression: any SQLExpression {
        switch self {
        case .null: SQLLiteral.null
        case .int(let value): SQLBind(value)
        case .double(let value): SQLBind(value)
        case .string(let value): SQLBind(value)
        case .bool(let value): SQLBind(value)
        case .date(let value): SQLBind(value)
        }
    }
}

typealias SnapshotRow = [String: SnapshotValue]
