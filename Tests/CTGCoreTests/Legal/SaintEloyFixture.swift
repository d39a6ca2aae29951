@testable import CTGCore

/// The séance of 7 June 2022, deliberation CC2022-04-06, as printed on the register
/// (Resources/Documents/saint-eloy-ctg-2022.txt).
enum SaintEloy {
    static let present = [
        "Jean-Yves ARNAUD", "Denis ASTRUC", "Michel BANCAREL", "Jean-Claude BELLARD", "Cédric BOILOT",
        "Karine BOURNAT-GONZALEZ", "François BRUNET", "Jean-Claude CAZEAU", "Daniel CLUZEL",
        "Pierrette DAFFIX-RAY", "Jacqueline DUBOISSET", "Claude DUBOSCLARD", "Robert DUBUIS",
        "Laurent DUMAS", "Sylvain DURIN", "Bernard DUVERGER", "Bernard FAVIER", "Jean-Claude GAILLARD",
        "Jérôme GAUMET", "Marc GIDEL", "Patrick GIDEL", "Bernadette GOURSON", "Jean-Jacques GRZYBOWSKI",
        "Christian JEROME", "Claire LEMPEREUR", "Michèle MEUNIER", "Sabine MICHEL", "Christiane MOUGEL",
        "Roger OLLIER", "Laurence ORIOL", "Bernard PENY", "Valérie ROCHE", "David SABY", "Christophe SARRE",
        "Jean-Marc SAUTERAU", "Catherine SIMONET", "Odile SOULIER", "Jacques THOMAS",
    ]
    static let proxies = [
        ("Didier BOURNAT", "Sylvain DURIN"), ("Guy CHARTOIRE", "Laurent DUMAS"),
        ("Bernard GRAND", "Christian JEROME"), ("Christian JOUHET", "Valérie ROCHE"),
        ("Anthony PALERMO", "Cédric BOILOT"), ("Margaux PIQUELLE", "Laurent DUMAS"),
    ]
    static let excused = [
        "Marc BEAUMONT", "Aurélie DEFRETIERE", "Annelise DURON", "Gilles GOUYON", "Pascale JEAN",
        "Jocelyne LELONG", "Jean-Jacques LOUIS-FERANDON", "Marie-Christine LOURDIN",
    ]

    static let sessionDate = CivilDate("2022-06-07")!
    static let afterDerogation = CivilDate("2022-08-02")!
    static let actes = "063-200072080-20220607-CC20220406-DE"

    static var attendance: [AttendanceEntry] {
        present.map { AttendanceEntry(member: $0, status: .present) }
            + proxies.map { AttendanceEntry(member: $0.0, status: .proxyGiven(to: $0.1)) }
            + [AttendanceEntry(member: "Marie TARDIVAT", status: .replacedBySubstitute("Alain DURIN"))]
            + excused.map { AttendanceEntry(member: $0, status: .excused) }
    }

    /// "Fait et délibéré à l'unanimité": 45 votants, all pour.
    static var facts: SessionFacts {
        SessionFacts(membersInOffice: 53, attendance: attendance, vote: VoteTally(pour: 45),
                     convocationDate: CivilDate("2022-06-01")!,
                     declaredPresent: 39, declaredVoters: 45)
    }
}

/// A council of `members` where `present` attend, `proxies` pairs of (giver → first present
/// member) exist, and everyone else is excused. Votes default to all voters pour.
func syntheticFacts(members: Int, present: Int, proxiesToFirst: Int = 0, vote: VoteTally? = nil) -> SessionFacts {
    var entries = (0..<present).map { AttendanceEntry(member: "Présent \($0)", status: .present) }
    entries += (0..<proxiesToFirst).map { AttendanceEntry(member: "Mandant \($0)", status: .proxyGiven(to: "Présent 0")) }
    let rest = members - entries.count
    entries += (0..<max(rest, 0)).map { AttendanceEntry(member: "Excusé \($0)", status: .excused) }
    return SessionFacts(membersInOffice: members, attendance: entries,
                        vote: vote ?? VoteTally(pour: present + proxiesToFirst))
}
