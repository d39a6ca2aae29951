/// What the text leaves out and where its counts and lists disagree, said as warnings.
enum SessionChecks {
    static func complete(_ s: inout ParsedSeance) {
        fillCountsFromLists(&s)
        let missing: [(String, Bool)] = [
            ("date de séance", s.date == nil), ("président de séance", s.president == nil),
            ("secrétaire de séance", s.secretary == nil), ("membres en exercice", s.counts.membersInOffice == nil),
            ("présents", s.counts.present == nil), ("votants", s.counts.voters == nil),
        ]
        for (field, absent) in missing where absent {
            s.warnings.append("Non indiqué dans le texte : \(field).")
        }
        if !s.counts.computedFromLists.isEmpty {
            s.warnings.append("Calculé d'après les listes, le texte ne le donnant pas : \(s.counts.computedFromLists.joined(separator: ", ")).")
        }
        listsAgainstCounts(s, &s.warnings)
        for item in s.deliberations {
            let name = item.number.map { "la délibération \($0)" } ?? "la délibération sans numéro"
            if item.vote == nil { s.warnings.append("Vote non trouvé pour \(name).") }
            if item.subject == nil { s.warnings.append("Objet non trouvé pour \(name).") }
        }
        if s.deliberations.isEmpty { s.warnings.append("Aucune délibération (numéro ou objet) trouvée dans le texte.") }
    }

    private static func fillCountsFromLists(_ s: inout ParsedSeance) {
        guard !s.present.isEmpty else { return }
        if s.counts.present == nil {
            s.counts.present = s.present.count
            s.counts.computedFromLists.append("présents")
        }
        if s.counts.represented == nil, !s.proxies.isEmpty {
            s.counts.represented = s.proxies.count
            s.counts.computedFromLists.append("pouvoirs")
        }
        if s.counts.voters == nil, let present = s.counts.present {
            s.counts.voters = present + s.proxies.count
            s.counts.computedFromLists.append("votants")
        }
    }

    private static func listsAgainstCounts(_ s: ParsedSeance, _ w: inout [String]) {
        let c = s.counts
        if let present = c.present, !s.present.isEmpty, !c.computedFromLists.contains("présents"), present != s.present.count {
            w.append("Le texte annonce \(present) présents mais en nomme \(s.present.count).")
        }
        if let present = c.present, let voters = c.voters, !c.computedFromLists.contains("votants"),
           !s.proxies.isEmpty, present + s.proxies.count != voters {
            w.append("\(present) présents et \(s.proxies.count) pouvoirs ne font pas les \(voters) votants annoncés.")
        }
        if let inOffice = c.membersInOffice, let present = c.present {
            // A member who gave a proxy is accounted for even when the text lists them only
            // in a "Procuration de X à Y" line, not among the excusés.
            let away = Set(s.excused + s.absent + s.substitutes.map(\.member) + s.proxies.map(\.from)).subtracting(s.present)
            let accounted = present + away.count
            if accounted < inOffice, !(s.excused.isEmpty && s.absent.isEmpty) {
                let gap = inOffice - accounted
                let proxies = Set(s.proxies.map(\.from)).subtracting(s.excused + s.absent).count
                let given = proxies > 0 ? ", \(FrenchCount.phrase(proxies, "pouvoir donné", "pouvoirs donnés"))" : ""
                w.append("\(inOffice) membres en exercice, mais \(present) présents\(given), \(s.excused.count) excusés et \(s.absent.count) absents : \(gap) membre\(gap > 1 ? "s" : "") non mentionné\(gap > 1 ? "s" : "").")
            } else if accounted > inOffice {
                w.append("Plus de membres nommés (\(accounted)) que de membres en exercice (\(inOffice)).")
            }
        }
    }
}
