import CTGCore
import Foundation

/// `ctg deliberation check` on a text that is not a CTG document: any council's
/// deliberation or procès-verbal, read by `SeanceReader`, every deliberation judged.
enum SeanceCheckCLI {
    struct Verdict: Encodable {
        var number: String?
        var subject: String?
        var check: DeliberationCheck?
        /// Why no verdict could be given (no vote, no date…), in French.
        var reason: String?
    }

    struct Report: Encodable {
        var seance: ParsedSeance
        var verdicts: [Verdict]
    }

    static func report(text: String, sessionDate override: CivilDate?) throws -> Report {
        let seance = SeanceReader.read(text)
        guard !seance.deliberations.isEmpty || !seance.present.isEmpty else {
            throw CommandFailure("Ce texte n'est ni une délibération ni un procès-verbal de séance lisible : "
                + "aucune délibération ni liste de présence n'y a été trouvée.")
        }
        let date = override ?? seance.date.flatMap { CivilDate($0) }
        let verdicts = seance.deliberations.map { item in
            var verdict = Verdict(number: item.number, subject: item.subject)
            guard let date else {
                verdict.reason = "Date de séance illisible : précisez-la avec --session-date AAAA-MM-JJ."
                return verdict
            }
            switch seance.facts(for: item) {
            case .success(let facts): verdict.check = DeliberationRules.check(facts: facts, sessionDate: date)
            case .failure(.noVote): verdict.reason = "Le texte ne dit pas comment cette délibération a été votée."
            case .failure(.noAttendance): verdict.reason = "Le texte ne contient pas de liste de présence."
            }
            return verdict
        }
        return Report(seance: seance, verdicts: verdicts)
    }

    static func json(_ report: Report) throws -> String {
        try DeliberationCheckCLI.json(report)
    }

    static func text(_ report: Report) -> String {
        var lines = report.seance.warnings.map { "Avertissement : \($0)" }
        for verdict in report.verdicts {
            lines.append("")
            lines.append("Délibération \(verdict.number ?? "sans numéro") — \(verdict.subject ?? "objet non trouvé")")
            if let check = verdict.check {
                lines.append(DeliberationCheckCLI.text(check))
            } else if let reason = verdict.reason {
                lines.append("Pas de verdict : \(reason)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
