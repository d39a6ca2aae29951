/// What makes a grid unusable, each as a French sentence a coordinateur can act on.
/// A grid with any of these is refused whole: half a grid would price some families wrongly.
public enum TariffValidation {
    public static func problems(_ grid: TariffGrid) -> [String] {
        var problems: [String] = []
        if grid.outsideSupplement < 0 {
            problems.append("Le supplément hors territoire est négatif ; saisissez 0 s'il n'y en a pas.")
        }
        if let from = grid.validFrom, let until = grid.validUntil, until < from {
            problems.append("La fin de validité (\(until.french)) précède son début (\(from.french)).")
        }
        switch grid.scheme {
        case .brackets(let brackets): problems += bracketProblems(brackets)
        case .linear(let rates): problems += linearProblems(rates)
        }
        return problems
    }

    /// Brackets must cover every QF from 0 upwards exactly once: an overlap gives a family two
    /// prices, a gap none.
    static func bracketProblems(_ brackets: [QFBracket]) -> [String] {
        guard !brackets.isEmpty else { return ["La grille n'a aucune tranche de quotient familial."] }
        var problems: [String] = []
        for (index, bracket) in brackets.enumerated() {
            let name = "Tranche \(index + 1)"
            if bracket.lower < 0 || (bracket.upper ?? 0) < 0 {
                problems.append("\(name) : un quotient familial n'est jamais négatif.")
                continue
            }
            if let last = bracket.last, last < bracket.first {
                problems.append("\(name) : elle ne contient aucun quotient familial (la borne haute n'est pas au-dessus de la borne basse).")
            }
            if bracket.prices.isEmpty { problems.append("\(name) : aucun prix n'est saisi.") }
            for (unit, cents) in bracket.prices.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where cents < 0 {
                problems.append("\(name), \(unit.phrase) : le prix est négatif.")
            }
        }
        guard problems.isEmpty else { return problems }
        let ordered = brackets.sorted { $0.first < $1.first }
        if let start = ordered.first?.first, start > 0 {
            problems.append("Trou : aucune tranche ne couvre les quotients familiaux de 0 à \(TariffText.qf(start - 1)).")
        }
        for (previous, next) in zip(ordered, ordered.dropFirst()) {
            guard let end = previous.last else {
                problems.append("Chevauchement : la tranche « \(previous.label) » contient déjà la tranche « \(next.label) ».")
                continue
            }
            if next.first <= end {
                problems.append("Chevauchement : les tranches « \(previous.label) » et « \(next.label) » couvrent toutes deux "
                    + "les quotients de \(TariffText.qf(next.first)) à \(TariffText.qf(min(end, next.last ?? end))).")
            } else if next.first > end + 1 {
                problems.append("Trou : aucune tranche ne couvre les quotients familiaux de \(TariffText.qf(end + 1)) à \(TariffText.qf(next.first - 1)).")
            }
        }
        if let top = ordered.map(\.last).max(by: { ($0 ?? .max) < ($1 ?? .max) }), let highest = top {
            problems.append("Trou : aucune tranche ne couvre les quotients au-delà de \(TariffText.qf(highest)) ; laissez vide la borne haute de la dernière tranche.")
        }
        for unit in TariffUnit.allCases {
            let priced = brackets.filter { $0.prices[unit] != nil }.count
            if priced > 0 && priced < brackets.count {
                problems.append("Le prix « \(unit.phrase) » manque dans certaines tranches : saisissez-le partout ou nulle part.")
            }
        }
        return problems
    }

    static func linearProblems(_ rates: [TariffUnit: LinearRate]) -> [String] {
        guard !rates.isEmpty else { return ["Le taux d'effort n'est saisi pour aucune prestation."] }
        var problems: [String] = []
        for unit in TariffUnit.allCases {
            guard let rate = rates[unit] else { continue }
            if rate.rateE4 < 0 { problems.append("\(unit.label) : le taux d'effort est négatif.") }
            if rate.floor < 0 || rate.ceiling < 0 { problems.append("\(unit.label) : le prix plancher ou plafond est négatif.") }
            if rate.ceiling < rate.floor {
                problems.append("\(unit.label) : le plafond (\(Cents.format(rate.ceiling))) est inférieur au plancher (\(Cents.format(rate.floor))).")
            }
        }
        return problems
    }
}
