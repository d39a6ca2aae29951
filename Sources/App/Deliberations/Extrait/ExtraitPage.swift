import CTGCore
import Fluent
import Vapor

/// `/deliberations/{number}/extrait`: the "Extrait du registre des délibérations" laid out
/// like the Saint-Eloy register's first page, printable on A4 (print CSS hides the site).
struct ExtraitPage: Encodable {
    var layout: Layout
    var collectivite: String
    var assembly: String
    var seanceTitle: String
    var number: String
    var subject: String
    var membersInOffice: Int?
    var present: Int?
    var voters: Int?
    var actesID: String?
    var receivedOn: String?
    var publishedOn: String?
    var opening: String
    var attendance: AttendanceLists
    var secretary: String?
    var body: [String]
    var voteLine: String?
    var certification: String
    var president: String?
    var backHref: String

    static func build(_ entry: RegisterEntry, scope: TerritoryScope) -> ExtraitPage {
        let territory = scope.territory
        let row = entry.deliberation
        let check = entry.check()
        let assembly = territory.kind == "epci" ? "Conseil communautaire" : "Conseil municipal"
        let date = entry.sessionDate
        return ExtraitPage(
            layout: Layout(title: "Extrait — délibération \(row.number)", scope: scope),
            collectivite: entry.settings.officialName ?? territory.name, assembly: assembly,
            seanceTitle: "Séance du " + (FrenchFormat.date(row.sessionDate) ?? "—"),
            number: row.number, subject: row.subject,
            membersInOffice: check?.membersInOffice ?? row.membersInOffice,
            present: check?.present ?? row.presentCount, voters: check?.voters ?? row.votersCount,
            actesID: row.actesID, receivedOn: row.receivedOn.flatMap({ CivilDate($0) })?.french,
            publishedOn: row.publishedOn.flatMap({ CivilDate($0) })?.french,
            opening: opening(row, assembly: assembly, date: date),
            attendance: entry.seance.map(AttendanceLists.init) ?? AttendanceLists(parsed: row.parsed),
            secretary: row.secretary,
            body: (row.body ?? "").split(separator: "\n", omittingEmptySubsequences: true).map(String.init),
            voteLine: voteLine(check, row: row, date: date),
            certification: certification(entry), president: row.president,
            backHref: scope.path(.deliberation(number: row.number)))
    }

    /// "L'an deux mille vingt-deux, le 7 juin à 18 heures, le Conseil communautaire, convoqué le 1er juin 2022, …"
    static func opening(_ row: Deliberation, assembly: String, date: CivilDate?) -> String {
        guard let date else { return "Le \(assembly.lowercased()) s'est réuni." }
        let dayMonth = (FrenchFormat.date(date.description) ?? "").split(separator: " ").dropLast().joined(separator: " ")
        var text = "L'an \(FrenchNumberWords.words(date.year)), le \(dayMonth)"
        if let time = row.sessionTime, let hour = FrenchFormat.time(time) {
            text += " à " + hour.replacingOccurrences(of: " h", with: " heures")
        }
        text += ", le \(assembly)"
        if let convoked = FrenchFormat.date(row.convokedOn) { text += ", convoqué le \(convoked)," }
        text += " s'est réuni"
        if let place = row.place { text += " " + FrenchPlace.afterÀ(place) }
        if let president = row.president { text += ", sous la présidence de \(president)" }
        return text + "."
    }

    /// Nil when the imported text already ends with its own "Fait et délibéré…" line.
    static func voteLine(_ check: DeliberationCheck?, row: Deliberation, date: CivilDate?) -> String? {
        if row.body?.range(of: "fait et délibéré", options: [.caseInsensitive, .diacriticInsensitive]) != nil { return nil }
        let day = date.flatMap { FrenchFormat.date($0.description) }.map { ", le \($0)" } ?? ""
        guard let check, let vote = row.voteTally else {
            return row.unanimous ? "Fait et délibéré à l'unanimité\(day)." : "Vote non enregistré."
        }
        if check.adopted && check.unanimous { return "Fait et délibéré à l'unanimité\(day)." }
        let detail = "\(FrenchFormat.plural(vote.pour, "voix pour", "voix pour")), \(FrenchFormat.plural(vote.contre, "voix contre", "voix contre")), "
            + "\(FrenchFormat.plural(vote.abstentions, "abstention", "abstentions"))"
            + (vote.nePrendPasPart > 0 ? ", \(vote.nePrendPasPart) ne prenant pas part au vote" : "")
        return (check.adopted ? "Adoptée par " : "Rejetée par ") + detail + day + "."
    }

    static func certification(_ entry: RegisterEntry) -> String {
        guard case .success(let cycle) = entry.lifecycle, cycle.executory.executoire,
              let transmitted = entry.deliberation.receivedOn.flatMap({ CivilDate($0) }),
              let published = entry.deliberation.publishedOn.flatMap({ CivilDate($0) }) else {
            return "Acte non encore exécutoire (transmission au représentant de l'État et publication requises)."
        }
        return "Certifié exécutoire compte tenu de sa transmission au représentant de l'État le \(transmitted.french) "
            + "et de sa publication le \(published.french)."
    }
}

enum ExtraitController {
    @Sendable static func show(req: Request) async throws -> View {
        let territory = try await RegisterScope.territory(for: req)
        let entry = try await RegisterEntry.find(number: req.parameters.get("number") ?? "", territory: territory, on: req.db)
        return try await req.view.render("deliberation-extrait", ExtraitPage.build(entry, scope: try await req.territoryScope()))
    }
}
