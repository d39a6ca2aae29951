import CTGCore

/// What an import removed (or would remove), told in French.
struct ImportLoss: Sendable {
    var items: [(kind: PlanLedger.Kind, count: Int)]

    var isEmpty: Bool { items.allSatisfy { $0.count == 0 } }
    var carriesFollowUp: Bool { items.contains { $0.kind.followUp && $0.count > 0 } }

    /// "46 sous-actions et 85 statuts seraient supprimés", "1 mesure serait supprimée".
    func sentence(conditional: Bool) -> String {
        let present = items.filter { $0.count > 0 }
        let list = FrenchCount.list(present.map { ($0.count, $0.kind.singular, $0.kind.plural) })
        let plural = present.count > 1 || (present.first?.count ?? 0) > 1
        let verb = conditional ? (plural ? "seraient" : "serait") : (plural ? "ont été" : "a été")
        let feminine = present.allSatisfy(\.kind.feminine)
        return "\(list) \(verb) supprimé\(feminine ? "e" : "")\(plural ? "s" : "")"
    }
}
