extension DocumentParser {
    /// Restores normal case to headings the document types in capitals ("VALIDATION DE LA
    /// CONTRACTUALISATION AVEC LA CAF DU PUY DE DÔME…"), by looking at how the document
    /// itself writes each word in running text: acronyms stay upper case, proper nouns keep
    /// their capital, accents the capitals dropped come back ("CREER" → "créer").
    struct CaseRecovery {
        private enum Form { case upper, capitalized, lower }
        private struct Stats { var upper = 0, capitalized = 0, lower = 0, spellings: [String: Int] = [:] }

        private var words: [String: Stats] = [:]
        private struct PairStats { var firstCapitalized = 0, firstLower = 0, secondCapitalized = 0, secondLower = 0 }
        /// "convention territoriale" → how often each word of the pair was capitalised mid-sentence:
        /// "la Convention Territoriale Globale" is a name even where "convention" alone is not.
        private var pairs: [String: PairStats] = [:]

        private static let stopwords: Set<String> = ["le", "la", "les", "de", "des", "du", "un", "une", "et", "a",
                                                     "au", "aux", "en", "par", "pour", "sur", "via", "avec", "dans"]

        init(lines: [String]) {
            for line in lines where !Text.isCapsLine(line, minLetters: 8) {
                let tokens = Self.tokens(line)
                for (i, t) in tokens.enumerated() {
                    let key = Text.fold(t.word)
                    var s = words[key, default: Stats()]
                    let form = Self.form(t.word)
                    if form == .upper, t.word.count >= 2 { s.upper += 1 }
                    if !t.sentenceStart {
                        if form == .capitalized { s.capitalized += 1 }
                        if form == .lower { s.lower += 1; s.spellings[t.word, default: 0] += 1 }
                    }
                    words[key] = s
                    guard i > 0, !t.sentenceStart else { continue }
                    let prev = tokens[i - 1]
                    let prevForm = Self.form(prev.word)
                    var p = pairs[Text.fold(prev.word) + " " + key, default: PairStats()]
                    if form == .capitalized { p.secondCapitalized += 1 } else if form == .lower { p.secondLower += 1 }
                    if !prev.sentenceStart {
                        if prevForm == .capitalized { p.firstCapitalized += 1 } else if prevForm == .lower { p.firstLower += 1 }
                    }
                    pairs[Text.fold(prev.word) + " " + key] = p
                }
            }
        }

        /// Only rewrites text typed in capitals; anything else is returned as written.
        func recover(_ heading: String) -> String {
            guard Text.isCapsLine(heading, minLetters: 4) else { return heading }
            let tokens = Self.tokens(heading)
            var out = ""
            var cursor = heading.startIndex
            for (i, t) in tokens.enumerated() {
                out += heading[cursor..<t.range.lowerBound]
                var w = recoverWord(t.word, prev: i > 0 ? tokens[i - 1].word : nil, next: i + 1 < tokens.count ? tokens[i + 1].word : nil)
                if i == 0 { w = Text.capitalizingFirst(w) }
                out += w
                cursor = t.range.upperBound
            }
            out += heading[cursor...]
            return out
        }

        private func recoverWord(_ word: String, prev: String?, next: String?) -> String {
            let key = Text.fold(word)
            let lowered = bestLowerSpelling(key) ?? word.lowercased()
            guard key.count >= 2, let s = words[key] else { return lowered }
            if s.upper > 0, s.capitalized == 0, s.lower == 0 { return word }
            var capital = 0, lower = 0
            if let prev, prev.count > 2, !Self.stopwords.contains(Text.fold(prev)),
               let p = pairs[Text.fold(prev) + " " + key] {
                capital += p.secondCapitalized; lower += p.secondLower
            }
            if let next, next.count > 2, !Self.stopwords.contains(Text.fold(next)),
               let p = pairs[key + " " + Text.fold(next)] {
                capital += p.firstCapitalized; lower += p.firstLower
            }
            if capital + lower == 0 { capital = s.capitalized; lower = s.lower }
            return capital > lower ? Text.capitalizingFirst(lowered) : lowered
        }

        private func bestLowerSpelling(_ key: String) -> String? {
            words[key]?.spellings.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        }

        private static func form(_ w: String) -> Form {
            if w.allSatisfy({ !$0.isLowercase }) { return .upper }
            return w.first!.isUppercase ? .capitalized : .lower
        }

        /// Letter runs, flagged when they start a line or follow sentence punctuation.
        private static func tokens(_ line: String) -> [(word: String, range: Range<String.Index>, sentenceStart: Bool)] {
            var result: [(String, Range<String.Index>, Bool)] = []
            var i = line.startIndex
            var sentenceStart = true
            while i < line.endIndex {
                let c = line[i]
                if c.isLetter {
                    var j = i
                    while j < line.endIndex, line[j].isLetter { j = line.index(after: j) }
                    result.append((String(line[i..<j]), i..<j, sentenceStart))
                    sentenceStart = false
                    i = j
                    continue
                }
                if ".!?:;>→«\"•|=".contains(c) || c == "\t" { sentenceStart = true }
                else if c == "-" || c == "–", i == line.startIndex || line[line.index(before: i)] == " " { sentenceStart = true }
                i = line.index(after: i)
            }
            return result
        }
    }
}
