/// Invented territories for measuring ctg at scale (`ctg demo --territories N`, issue 9): each
/// gets a name, a SIREN that passes the Luhn check, a département, and a plan of the same shape
/// as a template plan (the bundled document's) with its titles shuffled and some sous-actions
/// left out, so no two plans are alike. The same index always gives the same territory.
public struct SyntheticTerritory: Sendable {
    public var index: Int
    public var name: String
    public var siren: String
    public var departement: Departement
    public var startYear: Int
    public var plan: ParsedPlan
    /// Per sous-action (in plan order) and year: a status raw value of `SubActionStatus`.
    public var statuses: [[(year: Int, status: SubActionStatus)]]
    /// Per indicator (in plan order): one value per year elapsed.
    public var measurements: [[(year: Int, value: Double)]]

    public var endYear: Int { startYear + 3 }

    static let kinds = ["Pays", "Val", "Monts", "Plaine", "Coteaux", "Vallée", "Terres", "Portes",
                        "Rives", "Causses", "Bocage", "Forêts"]
    static let heads = ["Bel", "Mor", "Sau", "Ver", "Lan", "Cha", "Ro", "Vi", "Mon", "Bri",
                        "Cour", "Fon", "Gar", "Lou", "Mar", "Noi", "Pra", "Sé", "Tor", "Va"]
    static let tails = ["ac", "ène", "ières", "ois", "ange", "eux", "ol", "y", "ans", "our", "elle", "ac-sur-Lanne"]

    /// How many distinct names the pieces give; past it, names carry a number.
    public static var distinctNames: Int { kinds.count * heads.count * tails.count }

    /// A name per index, distinct for every index below `distinctNames`: the index is spread over
    /// the pieces by a multiplier coprime with their product, so neighbours do not look alike.
    public static func name(_ index: Int) -> String {
        let total = distinctNames
        let spread = (index % total) * 1_117 % total
        let kind = kinds[spread % kinds.count]
        let head = heads[(spread / kinds.count) % heads.count]
        let tail = tails[spread / (kinds.count * heads.count)]
        let place = head + tail
        let suffix = index >= total ? " \(index / total + 1)" : ""
        return "Communauté de communes \(kind == "Pays" || kind == "Val" ? "du" : "des") \(kind) de \(place)\(suffix)"
    }

    /// Nine digits starting with 2 (as EPCIs' do), unique per index, with the Luhn key last.
    public static func siren(_ index: Int) -> String {
        let body = "2" + String(String(90_000_000 + index).suffix(7))
        for key in 0...9 where Luhn.isValid(body + String(key)) { return body + String(key) }
        return body + "0"
    }

    public init(index: Int, template: ParsedPlan, today: CivilDate) {
        var random = SplitMix(seed: UInt64(index) &+ 0x5EED)
        self.index = index
        name = Self.name(index)
        siren = Self.siren(index)
        departement = Departement.all[index % Departement.all.count]
        startYear = min(today.year, 2021 + index % 4)
        plan = Self.vary(template, years: startYear...(startYear + 3), random: &random)
        let years = Array(startYear...min(startYear + 3, today.year))
        let subActions = plan.axes.flatMap(\.objectives).flatMap(\.actions).flatMap(\.subActions)
        let weights: [(SubActionStatus, Int)] = [(.realise, 3), (.en_cours, 4), (.a_venir, 2), (.en_retard, 1), (.en_pause, 1)]
        statuses = subActions.map { _ in years.compactMap { year in
            random.below(5) == 0 ? nil : (year, Self.pick(weights, random: &random))
        } }
        let indicators = plan.axes.flatMap(\.objectives).flatMap(\.actions).flatMap(\.indicators)
        measurements = indicators.map { _ in
            let base = Double(random.below(80) + 5)
            return years.filter { $0 < today.year || random.below(2) == 0 }.enumerated().map { offset, year in
                (year, base + Double(offset * random.below(12)))
            }
        }
    }

    static func pick(_ weights: [(SubActionStatus, Int)], random: inout SplitMix) -> SubActionStatus {
        var roll = random.below(weights.reduce(0) { $0 + $1.1 })
        for (status, weight) in weights {
            if roll < weight { return status }
            roll -= weight
        }
        return weights[0].0
    }
}
