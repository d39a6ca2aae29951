import Fluent

/// Child rows kept in document order, matched by position: existing rows are
/// updated in place (so data attached to them survives), extra ones added,
/// missing ones removed.
enum PositionalSync {
    static func sync<Row: Model, Parent: Model, Value>(
        _ type: Row.Type,
        parent: KeyPath<Row, ParentProperty<Row, Parent>>,
        parentID: Parent.IDValue,
        values: [Value],
        make: (Value, Int) -> Row,
        update: (Row, Value) -> Void,
        on db: any Database
    ) async throws where Row: PositionedRow {
        let existing = try await Row.query(on: db).filter(parent.appending(path: \.$id) == parentID).all()
        let byPosition = Dictionary(existing.map { ($0.position, $0) }, uniquingKeysWith: { first, _ in first })
        for (position, value) in values.enumerated() {
            let row = byPosition[position] ?? make(value, position)
            update(row, value)
            try await row.save(on: db)
        }
        for row in existing where row.position >= values.count {
            try await row.delete(on: db)
        }
    }
}

protocol PositionedRow: AnyObject {
    var position: Int { get }
}

extension Indicator: PositionedRow {}
extension ExpectedResult: PositionedRow {}
extension SousAction: PositionedRow {}
