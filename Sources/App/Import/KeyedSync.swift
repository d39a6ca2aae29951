import CTGCore
import Fluent

/// Child rows kept in document order and matched by their natural keys (see
/// `KeyedMatch`): a matched row is updated in place, so the statuses and
/// measurements attached to it stay with it; unmatched rows are removed (the
/// importer's guard has counted what that costs) and new items added.
enum KeyedSync {
    @discardableResult
    static func sync<Row: Model & PositionedRow, Parent: Model, Value>(
        _ type: Row.Type,
        parent: KeyPath<Row, ParentProperty<Row, Parent>>,
        parentID: Parent.IDValue,
        values: [Value],
        keys: (rowKeys: (Row) -> [String?], valueKeys: (Value) -> [String?]),
        make: (Value, Int) -> Row,
        update: (Row, Value) -> Void,
        on db: any Database
    ) async throws -> [Row] {
        let existing = try await Row.query(on: db).filter(parent.appending(path: \.$id) == parentID).all()
            .sorted { $0.position < $1.position }
        let pairs = KeyedMatch.pair(existing: existing, incoming: values,
                                    existingKeys: keys.rowKeys, incomingKeys: keys.valueKeys)
        let kept = Set(pairs.compactMap { $0 })
        for (index, row) in existing.enumerated() where !kept.contains(index) {
            try await row.delete(on: db)
        }
        // Sous-actions have a unique (fiche, position) and (fiche, code): when rows move, or
        // when they carry a unique key besides, park them on negative positions (and no
        // key) first so that no two ever share one mid-way.
        if Row.hasUniqueKey || pairs.enumerated().contains(where: { index, pair in pair.map { existing[$0].position != index } ?? false }) {
            for (index, pair) in pairs.enumerated() {
                guard let pair else { continue }
                existing[pair].position = -1 - index
                existing[pair].parkUniqueKey()
                try await existing[pair].save(on: db)
            }
        }
        // Kept rows are updated one by one (each its own values); new rows, the whole of a first
        // import, go in one multi-row INSERT. Kept rows already sit on their final positions or
        // are parked, so the new ones never meet a taken (parent, position) mid-way.
        var added: [Row] = []
        for (index, value) in values.enumerated() {
            let row = pairs[index].map { existing[$0] } ?? make(value, index)
            update(row, value)
            row.position = index
            if pairs[index] == nil { added.append(row) } else { try await row.save(on: db) }
        }
        guard !added.isEmpty else { return pairs.map { existing[$0!] } }
        try await added.create(on: db)
        // A multi-row INSERT gives back no ids: one query reads the rows again, in document order.
        return try await Row.query(on: db).filter(parent.appending(path: \.$id) == parentID).all()
            .sorted { $0.position < $1.position }
    }
}

protocol PositionedRow: AnyObject {
    var position: Int { get set }
    /// Whether rows have a unique key other than their position, cleared while parked.
    static var hasUniqueKey: Bool { get }
    func parkUniqueKey()
}

extension PositionedRow {
    static var hasUniqueKey: Bool { false }
    func parkUniqueKey() {}
}

extension Indicator: PositionedRow {}
extension ExpectedResult: PositionedRow {}
extension SousAction: PositionedRow {
    /// A code is unique in its fiche (migration 461); the update sets it again.
    static var hasUniqueKey: Bool { true }
    func parkUniqueKey() { code = nil }
}

/// The keys each kind of row is recognised by, strongest first.
enum PlanKeys {
    static func subAction(code: String?, title: String) -> [String?] {
        let wording = KeyedMatch.wordingKey(title)
        return [code.map { $0 + "|" + wording }, wording, code]
    }

    static func text(_ text: String) -> [String?] {
        [text, KeyedMatch.wordingKey(text)]
    }
}
