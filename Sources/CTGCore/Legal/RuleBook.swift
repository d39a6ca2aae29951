import Foundation

/// The dated table of quorum and proxy regimes for an EPCI's council.
///
/// Each derogation below was checked against a source (consulted through stored copies):
/// - loi n° 2020-290, art. 10: Légifrance LEGIARTI000041747013 (version of 24 March 2020,
///   "pendant la durée de l'état d'urgence sanitaire") and LEGIARTI000042026560 (version of
///   loi n° 2020-760, in force 11 July 2020, "jusqu'au 30 août 2020"); the état d'urgence ran
///   until 10 July 2020 (loi n° 2020-546).
/// - loi n° 2020-1379, art. 6, IV: text quoted by the préfecture du Val-de-Marne ("le tiers de
///   leurs membres en exercice est présent", two proxies, "jusqu'au 30 septembre 2021" after
///   loi n° 2021-689); tied to the état d'urgence until then, prorogued to 1 June 2021 by
///   loi n° 2021-160 (FNCCR, Gazette des communes); JO of 15 November 2020 (blog Landot).
/// - loi n° 2021-1465, art. 10: AMF note (in force from its promulgation, 10 November 2021,
///   until 31 July 2022), ADM 54 (it revives art. 6 of loi n° 2020-1379; common law again
///   from 1 August 2022), Maires de France ("quorum ... tiers des membres présents", two proxies).
///
/// Not included because unverified:
/// - 17 October – 15 November 2020: whether art. 10 of loi n° 2020-290 revived with the
///   état d'urgence declared by décret n° 2020-1257 is contested (blog Landot, 16 and
///   19 October 2020, reached opposite conclusions).
/// - 15 November 2020, day of publication of loi n° 2020-1379: an immediate entry into force
///   was not confirmed, so the set starts on the 16th (Code civil, art. 1, at the latest).
/// - Territorial variants ("dans les zones géographiques où il reçoit application") and
///   the details of ordonnances n° 2020-391 and n° 2020-562 beyond the rules above.
/// - Any regime in which represented members count toward the quorum: every text read says
///   the members must be *présents*.
public enum RuleBook {
    /// CGCT L2121-17 and L2121-20, applied to EPCI by L5211-1.
    public static let commonLaw = QuorumRuleSet(
        id: "cgct-droit-commun",
        name: "Droit commun du CGCT",
        source: "CGCT, art. L2121-17 (quorum : majorité des membres en exercice présents) et "
            + "L2121-20 (un seul pouvoir par conseiller), applicables aux EPCI par l'art. L5211-1",
        validFrom: nil, validUntil: nil,
        quorum: QuorumRule(numerator: 1, denominator: 2, strict: true, countsRepresented: false),
        maxProxiesPerHolder: 1)

    private static let oneThirdPresent = QuorumRule(numerator: 1, denominator: 3, strict: false,
                                                    countsRepresented: false)

    public static let derogations: [QuorumRuleSet] = [
        QuorumRuleSet(
            id: "covid-loi-2020-290",
            name: "Dérogation Covid-19 (loi n° 2020-290 du 23 mars 2020)",
            source: "Loi n° 2020-290 du 23 mars 2020, art. 10 (rédaction initiale, puis issue de la "
                + "loi n° 2020-760 du 22 juin 2020) : tiers des membres en exercice présents, deux pouvoirs",
            validFrom: CivilDate("2020-03-24")!, validUntil: CivilDate("2020-08-30")!,
            quorum: oneThirdPresent, maxProxiesPerHolder: 2),
        QuorumRuleSet(
            id: "covid-loi-2020-1379",
            name: "Dérogation Covid-19 (loi n° 2020-1379 du 14 novembre 2020)",
            source: "Loi n° 2020-1379 du 14 novembre 2020, art. 6, IV, prorogé par la loi n° 2021-160 "
                + "du 15 février 2021 et la loi n° 2021-689 du 31 mai 2021 : tiers des membres en "
                + "exercice présents, deux pouvoirs",
            validFrom: CivilDate("2020-11-16")!, validUntil: CivilDate("2021-09-30")!,
            quorum: oneThirdPresent, maxProxiesPerHolder: 2),
        QuorumRuleSet(
            id: "covid-loi-2021-1465",
            name: "Dérogation Covid-19 (loi n° 2021-1465 du 10 novembre 2021)",
            source: "Loi n° 2021-1465 du 10 novembre 2021, art. 10, rétablissant l'art. 6, IV de la "
                + "loi n° 2020-1379 : tiers des membres en exercice présents, deux pouvoirs, "
                + "jusqu'au 31 juillet 2022 inclus",
            validFrom: CivilDate("2021-11-10")!, validUntil: CivilDate("2022-07-31")!,
            quorum: oneThirdPresent, maxProxiesPerHolder: 2),
    ]

    public static var all: [QuorumRuleSet] { [commonLaw] + derogations }

    /// The latest-starting set that covers `date`; common law when no derogation does.
    public static func ruleSet(on date: CivilDate, in sets: [QuorumRuleSet] = all) -> QuorumRuleSet {
        sets.filter { $0.covers(date) }
            .max { ($0.validFrom?.dayNumber ?? Int.min) < ($1.validFrom?.dayNumber ?? Int.min) }
            ?? commonLaw
    }
}
