import Foundation

/// Entry point: OCR'd text of a CTG deliberation and/or its plan d'actions → value tree.
/// Deterministic: the same text always gives the same value.
///
/// The parser's internal helpers are declared in extensions of this enum so that their
/// names cannot clash with the other modules (Legal, Pilotage) of the CTGCore target.
public enum DocumentParser {
    public static func parse(_ text: String) throws(DocumentError) -> ParsedDocument {
        try validate(text)
        let (stamps, unstamped) = StampReader.read(lines: TextCleaner.normalizedLines(text))
        let lines = TextCleaner.splittingMarkup(unstamped)
        let recovery = CaseRecovery(lines: lines)

        let planStart = lines.firstIndex(where: isPlanStart) ?? lines.count
        let deliberationLines = Array(lines[..<planStart])
        let events = PlanScanner.scan(Array(lines[planStart...]))
        let hasActions = events.contains { if case .action = $0 { true } else { false } }
        let isDeliberation = DeliberationParser.isDeliberation(deliberationLines)
        guard isDeliberation || hasActions else { throw .notADeliberation }

        var warnings = stamps.warnings
        var deliberation: ParsedDeliberation?
        if isDeliberation {
            let (d, w) = DeliberationParser.parse(deliberationLines, stamps: stamps, recovery: recovery)
            deliberation = d
            warnings += w
        } else {
            warnings.append(Warn.noDeliberation)
        }
        let identity = IdentityReader.read(text, actesId: deliberation?.actesId)
        // A deliberation without a plan adopts no convention: its period is not missing.
        warnings += identity.warnings.filter { hasActions || $0 != IdentityReader.periodMissing }
        guard hasActions else {
            warnings.append(Warn.noPlan)
            return ParsedDocument(deliberation: deliberation, plan: ParsedPlan(axes: []), warnings: warnings,
                                  identity: identity, organisations: [])
        }
        let (plan, planWarnings) = PlanAssembler.assemble(PlanCollector.collect(events), recovery: recovery)
        let named = OrganisationNames.resolve(plan, context: TerritoryContext(identity: identity))
        return ParsedDocument(deliberation: deliberation, plan: named.plan, warnings: warnings + planWarnings + named.warnings,
                              identity: identity, organisations: named.organisations)
    }

    /// Raw bytes as uploaded: see `DocumentEncoding` for what is accepted.
    public static func parse(data: Data) throws(DocumentError) -> ParsedDocument {
        if data.isEmpty { throw .empty }
        return try parse(DocumentEncoding.decode(data).text)
    }

    static func validate(_ text: String) throws(DocumentError) {
        // A text handed over directly (not through `parse(data:)`) is held to the same limit.
        if text.utf8.count > DocumentEncoding.maximumBytes { throw .tooLarge(bytes: text.utf8.count) }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        if text.unicodeScalars.contains("\u{0}") { throw .binary }
        var control = 0, total = 0
        for scalar in text.unicodeScalars {
            total += 1
            let isControl = scalar.properties.generalCategory == .control && !"\n\r\t\u{0C}".unicodeScalars.contains(scalar)
            if isControl || scalar == "\u{FFFD}" || scalar.properties.generalCategory == .unassigned { control += 1 }
        }
        if Double(control) > 0.05 * Double(total) { throw .binary }
    }

    /// The annex begins at its "Plan d'actions" title, or at the first axe / objectif /
    /// action heading when the title is missing. The deliberation body mentions "le Plan
    /// d'actions" too, but never at the start of a line.
    private static func isPlanStart(_ line: String) -> Bool {
        let t = Text.trim(line)
        guard !t.isEmpty, !t.contains("\t") else { return false }
        let key = Text.comparisonKey(t)
        if key.hasPrefix("plan d actions") || key.hasPrefix("plan d action") || key.hasPrefix("ctg plan d action") { return true }
        return PlanScanner.heading(t) != nil || PlanScanner.isAxeHeading(t)
    }
}
