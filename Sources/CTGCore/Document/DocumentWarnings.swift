extension DocumentParser {
    /// Every user-facing warning, in French, in one place so wording stays consistent.
    enum Warn {
        private static func fr(_ iso: String) -> String {
            let p = iso.split(separator: "-")
            return p.count == 3 ? "\(p[2])/\(p[1])/\(p[0])" : iso
        }
        private static func quoted(_ s: String) -> String { "« \(s) »" }

        // MARK: stamps
        static func unreadableActesIds(_ ids: [String]) -> String {
            ids.count == 1 ? "Tampon ACTES illisible ignoré : \(ids[0])."
                : "Tampons ACTES illisibles ignorés (\(ids.count)) : \(ids.joined(separator: ", "))."
        }
        static func divergentActesIds(_ ids: [String], kept: String) -> String {
            "Tampons : identifiants ACTES divergents ; retenu (majorité) : \(kept)."
        }
        static func divergentStampDates(_ dates: [String], kept: String, label: String) -> [String] {
            var seen: [String] = []
            for d in dates where d != kept && !seen.contains(d) { seen.append(d) }
            return seen.map { d in
                let n = dates.filter { $0 == d }.count
                return "Tampon : date de \(label) divergente ignorée (\(fr(d)), \(n) tampon\(n > 1 ? "s" : "")) ; retenue : \(fr(kept))."
            }
        }
        static func unlabeledStampDates(_ raw: [String]) -> String {
            "Tampon : date sans libellé ignorée (\(raw.joined(separator: ", ")))."
        }
        static func unreadableStampDates(_ lines: [String]) -> String {
            "Tampon : date illisible ignorée (\(lines.map(quoted).joined(separator: ", ")))."
        }

        // MARK: document
        static let noDeliberation = "Aucune délibération trouvée : seul le plan d'actions est importé."
        static let noPlan = "Aucun plan d'actions trouvé dans le document."
        static func truncated(read: Int, announced: Int) -> String {
            "Le document semble tronqué : \(read) fiches lues sur \(announced) annoncées dans le plan d'actions."
        }
        static func missingFiches(_ codes: [String]) -> String {
            "Fiches absentes du document : \(codes.joined(separator: ", "))."
        }

        // MARK: deliberation
        static func deliberationFieldMissing(_ field: String) -> String { "Délibération : \(field) introuvable." }
        static func presentCount(listed: Int, substitutes: Int, announced: Int) -> String {
            "Délibération : \(listed) présents listés et \(FrenchCount.phrase(substitutes, "suppléant")) pour \(announced) présents annoncés."
        }
        static func voters(present: Int, proxies: Int, voters: Int) -> String {
            "Délibération : \(present) présents et \(proxies) procurations pour \(voters) votants annoncés."
        }
        static func numberMismatch(_ number: String, _ actesId: String) -> String {
            "Délibération : le numéro \(number) ne correspond pas à l'identifiant ACTES \(actesId)."
        }

        // MARK: plan
        static func axeTitleMissing(_ n: Int) -> String { "Axe \(n) : intitulé absent du document." }
        static func axeTitleDiffers(_ n: Int, outline: String) -> String {
            "Axe \(n) : intitulé différent dans le plan d'actions (\(quoted(outline)))."
        }
        static func objectiveTitleMissing(_ code: String) -> String { "Objectif \(code) : intitulé absent du document." }
        static func objectiveTitleDiffers(_ code: String, outline: String) -> String {
            "Objectif \(code) : intitulé différent dans le plan d'actions (\(quoted(outline)))."
        }
        static func ficheMissing(_ code: String) -> String {
            "Fiche \(code) absente du document : intitulé et sous-actions repris du plan d'actions."
        }
        static func ficheNotInOutline(_ code: String) -> String { "Fiche \(code) absente du plan d'actions (sommaire)." }
        static func duplicateFiche(_ code: String) -> String {
            "Fiche \(code) présente plusieurs fois : seule la première est retenue."
        }
        static func incomplete(_ code: String, missing: [String]) -> String {
            "Fiche \(code) incomplète : \(missing.joined(separator: ", ")) absent(s)."
        }
        static func fieldMissing(_ code: String, _ field: FicheField) -> String {
            "Fiche \(code) : \(field.label) absent\(field.plural ? "s" : "") du document."
        }
        static func actionTitleDiffers(_ code: String, outline: String) -> String {
            "Fiche \(code) : intitulé différent dans le plan d'actions (\(quoted(outline)))."
        }
        static func subActionTitleDiffers(_ label: String, outline: String) -> String {
            "\(label) : intitulé différent dans le plan d'actions (\(quoted(outline)))."
        }
        static func subActionCount(_ code: String, fiche: Int, outline: Int) -> String {
            "Fiche \(code) : \(fiche) sous-actions dans la fiche, \(outline) dans le plan d'actions."
        }
        static func noSubActions(_ code: String) -> String { "Fiche \(code) : aucune sous-action lue." }
        static func uncodedSubAction(_ code: String, title: String) -> String {
            "Fiche \(code) : sous-action \(quoted(title)) sans numéro."
        }
        static func badSubActionCode(_ code: String, raw: String) -> String {
            "Fiche \(code) : numéro de sous-action illisible \(quoted(raw))."
        }
        static func foreignSubActionCode(_ code: String, sub: String) -> String {
            "Fiche \(code) : la sous-action \(sub) porte le numéro d'une autre fiche."
        }
        static func duplicateSubActionCode(_ sub: String) -> String { "Sous-action \(sub) présente plusieurs fois." }
        static func meansMissing(_ label: String, staff: Bool, funders: Bool) -> String {
            let what = staff && funders ? "personnel et financeurs non renseignés" : staff ? "personnel non renseigné" : "financeurs non renseignés"
            return "\(label) : \(what)."
        }
        static func trailingSeparator(_ label: String, _ sep: String) -> String {
            "\(label) : liste des financeurs terminée par \(quoted(sep)) (financeur manquant ?)."
        }
        static func calendarEmpty(_ code: String) -> String { "Fiche \(code) : calendrier non renseigné, années inconnues." }
        static func calendarFromOutline(_ code: String, years: [Int]) -> String {
            "Fiche \(code) : calendrier vide, \(years.count > 1 ? "années" : "année") \(years.map(String.init).joined(separator: ", ")) \(years.count > 1 ? "reprises" : "reprise") du plan d'actions."
        }
        static func calendarUnreadable(_ code: String) -> String {
            "Fiche \(code) : cases du calendrier cochées mais colonnes illisibles, années non reprises."
        }

        static func subActionLabel(fiche: String, code: String?, title: String) -> String {
            if let code { return "Sous-action \(code)" }
            return "Fiche \(fiche), sous-action \(quoted(title))"
        }
    }
}
