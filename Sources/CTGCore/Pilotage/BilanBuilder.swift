/// Builds the yearly bilan from a plan snapshot.
public enum BilanBuilder {
    /// The bilan of `year`, compared with `year - 1`.
    ///
    /// A sous-action's status for the year is its latest entry dated in or before
    /// it ("à venir" without one), then lateness is judged at the end of the year.
    /// The rule being year-based, a sous-action planned for `year` itself is not
    /// late in that year's bilan; it shows as late from the next one.
    public static func report(plan: PlanSnapshot, year: Int) -> BilanReport {
        var current = section(plan: plan, year: year)
        current.comparison = .between(previous: section(plan: plan, year: year - 1), current: current)
        return current
    }

    static func section(plan: PlanSnapshot, year: Int) -> BilanReport {
        var late: [String] = []
        var counts = Dictionary(uniqueKeysWithValues: SubActionStatus.allCases.map { ($0.rawValue, 0) })
        let tree = progressTree(plan: plan, year: year)
        let progress = tree.rolledUpByID()

        let axes = plan.axes.enumerated().map { ai, axe in
            var actions: [BilanAction] = []
            let objectives = axe.objectives.enumerated().map { oi, objective in
                for (ci, action) in objective.actions.enumerated() {
                    let subs = action.subActions.map { sub in
                        let item = subAction(sub, year: year)
                        counts[item.status.rawValue, default: 0] += 1
                        if item.status == .en_retard { late.append(sub.code ?? sub.title) }
                        return item
                    }
                    actions.append(BilanAction(code: action.code, title: action.title, progress: progress[id(ai, oi, ci)],
                                               subActions: subs, indicators: action.indicators.map { indicator($0, year: year) },
                                               expectedResults: action.expectedResults.map { expected($0, year: year) }))
                }
                return BilanObjective(number: objective.number, title: objective.title, progress: progress[id(ai, oi)])
            }
            return BilanAxe(number: axe.number, title: axe.title, progress: progress[id(ai)],
                            objectives: objectives, actions: actions)
        }
        return BilanReport(year: year, axes: axes, late: late, countsByStatus: counts,
                           overallProgress: progress["convention"], comparison: nil)
    }

    /// Convention → axes → objectifs → actions → sous-actions, ids by position so
    /// that duplicate or missing codes in an imported plan cannot mix nodes up.
    static func progressTree(plan: PlanSnapshot, year: Int) -> ProgressNode {
        ProgressNode(id: "convention", children: plan.axes.enumerated().map { ai, axe in
            ProgressNode(id: id(ai), weight: axe.weight, children: axe.objectives.enumerated().map { oi, objective in
                ProgressNode(id: id(ai, oi), weight: objective.weight, children: objective.actions.enumerated().map { ci, action in
                    ProgressNode(id: id(ai, oi, ci), weight: action.weight, children: action.subActions.enumerated().map { si, sub in
                        // Progress follows the recorded status: derived lateness is a schedule flag, not lost work.
                        .leaf(id: id(ai, oi, ci, si), status: sub.recordedStatus(asOf: year), weight: sub.weight)
                    })
                })
            })
        })
    }

    static func id(_ path: Int...) -> String { path.map(String.init).joined(separator: ".") }

    static func subAction(_ sub: PlanSnapshot.SubAction, year: Int) -> BilanSubAction {
        let recorded = sub.recordedStatus(asOf: year)
        let status = sub.effectiveStatus(asOf: year)
        return BilanSubAction(code: sub.code, title: sub.title, status: status, statusLabel: status.label,
                              recordedStatus: recorded, progress: recorded.progress,
                              comment: sub.entry(asOf: year)?.comment, plannedYears: sub.plannedYears.sorted())
    }

    static func indicator(_ series: IndicatorSeries, year: Int) -> BilanIndicator {
        let target = series.kind == .qualitative ? nil : series.targets[year]
        let value = series.kind == .qualitative ? nil : series.value(in: year)
        let assessment = series.assessment(in: year)
        return BilanIndicator(label: series.label, kind: series.kind, target: target, value: value, met: assessment.met,
                              targetText: target.map(series.kind.format), valueText: series.displayValue(in: year),
                              assessment: assessment)
    }

    static func expected(_ result: PlanSnapshot.ExpectedResult, year: Int) -> BilanExpectedResult {
        let assessment = result.assessment(in: year)
        let status = assessment?.status ?? .non_evalue
        return BilanExpectedResult(text: result.text, status: status, statusLabel: status.label, comment: assessment?.comment)
    }
}
