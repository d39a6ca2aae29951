@testable import App
import CSV
import CTGCore
import Foundation
import Testing
import VaporTesting

@Suite struct ExtraitAndSCDLTests {
    @Test func extraitIsLaidOutLikeTheRegisterPage() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/deliberations/CC2022-04-06/extrait") { res in
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("Extrait du registre des délibérations du Conseil communautaire"))
                #expect(body.contains("Séance du 7 juin 2022"))
                #expect(body.contains("En exercice : 53"))
                #expect(body.contains("Présents : 39"))
                #expect(body.contains("Votants : 45"))
                #expect(body.contains("L&#39;an deux mille vingt-deux, le 7 juin à 18 heures") || body.contains("L'an deux mille vingt-deux, le 7 juin à 18 heures"))
                #expect(body.contains("Guy CHARTOIRE ayant donné procuration à Laurent DUMAS"))
                // The source's article is kept: "réuni à la Maison de l'Entrepreneur", not "à Maison".
                #expect(body.contains("s'est réuni à la Maison de l'Entrepreneur".inPage))
                #expect(body.contains("Marie TARDIVAT, suppléance assurée par Alain DURIN"))
                #expect(body.contains("Après en avoir délibéré"))
                // The imported text carries its own "Fait et délibéré à l'unanimité" line: not repeated.
                #expect(body.components(separatedBy: "Fait et délibéré à l").count == 2)
                #expect(body.contains("Certifié exécutoire compte tenu de sa transmission au représentant de l&#39;État le 20/06/2022")
                        || body.contains("Certifié exécutoire compte tenu de sa transmission au représentant de l'État le 20/06/2022"))
                #expect(body.contains("Le Président,<br>Laurent DUMAS"))
            }
        }
    }

    @Test func frenchNumberWordsSpellTheYears() {
        #expect(FrenchNumberWords.words(2022) == "deux mille vingt-deux")
        #expect(FrenchNumberWords.words(2071) == "deux mille soixante et onze")
        #expect(FrenchNumberWords.words(2080) == "deux mille quatre-vingts")
        #expect(FrenchNumberWords.words(2091) == "deux mille quatre-vingt-onze")
        #expect(FrenchNumberWords.words(1999) == "mille neuf cent quatre-vingt-dix-neuf")
    }

    @Test func scdlExportHasTheSchemaHeaderAndOneRow() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/deliberations.csv") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.contains("text/csv") == true)
                let bytes = Array(res.body.readableBytesView)
                #expect(bytes.prefix(3) != [0xEF, 0xBB, 0xBF], "open-data CSV has no byte-order mark")
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.hasPrefix("COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,"
                    + "BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL\r\n"))
                let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ",")
                #expect(reader.headerRow == SCDLDeliberations.columns)
                var rows: [[String]] = []
                while let row = reader.next() { rows.append(row) }
                #expect(rows.count == 1)
                let row = try #require(rows.first)
                #expect(row[1] == "", "SIRET unknown until the coordinateur enters it")
                #expect(Array(row[2...3]) == ["CC2022-04-06", "2022-06-07"])
                #expect(row[6].uppercased().contains("CONVENTION TERRITORIALE GLOBALE"))
                #expect(Array(row[10...15]) == ["2022-06-20", "53", "45", "45", "0", "0"])
            }
        }
    }
}
