import CTGCore
import Testing

/// Length limits, plausible dates and numbers that round-trip: the pure rules behind every form.
@Suite struct FieldLimitsTests {
    @Test func aOneMegabyteNameIsRefusedWithTheLimitAndTheLengthReceived() {
        let limit = FieldLimits.limit(forField: "name")
        #expect(limit.problem(String(repeating: "a", count: 1_000_000))
                == "Le champ « Prénom et nom » ne doit pas dépasser 200 caractères (reçu : 1\u{202F}000\u{202F}000).")
        #expect(limit.problem(String(repeating: "é", count: 200)) == nil)
        #expect(limit.problem(String(repeating: "é", count: 201)) != nil)
    }

    @Test func eachFieldHasALimitThatFitsItsMeaning() {
        #expect(FieldLimits.limit(forField: "comment").maxCharacters == 2_000)
        #expect(FieldLimits.limit(forField: "subject").maxCharacters == 1_000)
        #expect(FieldLimits.limit(forField: "rows[12][holder]").maxCharacters == 200)
        #expect(FieldLimits.limit(forField: "target_2024").label == "Cible 2024")
        #expect(FieldLimits.limit(forField: "target_2024").maxCharacters == 50)
        // A field nobody listed is still limited.
        #expect(FieldLimits.limit(forField: "nouveau_champ").problem(String(repeating: "x", count: 201))
                == "Le champ « nouveau_champ » ne doit pas dépasser 200 caractères (reçu : 201).")
        let fields = [(name: "email", value: "a@exemple.fr"), (name: "comment", value: String(repeating: "x", count: 2_001))]
        #expect(FieldLimits.problem(in: fields)?.hasPrefix("Le champ « Commentaire » ne doit pas dépasser 2\u{202F}000") == true)
    }

    @Test func implausibleDatesAreRefused() {
        #expect(CivilDate.implausibility(year: 0, typed: "0000-01-01", label: "Date du statut", currentYear: 2026)
                == "La date « 0000-01-01 » (Date du statut) n'est pas plausible : elle doit tomber entre 1950 et 2046.")
        #expect(CivilDate.implausibility(year: 9999, typed: "9999-12-31", label: "AR", currentYear: 2026) != nil)
        #expect(CivilDate.implausibility(year: 1949, typed: "1949", label: "x", currentYear: 2026) != nil)
        #expect(CivilDate.implausibility(year: 1950, typed: "1950", label: "x", currentYear: 2026) == nil)
        #expect(CivilDate.implausibility(year: 2046, typed: "2046", label: "x", currentYear: 2026) == nil)
        #expect(CivilDate.implausibility(year: 2047, typed: "2047", label: "x", currentYear: 2026) != nil)
    }

    @Test func numbersThatWouldNotRoundTripAreRefused() {
        #expect(NumberLimits.problem(decimal: "99999999999999999999999", label: "Valeur", typed: "99999999999999999999999")
                == "Valeur : « 99999999999999999999999 » est hors des nombres acceptés (au plus 15 chiffres significatifs, "
                + "et 1\u{202F}000\u{202F}000\u{202F}000\u{202F}000 en valeur absolue).")
        #expect(NumberLimits.problem(decimal: "1.0000000000000001", label: "V", typed: "x") != nil)
        #expect(NumberLimits.problem(decimal: "1000000000001", label: "V", typed: "x") != nil)
        #expect(NumberLimits.problem(decimal: "-1000000000001", label: "V", typed: "x") != nil)
        for fine in ["1234.5", "0.000012", "-3", "120.50", "999999999999", "0"] {
            #expect(NumberLimits.problem(decimal: fine, label: "V", typed: fine) == nil, "\(fine)")
        }
    }

    @Test func emailAddressesMustBeAddresses() {
        for good in ["a@exemple.fr", "prenom.nom@caf.fr", "x+ctg@sous-domaine.exemple.org", "hélène@mairie-éloy.fr"] {
            #expect(EmailAddress.problem(good) == nil, "\(good)")
        }
        for bad in ["pas-une-adresse", "a@b", "a@@exemple.fr", "a b@exemple.fr", "a@exemple..fr", ".a@exemple.fr",
                    "a.@exemple.fr", "a@-exemple.fr", "a@exemple.f", "a@exemple.fr.", "<a>@exemple.fr", "a@exemple.1",
                    String(repeating: "a", count: 65) + "@exemple.fr", "a@" + String(repeating: "b", count: 250) + ".fr"] {
            #expect(EmailAddress.problem(bad)?.hasPrefix("L'adresse e-mail « ") == true, "\(bad)")
        }
        #expect(EmailAddress.problem("pas-une-adresse")
                == "L'adresse e-mail « pas-une-adresse » n'est pas valide. Elle doit contenir un seul « @ ».")
    }
}
