extension DocumentParser {
    /// The deliberation's first pages: header, attendance, body.
    enum DeliberationParser {
        /// Whether the lines carry a deliberation header at all.
        static func isDeliberation(_ lines: [String]) -> Bool {
            let keys = lines.map(Text.comparisonKey)
            if keys.contains(where: { $0.contains("registre des deliberations") || $0.hasPrefix("extrait du proces verbal") }) { return true }
            let hasNumber = lines.contains { numberLine($0) != nil }
            let hasSubject = keys.contains { $0.hasPrefix("objet") }
            return hasNumber && (hasSubject || keys.contains { $0.hasPrefix("seance du") })
        }

        static func parse(_ lines: [String], stamps: StampReader.Reading, recovery: CaseRecovery) -> (ParsedDeliberation, [String]) {
            var warnings: [String] = []
            let text = lines.joined(separator: "\n")
            let number = lines.lazy.compactMap(numberLine).first
            if number == nil { warnings.append(Warn.deliberationFieldMissing("numéro")) }
            let subject = subjectLines(lines).map { recovery.recover(Text.collapseSpaces($0.joined(separator: " "))) }
            if subject == nil { warnings.append(Warn.deliberationFieldMissing("objet")) }
            var d = ParsedDeliberation(number: number ?? "", actesId: stamps.actesId, subject: subject ?? "",
                                       receivedOn: stamps.receivedOn, publishedOn: stamps.publishedOn)
            let opening = paragraph(lines, startingWith: "l an ") ?? text
            d.sessionDate = lines.first { Text.comparisonKey($0).hasPrefix("seance du") }.flatMap(FrenchDate.firstLongDate)
                ?? lines.first { Text.comparisonKey($0).hasPrefix("fait et delibere") }.flatMap(FrenchDate.firstLongDate)
            if d.sessionDate == nil { warnings.append(Warn.deliberationFieldMissing("date de séance")) }
            d.sessionTime = FrenchDate.firstTime(in: opening)
            if let r = opening.firstRange(of: Patterns.parse) {
                d.convokedOn = FrenchDate.firstLongDate(in: opening[r.upperBound...].prefix(40))
            }
            // The article stays with the place ("la Maison de l'Entrepreneur"), so the extrait can
            // say "réuni à la Maison…" as the source did.
            d.place = opening.firstMatch(of: Patterns.parse2)
                .map { FrenchPlace.withArticle(preposition: String($0.1), rest: Text.trim($0.2)) }
            d.president = opening.firstMatch(of: Patterns.parse3)
                .map { Text.trim($0.1) }
            d.secretary = value(lines, label: Patterns.parse4).map(Text.trim)
            d.membersInOffice = value(lines, label: Patterns.parse5).flatMap { Int($0) }
            d.present = value(lines, label: Patterns.parse6).flatMap { Int($0) }
            d.voters = value(lines, label: Patterns.parse7).flatMap { Int($0) }
            Attendance.fill(&d, lines: lines)
            d.unanimous = Text.comparisonKey(text).contains("a l unanimite")
            d.body = body(lines)
            warnings += consistency(d)
            return (d, warnings)
        }

        /// "N° CC2022-04-06"; the body's "délibération N°08 du…" is not the number.
        static func numberLine(_ line: String) -> String? {
            guard let m = Text.trim(line).wholeMatch(of: Patterns.numberLine) else { return nil }
            return String(m.1)
        }

        private static func subjectLines(_ lines: [String]) -> [String]? {
            guard let i = lines.firstIndex(where: { Text.comparisonKey($0).hasPrefix("objet") }) else { return nil }
            var out: [String] = []
            let inline = Text.trim(lines[i].drop { $0 != ":" }.dropFirst())
            if !inline.isEmpty { out.append(inline) }
            for line in lines[(i + 1)...] {
                let t = Text.trim(line)
                if t.isEmpty { if out.isEmpty { continue } else { break } }
                if Text.comparisonKey(t).hasPrefix("rendue executoire") { break }
                out.append(t)
            }
            return out.isEmpty ? nil : out
        }

        private static func paragraph(_ lines: [String], startingWith key: String) -> String? {
            guard let i = lines.firstIndex(where: { Text.comparisonKey($0).hasPrefix(key) }) else { return nil }
            return lines[i...].prefix { !Text.trim($0).isEmpty }.joined(separator: " ")
        }

        private static func value(_ lines: [String], label: Regex<(Substring, Substring)>) -> String? {
            lines.lazy.compactMap { Text.trim($0).wholeMatch(of: label).map { String($0.1) } }.first
        }

        /// From the first "Vu …" to "… ont signé au registre.", as written.
        private static func body(_ lines: [String]) -> String? {
            guard let start = lines.firstIndex(where: { Text.comparisonKey($0).hasPrefix("vu ") }) else { return nil }
            let end = lines[start...].firstIndex { Text.comparisonKey($0).contains("signe au registre") } ?? lines.count - 1
            var out: [String] = []
            for line in lines[start...end] {
                let t = Text.trim(line)
                if t.isEmpty, out.last?.isEmpty ?? true { continue }
                out.append(t)
            }
            while out.last?.isEmpty == true { out.removeLast() }
            return out.joined(separator: "\n")
        }

        private static func consistency(_ d: ParsedDeliberation) -> [String] {
            var w: [String] = []
            if let present = d.present, !d.presentMembers.isEmpty, d.presentMembers.count + d.substitutes.count != present {
                w.append(Warn.presentCount(listed: d.presentMembers.count, substitutes: d.substitutes.count, announced: present))
            }
            if let present = d.present, let voters = d.voters, present + d.proxies.count != voters {
                w.append(Warn.voters(present: present, proxies: d.proxies.count, voters: voters))
            }
            if let id = d.actesId, !d.number.isEmpty {
                let actesNumber = id.split(separator: "-").dropFirst(3).first.map(String.init) ?? ""
                if actesNumber.filter(\.isLetter) == d.number.filter(\.isLetter),
                   actesNumber.filter(\.isNumber) != d.number.filter(\.isNumber) {
                    w.append(Warn.numberMismatch(d.number, id))
                }
            }
            return w
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let parse = /(?i)convoqu[ée]\w*\s+le\s+/
    nonisolated(unsafe) static let parse2 = /s'est\s+r[ée]uni\w*\s+(à|aux|au|en|dans)\s+(.+?)\s*,\s*sous\s+la\s+pr[ée]sidence/
    nonisolated(unsafe) static let parse3 = /sous\s+la\s+pr[ée]sidence\s+de\s+(?:Monsieur|Madame|M\.|Mme\.?)?\s*([^,]+)/
    nonisolated(unsafe) static let parse4 = /(?i)secr[ée]taire(?:\s+de\s+s[ée]ance)?\s*:\s*(.+)/
    nonisolated(unsafe) static let parse5 = /(?i)en\s+exercice\s*:\s*(\d+)/
    nonisolated(unsafe) static let parse6 = /(?i)pr[ée]sents?\s*:\s*(\d+)/
    nonisolated(unsafe) static let parse7 = /(?i)votants?\s*:\s*(\d+)/
    nonisolated(unsafe) static let numberLine = /(?i)(?:d[ée]lib[ée]ration\s+)?n[°o]\s*:?\s*([A-Z]{1,6}[\s_-]?\d{4}[-_\/.]\S+)/
}
