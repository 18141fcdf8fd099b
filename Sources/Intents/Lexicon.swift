import Foundation

/// A token or a phrase of the vocabulary found in a reply.
struct Item: Sendable {
    let tags: [Tag]
    var token: Token
    /// How many tokens the item covers.
    var count: Int
    /// The tags without a value, one bit each: what `has` asks most, answered without comparing enum cases one by one.
    let flags: UInt64

    init(tags: [Tag], token: Token, count: Int) {
        self.tags = tags
        self.token = token
        self.count = count
        flags = tags.reduce(0) { $0 | ($1.flag ?? 0) }
    }

    func has(_ tag: Tag) -> Bool {
        if let flag = tag.flag { return flags & flag != 0 }
        return tags.contains(tag)
    }
    /// A yes, a weak yes (thanks) or an idiom that says yes: agreeing with what it follows.
    var agrees: Bool { has(.yes) || has(.yesWeak) || has(.positiveIdiom) }
    /// "am", "pm", or their glued short forms written against the number ("5p", "10a").
    var marksHalfOfDay: Bool { has(.am) || has(.pm) || token.glued && (has(.amGlued) || has(.pmGlued)) }
    /// Half of the day or a part of it ("pm", "дня", "da tarde"): what makes the number before it an hour.
    var namesPartOfDay: Bool { marksHalfOfDay || tags.contains { if case .part = $0 { true } else { false } } }
    var isPunctuation: Bool { token.kind == .punctuation }
    /// A day of the week ("Wednesday", "mié").
    var isWeekday: Bool { tags.contains { if case .weekday = $0 { true } else { false } } }
    /// A full stop, question or exclamation mark: the end of a sentence.
    var endsSentence: Bool { isPunctuation && ["?", ".", "!"].contains(token.text) }
    /// A sentence's end, a comma, a semicolon or an emoji: the end of a clause ("Giovedì nn riesco 😩 sabato mattina?").
    var endsClause: Bool { isPunctuation ? [",", ".", ";", "!", "?"].contains(token.text) : token.isEmoji }
    /// The end of a clause, or a word that opens the next one ("but", "aber", "mais").
    var endsClauseOrBreaks: Bool { endsClause || has(.clauseBreak) }
    /// Says something: not punctuation and not only a filler word ("hi", "please").
    var saysSomething: Bool { !isPunctuation && !(has(.filler) && tags.count == 1) }
    var number: Int? {
        for t in tags { if case .number(let n) = t { return n } }
        return nil
    }
}

extension Array where Element == Item {
    /// Where the stretch holding `index` begins: after the last item before it that `ends` (a sentence's or a clause's end).
    func start(of index: Int, after ends: (Item) -> Bool) -> Int {
        var start = index
        while start > 0, !ends(self[start - 1]) { start -= 1 }
        return start
    }

    /// Where the weekday beside `index` is, after it or before it, over day articles and connectors ("3 on Wednesday",
    /// "el martes primero"); over commas too and at most `within` items away when asked ("Dienstag, der erste").
    func weekday(beside index: Int, after: Bool, overCommas: Bool = false, within: Int = .max) -> Int? {
        let step = after ? 1 : -1
        var j = index + step
        while indices.contains(j), abs(j - index) <= within,
              self[j].has(.dayArticle) || self[j].has(.connector) || overCommas && self[j].token.text == "," { j += step }
        return indices.contains(j) && self[j].isWeekday ? j : nil
    }

    /// Where the stretch holding `index` ends: the first item from it on that `ends`, or the end of the reply.
    func end(of index: Int, at ends: (Item) -> Bool) -> Int {
        self[index...].firstIndex(where: ends) ?? count
    }
}

extension Language {
    /// The word id of a token: exact, then with repeated letters squeezed, then a near typo.
    func wordID(_ token: Token, correctingTypos: Bool = true) -> Int32? {
        lookup(token, correctingTypos: correctingTypos)?.id
    }

    /// The word id of a token, and whether only typo correction found it.
    func lookup(_ token: Token, correctingTypos: Bool = true) -> (id: Int32, corrected: Bool)? {
        let form = fold(token.text)
        if let id = knownID(token, form: form) { return (id, false) }
        guard correctingTypos, token.kind == .word, let id = typo(Array(form.unicodeScalars)) else { return nil }
        return (id, true)
    }

    /// The word id of a token as written (`form`, folded), or with repeated letters squeezed ("yesss"); no typo correction.
    private func knownID(_ token: Token, form: String) -> Int32? {
        if let id = words[form] { return id }
        guard token.kind == .word else { return nil }
        let scalars = Array(form.unicodeScalars)
        guard scalars.count >= 2 else { return nil }
        // "yesss", "okkk", "pleeease": squeeze runs, then doubles.
        var hasRun = false
        for i in 1..<scalars.count where scalars[i] == scalars[i - 1] { hasRun = true; break }
        if hasRun {
            for keep in [1, 2] {
                var out = String.UnicodeScalarView()
                var run = 0
                for (i, s) in scalars.enumerated() {
                    run = (i > 0 && scalars[i - 1] == s) ? run + 1 : 1
                    if run <= keep { out.append(s) }
                }
                if let id = words[String(out)] { return id }
            }
        }
        return nil
    }

