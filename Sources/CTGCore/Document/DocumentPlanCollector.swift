extension DocumentParser {
    /// Gathers, from the plan's event stream, the outline entries, the fiches, and the axe /
    /// objectif headings, each attached to the action that follows it.
    struct CollectedPlan {
        enum Source: Hashable { case outline, fiche }
        struct ObjectiveKey: Hashable, Comparable {
            let axe: Int, objective: Int
            static func < (a: Self, b: Self) -> Bool { (a.axe, a.objective) < (b.axe, b.objective) }
        }

        var outline: [ActionCode: OutlineAction] = [:]
        var outlineOrder: [ActionCode] = []
        var fiches: [ActionCode: FicheDraft] = [:]
        var ficheOrder: [ActionCode] = []
        var duplicateFiches: [ActionCode] = []
        var axeTitles: [Source: [Int: String]] = [:]
        var objectiveTitles: [Source: [ObjectiveKey: String]] = [:]
    }

    enum PlanCollector {
        static func collect(_ events: [PlanScanner.Event]) -> CollectedPlan {
            var plan = CollectedPlan()
            var pendingAxe: (number: Int?, title: String?)?
            var pendingObjective: (number: Int, title: String)?
            var current: (source: CollectedPlan.Source, code: ActionCode, title: String, lines: [String])?

            func flush() {
                guard let c = current else { return }
                current = nil
                switch c.source {
                case .fiche:
                    if plan.fiches[c.code] != nil { plan.duplicateFiches.append(c.code); return }
                    plan.fiches[c.code] = FicheParser.parse(code: c.code, title: c.title, lines: c.lines)
                    plan.ficheOrder.append(c.code)
                case .outline:
                    guard plan.outline[c.code] == nil else { return }
                    plan.outline[c.code] = OutlineParser.action(code: c.code, heading: c.title, lines: c.lines)
                    plan.outlineOrder.append(c.code)
                }
            }

            for (k, event) in events.enumerated() {
                switch event {
                case .axe(let n, let title):
                    flush(); pendingAxe = (n, title)
                case .objective(let n, let title):
                    flush(); pendingObjective = (n, title)
                case .action(let code, let title, let arrow):
                    flush()
                    let source: CollectedPlan.Source = arrow || bodyLooksLikeFiche(events, after: k) ? .fiche : .outline
                    if let axe = pendingAxe, let title = axe.title {
                        let n = axe.number ?? code.axe
                        if plan.axeTitles[source, default: [:]][n] == nil { plan.axeTitles[source, default: [:]][n] = title }
                    }
                    if let objective = pendingObjective {
                        let key = CollectedPlan.ObjectiveKey(axe: code.axe, objective: objective.number)
                        if plan.objectiveTitles[source, default: [:]][key] == nil {
                            plan.objectiveTitles[source, default: [:]][key] = objective.title
                        }
                    }
                    pendingAxe = nil; pendingObjective = nil
                    current = (source, code, title, [])
                case .line(let line):
                    current?.lines.append(line)
                }
            }
            flush()
            return plan
        }

        /// "Action 1-1-1 : …" is an outline entry unless fiche headings follow it.
        private static func bodyLooksLikeFiche(_ events: [PlanScanner.Event], after k: Int) -> Bool {
            for event in events[(k + 1)...] {
                guard case .line(let line) = event else { return false }
                if let field = FicheHeadings.match(line)?.field, [.diagnostic, .audience, .leads].contains(field) { return true }
            }
            return false
        }
    }
}
