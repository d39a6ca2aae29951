extension DocumentParser {
    /// Once the plan is assembled, every responsable, partenaire and financeur it names is
    /// given the body's name in the document's own territory (its EPCI, département, CAF),
    /// by general rules only. Spellings of one local body become one name: the one the
    /// document uses most. A name no rule can settle stays as written, with a warning.
    enum OrganisationNames {
        struct Result {
            var plan: ParsedPlan
            var organisations: [ParsedOrganisation]
            var warnings: [String]
        }

        static func resolve(_ plan: ParsedPlan, context: TerritoryContext) -> Result {
            var resolver = OrganisationResolver(context: context)
            for local in locals(in: plan, resolver: resolver) { resolver.add(local) }
            var result = Result(plan: plan, organisations: [], warnings: [])
            var spellings: [String: (kind: OrganisationKind, seen: [String])] = [:]
            var order: [String] = []
            func map(_ labels: [String], fiche: String) -> [String] {
                var names: [String] = [], keys = Set<String>()
                for label in labels {
                    var name = label
                    switch resolver.resolve(label) {
                    case let .body(canonical, kind, _):
                        name = canonical
                        if spellings[canonical] == nil { order.append(canonical) }
                        var entry = spellings[canonical] ?? (kind, [])
                        if label != canonical, !entry.seen.contains(label) { entry.seen.append(label) }
                        spellings[canonical] = entry
                    case .group: break
                    case let .unresolved(why):
                        let warning = "Fiche \(fiche) : \(why)"
                        if !result.warnings.contains(warning) { result.warnings.append(warning) }
                    }
                    if keys.insert(Text.comparisonKey(name)).inserted { names.append(name) }
                }
                return names
            }
            for a in plan.axes.indices {
                for o in plan.axes[a].objectives.indices {
                    for i in plan.axes[a].objectives[o].actions.indices {
                        var action = plan.axes[a].objectives[o].actions[i]
                        let before = result.warnings.count
                        action.leads = map(action.leads, fiche: action.code)
                        action.partners = map(action.partners, fiche: action.code)
                        for s in action.subActions.indices {
                            action.subActions[s].funders = map(action.subActions[s].funders, fiche: action.code)
                        }
                        action.warnings += result.warnings[before...]
                        result.plan.axes[a].objectives[o].actions[i] = action
                    }
                }
            }
            result.organisations = order.map { ParsedOrganisation(name: $0, kind: spellings[$0]!.kind, spellings: spellings[$0]!.seen) }
            return result
        }

        /// The local bodies of the plan, each under the spelling the document uses most.
        private static func locals(in plan: ParsedPlan, resolver: OrganisationResolver) -> [KnownOrganisation] {
            var groups: [[String]: (kind: OrganisationKind, names: [String], raw: [String])] = [:]
            var order: [[String]] = []
            let actions = plan.axes.flatMap(\.objectives).flatMap(\.actions)
            for label in actions.flatMap({ $0.leads + $0.partners + $0.subActions.flatMap(\.funders) }) {
                guard case let .body(name, kind, true) = resolver.resolve(label) else { continue }
                let key = OrganisationAlias.key(name, departement: resolver.context.departement)
                if groups[key] == nil { order.append(key); groups[key] = (kind, [], []) }
                // "Association Les Petits Loups" tells what "Les Petits Loups" is.
                if groups[key]!.kind == .autre { groups[key]!.kind = kind }
                groups[key]!.names.append(name)
                groups[key]!.raw.append(label)
            }
            return order.map { key in
                let group = groups[key]!
                let counts = Dictionary(group.names.map { ($0, 1) }, uniquingKeysWith: +)
                let best = group.names.first { counts[$0] == counts.values.max() }!
                return KnownOrganisation(name: best, kind: group.kind, aliases: Array(Set(group.raw + group.names)).sorted())
            }
        }
    }
}