    /// The vocabulary word within a small edit distance (1, or 2 for long words, though not onto a cancel or opt-out word), if
    /// exactly one is nearest.
    private func typo(_ s: [Unicode.Scalar]) -> Int32? {
        let n = s.count
        guard n >= 5, s.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        let limit = n >= 8 ? 2 : 1
        var best: Int32? = nil
        var bestDistance = limit + 1
        var tie = false
        var tied: [Int32] = []
        for length in (n - limit)...(n + limit) {
            guard let byFirst = typoTargets[length] else { continue }
            for first in [s[0], s[1]] {
                guard let candidates = byFirst[first] else { continue }
                for (word, id) in candidates {
                    let d = Language.distance(s, word, limit: bestDistance)
                    if d < bestDistance { bestDistance = d; best = id; tie = false; tied = [] }
                    else if d == bestDistance && best != id { tie = true; tied.append(id) }
                }
            }
        }
        // A tie between forms that mean the same ("отмените", "отменить") is no tie.
        if tie, let b = best, let meaning = singleWordTags[b],
           tied.allSatisfy({ other in (singleWordTags[other] ?? []).contains { $0 != .known && $0 != .filler && meaning.contains($0) } }) {
            return b
        }
        // Two edits never make a word destructive: "olvidaba" (I forgot) is no "olvidalo" (forget it, cancel).
        if bestDistance == 2, let b = best, (singleWordTags[b] ?? []).contains(where: { $0 == .cancel || $0 == .optout || $0 == .optoutAlone }) {
            return nil
        }
        return tie ? nil : best
    }

    /// Optimal string alignment distance (a swap of neighbours costs 1), cut off above `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        // Three rows on the stack, not three arrays on the heap: thousands of comparisons a batch.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            var prev2 = buffer.baseAddress!, prev = prev2 + (m + 1), cur = prev + (m + 1)
            for j in 0...m { prev2[j] = 0; prev[j] = j; cur[j] = 0 }
            for i in 1...n {
                cur[0] = i
                var rowMin = cur[0]
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                    cur[j] = v
                    rowMin = min(rowMin, v)
                }
                if rowMin > limit { return limit + 1 }
                (prev2, prev, cur) = (prev, cur, prev2)
            }
            return prev[m]
        }
    }

    /// Groups tokens into items, longest vocabulary phrase first.
    func items(_ tokens: [Token], correctingTypos: Bool = true) -> [Item] {
        var ids = [Int32](repeating: -1, count: tokens.count)
        var tokens = tokens
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .compound: ids[i] = -1
            case .number: ids[i] = words[t.text] ?? -1
            default:
                if let found = lookup(t, correctingTypos: correctingTypos) { ids[i] = found.id; tokens[i].corrected = found.corrected }
            }
        }
        var items: [Item] = []
        items.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            var matched: Phrase? = nil
            if ids[i] >= 0, let phrases = phrasesByFirst[ids[i]] {
                for p in phrases where p.ids.count <= tokens.count - i {
                    var ok = true
                    for k in 1..<p.ids.count where ids[i + k] != p.ids[k]
                        || tokens[i + k - 1].kind == .number && tokens[i + k].kind == .word && tokens[i + k].glued != p.gluedToNumber[k] {
                        ok = false; break
                    }
                    if ok { matched = p; break }
                }
            }
            if let p = matched {
                var tags = p.tags
                if p.ids.count == 1, tokens[i].kind == .number, !tags.contains(where: { if case .number = $0 { true } else { false } }) {
                    tags.append(.number(tokens[i].value))
                }
                items.append(Item(tags: tags, token: tokens[i], count: p.ids.count))
                i += p.ids.count
            } else {
                let tags: [Tag] = tokens[i].kind == .number ? [.number(tokens[i].value)] : []
                items.append(Item(tags: tags, token: tokens[i], count: 1))
                i += 1
            }
        }
        return items
    }

    /// How much a reply looks like this language: known words, its script, its hint letters.
    func affinity(_ tokens: [Token]) -> Int {
        var score = 0
        // Word ids of this script's words, for the phrase check below (nil for anything else).
        var ids = [Int32?](repeating: nil, count: tokens.count)
        var known = 0
        for (i, t) in tokens.enumerated() where t.kind == .word {
            guard let first = t.text.unicodeScalars.first else { continue }
            if Normaliser.isCyrillic(first) != cyrillic { continue }
            score += 2
            if let id = words[fold(t.text)] { score += 3; ids[i] = id; known += 1 }
            for s in t.text.unicodeScalars where hints.contains(s) { score += 4; break }
        }
        for t in tokens where t.kind == .punctuation {
            if let s = t.text.unicodeScalars.first, hints.contains(s) { score += 4 }
        }
        // Whole phrases of the language settle near ties between neighbours that share most words ("para de me mandar" is
        // Portuguese word order, "para de mandarme" Spanish).
        guard known >= 2 else { return score }
        for i in ids.indices {
            guard let id = ids[i], let phrases = phrasesByFirst[id] else { continue }
            if let p = phrases.first(where: { $0.ids.count >= 2 && i + $0.ids.count <= ids.count
                && zip($0.ids, ids[i...]).allSatisfy { $0.0 == $0.1 } }) {
                score += p.ids.count - 1
            }
        }
        return score
    }
}
