import Foundation

/// What a word or phrase of the vocabulary means to the matcher.
enum Tag: Sendable, Hashable {
    // intent words
    case yes, yesWeak, no, cancel, reschedule, late, optout, optoutAlone, optin, optinAlone
    case help, helpAlone, question, dispute, unsure, positiveIdiom, negation, clauseBreak, appointment, filler, known
    /// "because": what follows in its clause is a reason, not a request; "I'll call", "melde mich": a plan to get in touch later.
    case reason, laterContact
    /// "thanks for yesterday", "merci pour hier": about a visit that is over, so its yes words confirm nothing upcoming.
    case pastVisit
    /// "I'm at work", "trabajo", "на работе": a reason the client can't at the time named in its clause; after an offer that
    /// time is given up, like one refused.
    case busy
    case sensitive(Sensitivity)
    // choices and numbers
    case choiceMarker, ordinal(Int), choiceTrailer, number(Int)
    // time words
    case at, am, pm, oclock, named(Int), minutesBefore(Int), minutesAfter(Int)
    /// A morning or evening mark that counts only written against the number: the "a" of "10a", the "p" of "5p".
    case amGlued, pmGlued
    case after, before, between, range, this, next, afterNext, inWord, sameTime, connector, ordinalSuffix, insteadOf, until, counted, noneOfThem
    case weekday(Int), month(Int), relativeDay(Int), unit(TimeUnit), part(Int)
    /// A day of the month written as a word ("the twenty-second"); a length of time in minutes ("half an hour").
    case dayOfMonth(Int), duration(Int), dayArticle
    /// A phrase of several words that starts with a negation word of its own ("не смогу прийти", "не пропущу", "can't
    /// make it"): a negation right before it only emphasises it ("ни за что не смогу прийти", "never can't"), as in
    /// languages with negative concord. Set when the catalogue is compiled, not written in it.
    case opensWithNegation
    /// A weekday phrase that holds a word for "next" ("giovedì prossimo", "prossimo lunedì"): the first such day after today,
    /// never today itself. Set when the catalogue is compiled.
    case upcoming
}

extension Tag {
    /// The tag's bit in `Item.flags`, for the tags without a value.
    var flag: UInt64? {
        let bit: Int
        switch self {
        case .yes: bit = 0
        case .yesWeak: bit = 1
        case .no: bit = 2
        case .cancel: bit = 3
        case .reschedule: bit = 4
        case .late: bit = 5
        case .optout: bit = 6
        case .optoutAlone: bit = 7
        case .optin: bit = 8
        case .optinAlone: bit = 9
        case .help: bit = 10
        case .helpAlone: bit = 11
        case .question: bit = 12
        case .dispute: bit = 13
        case .unsure: bit = 14
        case .positiveIdiom: bit = 15
        case .negation: bit = 16
        case .clauseBreak: bit = 17
        case .appointment: bit = 18
        case .filler: bit = 19
        case .known: bit = 20
        case .reason: bit = 21
        case .laterContact: bit = 22
        case .choiceMarker: bit = 23
        case .choiceTrailer: bit = 24
        case .at: bit = 25
        case .am: bit = 26
        case .pm: bit = 27
        case .oclock: bit = 28
        case .amGlued: bit = 29
        case .pmGlued: bit = 30
        case .after: bit = 31
        case .before: bit = 32
        case .between: bit = 33
        case .range: bit = 34
        case .this: bit = 35
        case .next: bit = 36
        case .inWord: bit = 37
        case .sameTime: bit = 38
        case .connector: bit = 39
        case .ordinalSuffix: bit = 40
        case .insteadOf: bit = 41
        case .dayArticle: bit = 42
        case .opensWithNegation: bit = 43
        case .pastVisit: bit = 44
        case .upcoming: bit = 45
        case .busy: bit = 46
        case .until: bit = 47
        case .counted: bit = 48
        case .noneOfThem: bit = 49
        case .afterNext: bit = 50
        case .sensitive, .ordinal, .number, .named, .minutesBefore, .minutesAfter, .weekday, .month, .relativeDay, .unit, .part,
             .dayOfMonth, .duration: return nil
        }
        return 1 << UInt64(bit)
    }
}

enum TimeUnit: String, Sendable, Hashable { case minute, hour, day, week, month, weekend }

/// A part of the day in wall-clock minutes, e.g. afternoon 12:00–17:00.
struct PartOfDay: Sendable {
    var name: String
    var from: Int
    var to: Int
    var pm: Bool?
    var day: Int?
}

/// A compiled phrase: its word ids and what it means.
struct Phrase: Sendable {
    var ids: [Int32]
    var tags: [Tag]
    /// Per word, whether it is written against the number before it ("3ª", "1st"): such a phrase matches only glued.
    var gluedToNumber: [Bool] = []
}

/// One language compiled for matching: words as ids, phrases by their first word, typo buckets.
/// A class, shared by reference: its tables are built once in `init` and never changed after (hence `@unchecked Sendable`),
/// and a reply passes its language through many readings that copied every table reference each time as a struct.
public final class Language: @unchecked Sendable {
    /// The locale key, e.g. "en".
    public let locale: String
    /// True when the language is written in Cyrillic.
    let cyrillic: Bool
    let foldAccents: Bool
    /// Whether common nouns are capitalised (German): a capitalised word is then no sign of a person's name.
    let capitalisedNouns: Bool
    let letters: [Unicode.Scalar: String]
    let hints: Set<Unicode.Scalar>
    let dateOrderDMY: Bool
    let dateOrderZones: [(prefix: String, dmy: Bool)]
    /// Whether a small number right after a weekday is first a day of the month ("jueves 3", "jeudi 3": the 3rd, when that is a
    /// Thursday soon), as in the Romance languages, Dutch and German; English reads "Thursday 3" as three o'clock.
    let weekdayDayNumbers: Bool
    /// What staff write on their own channel to close a hand-over, as `staffDoneKey` makes them.
    let staffDone: Set<String>
    private(set) var words: [String: Int32] = [:]
    private(set) var phrasesByFirst: [Int32: [Phrase]] = [:]
    /// Words a typo may be corrected to, by length then first letter.
    /// The words of this language's bare opt-out keywords: a reply with none of them is no such keyword here.
    private(set) var optoutAloneWords = Set<Int32>()
    /// Whether any of those words is written in Cyrillic, and any in another script: a word of the other script is no such
    /// keyword here, without folding it.
    private(set) var optoutCyrillic = false, optoutOtherScript = false
    /// Words typo correction may land on, by length and first letter, as scalars (compared many times a reply).
    private(set) var typoTargets: [Int: [Unicode.Scalar: [(scalars: [Unicode.Scalar], id: Int32)]]] = [:]
    private(set) var parts: [PartOfDay] = []
    /// What a one-word phrase means, to settle typo ties between forms of one word.
    private(set) var singleWordTags: [Int32: [Tag]] = [:]

    init(file: LanguageFile, fileName: String, normaliser: Normaliser, symbols: [String: String]) throws {
        locale = file.locale
        staffDone = Set((file.staff_done ?? []).map(Self.staffDoneKey))
        cyrillic = file.script == "cyrillic"
        foldAccents = file.fold_accents ?? false
        capitalisedNouns = file.capitalised_nouns ?? false
        var letters: [Unicode.Scalar: String] = [:]
        for (k, v) in file.letters ?? [:] {
            guard let s = k.unicodeScalars.first, k.unicodeScalars.count == 1 else {
                throw CatalogueError(file: fileName, message: "letters: \"\(k)\" must be one letter")
            }
            letters[s] = v
        }
        self.letters = letters
        hints = Set((file.hints ?? "").unicodeScalars)
        dateOrderDMY = (file.date_order ?? "dmy") != "mdy"
        dateOrderZones = (file.date_order_zones ?? [:]).map { ($0.key, $0.value != "mdy") }
        weekdayDayNumbers = file.time.weekday_day_numbers ?? false

        var pending: [(String, [Tag], String)] = []
        func add(_ list: [String]?, _ tags: [Tag], key: String) { for p in list ?? [] { pending.append((p, tags, key)) } }
        let wordKeys: [String: [Tag]] = [
            "yes": [.yes], "yes_weak": [.yesWeak], "no": [.no], "cancel": [.cancel], "reschedule": [.reschedule],
            "late": [.late], "optout": [.optout], "optout_alone": [.optoutAlone], "optin": [.optin],
            "optin_alone": [.optinAlone], "help": [.help], "help_alone": [.helpAlone], "question": [.question],
            "dispute": [.dispute], "unsure": [.unsure], "positive_idioms": [.positiveIdiom], "negations": [.negation],
            "clause_breaks": [.clauseBreak], "appointment": [.appointment], "filler": [.filler], "not_typos": [.known],
            "reasons": [.reason], "later_contact": [.laterContact], "past_visit": [.pastVisit],
            "busy": [.busy], "counted": [.counted], "none_of_them": [.noneOfThem, .no],
        ]
        for (key, list) in file.words {
            guard let tags = wordKeys[key] else {
                throw CatalogueError(file: fileName, message: "words.\(key): unknown key; known keys are \(wordKeys.keys.sorted().joined(separator: ", "))")
            }
            add(list, tags, key: "words.\(key)")
        }
        for (key, list) in file.sensitive ?? [:] {
            guard let s = Sensitivity(rawValue: key) else {
                throw CatalogueError(file: fileName, message: "sensitive.\(key): unknown key; use anger, health or legal")
            }
            add(list, [.sensitive(s)], key: "sensitive.\(key)")
        }
        add(file.choices?.markers, [.choiceMarker], key: "choices.markers")
        add(file.choices?.trailers, [.choiceTrailer], key: "choices.trailers")
        for (p, n) in file.choices?.ordinals ?? [:] { pending.append((p, [.ordinal(n)], "choices.ordinals")) }
        for (p, n) in file.numbers ?? [:] { pending.append((p, [.number(n)], "numbers")) }
        let t = file.time
        add(t.at, [.at], key: "time.at"); add(t.am, [.am], key: "time.am"); add(t.pm, [.pm], key: "time.pm")
        add(t.am_glued, [.amGlued], key: "time.am_glued"); add(t.pm_glued, [.pmGlued], key: "time.pm_glued")
        add(t.oclock, [.oclock], key: "time.oclock"); add(t.after, [.after], key: "time.after")
        add(t.before, [.before], key: "time.before"); add(t.between, [.between], key: "time.between")
        add(t.range, [.range], key: "time.range"); add(t.this, [.this], key: "time.this")
        add(t.next, [.next], key: "time.next"); add(t.after_next, [.afterNext], key: "time.after_next")
        add(t.in, [.inWord], key: "time.in")
        add(t.same_time, [.sameTime], key: "time.same_time"); add(t.connectors, [.connector], key: "time.connectors")
        add(t.day_articles, [.dayArticle], key: "time.day_articles"); add(t.instead_of, [.insteadOf], key: "time.instead_of")
        add(t.until, [.until], key: "time.until")
        add(t.ordinal_suffixes, [.ordinalSuffix], key: "time.ordinal_suffixes")
        for (p, v) in t.named ?? [:] {
            guard let m = Language.minutes(v) else {
                throw CatalogueError(file: fileName, message: "time.named.\(p): \"\(v)\" is not a time like \"12:00\"")
            }
            pending.append((p, [.named(m)], "time.named"))
        }
        for (p, v) in t.minutes_before_hour ?? [:] { pending.append((p, [.minutesBefore(v)], "time.minutes_before_hour")) }
        for (p, v) in t.minutes_after_hour ?? [:] { pending.append((p, [.minutesAfter(v)], "time.minutes_after_hour")) }
        guard t.weekdays.count == 7 else {
            throw CatalogueError(file: fileName, message: "time.weekdays: needs 7 lists (Monday first), found \(t.weekdays.count)")
        }
        guard t.months.count == 12 else {
            throw CatalogueError(file: fileName, message: "time.months: needs 12 lists (January first), found \(t.months.count)")
        }
        for (i, list) in t.weekdays.enumerated() { add(list, [.weekday(i)], key: "time.weekdays") }
        for (i, list) in t.months.enumerated() { add(list, [.month(i + 1)], key: "time.months") }
        for (p, n) in t.relative_days ?? [:] { pending.append((p, [.relativeDay(n)], "time.relative_days")) }
        for (p, n) in t.days_of_month ?? [:] {
            guard (1...31).contains(n) else {
                throw CatalogueError(file: fileName, message: "time.days_of_month.\(p): \(n) is not a day of the month (1-31)")
            }
            pending.append((p, [.dayOfMonth(n)], "time.days_of_month"))
        }
        for (p, n) in t.durations ?? [:] {
            guard (1...24 * 60).contains(n) else {
                throw CatalogueError(file: fileName, message: "time.durations.\(p): \(n) minutes is not between 1 and 1440")
            }
            pending.append((p, [.duration(n)], "time.durations"))
        }
        for (key, list) in t.units ?? [:] {
            guard let u = TimeUnit(rawValue: key) else {
                throw CatalogueError(file: fileName, message: "time.units.\(key): unknown unit; use minute, hour, day, week, month or weekend")
            }
            add(list, [.unit(u)], key: "time.units.\(key)")
        }
        for (i, part) in (t.parts_of_day ?? []).enumerated() {
            guard let from = Language.minutes(part.from), let to = Language.minutes(part.to) else {
                throw CatalogueError(file: fileName, message: "time.parts_of_day.\(part.name): from/to must be times like \"12:00\"")
            }
            parts.append(PartOfDay(name: part.name, from: from, to: to,
                                   pm: part.meridiem.map { $0 == "pm" }, day: part.day))
            add(part.words, [.part(i)], key: "time.parts_of_day.\(part.name)")
        }
        for (symbol, meaning) in symbols {
            let tag: Tag
            switch meaning {
            case "yes": tag = .yes
            case "yes_weak": tag = .yesWeak
            case "no": tag = .no
            default:
                guard let s = Sensitivity(rawValue: meaning) else {
                    throw CatalogueError(file: fileName, message: "symbols.\(symbol): \"\(meaning)\" must be yes, yes_weak, no, anger, health or legal")
                }
                tag = .sensitive(s)
            }
            pending.append((symbol, [tag], "symbols"))
        }

        // Compile: every phrase is normalised exactly like a reply.
        var merged: [[Int32]: [Tag]] = [:]
        var glue: [[Int32]: [Bool]] = [:]
        for (text, tags, key) in pending {
            let tokens = normaliser.tokenize(text)
            guard !tokens.isEmpty else {
                throw CatalogueError(file: fileName, message: "\(key): \"\(text)\" is empty after normalisation")
            }
            var ids: [Int32] = []
            for token in tokens {
                let form = fold(token.text)
                if let id = words[form] { ids.append(id) } else {
                    let id = Int32(words.count)
                    words[form] = id
                    ids.append(id)
                }
            }
            if glue[ids] == nil {
                glue[ids] = tokens.indices.map { $0 > 0 && tokens[$0 - 1].kind == .number && tokens[$0].kind == .word && tokens[$0].glued }
            }
            var existing = merged[ids] ?? []
            for tag in tags where !existing.contains(tag) { existing.append(tag) }
            merged[ids] = existing
        }
        // Phrases that negate themselves: their first word is one of the language's single-word negations.
        let negationWords = Set(merged.compactMap { ids, tags in ids.count == 1 && tags.contains(.negation) ? ids[0] : nil })
        for (ids, tags) in merged where ids.count > 1 && negationWords.contains(ids[0]) && !tags.contains(.negation) {
            merged[ids] = tags + [.opensWithNegation]
        }
        let nextWords = Set(merged.compactMap { ids, tags in ids.count == 1 && tags.contains(.next) ? ids[0] : nil })
        for (ids, tags) in merged where ids.count > 1 && ids.contains(where: nextWords.contains)
            && tags.contains(where: { if case .weekday = $0 { true } else { false } }) {
            merged[ids] = tags + [.upcoming]
        }
        var typoWorthy = Set<Int32>()
        for (ids, tags) in merged where tags.contains(where: { $0 != .known && $0 != .filler }) {
            for id in ids { typoWorthy.insert(id) }
        }
        for (ids, tags) in merged {
            if tags.contains(.optoutAlone) { optoutAloneWords.formUnion(ids) }
            if tags.contains(.optoutAlone) {
                for (word, id) in words where ids.contains(id) {
                    if Self.isCyrillic(word) { optoutCyrillic = true } else { optoutOtherScript = true }
                }
            }
            if ids.count == 1 { singleWordTags[ids[0]] = tags }
            phrasesByFirst[ids[0], default: []].append(Phrase(ids: ids, tags: tags, gluedToNumber: glue[ids] ?? []))
        }
        for key in phrasesByFirst.keys { phrasesByFirst[key]!.sort { $0.ids.count > $1.ids.count } }
        for (word, id) in words {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 5, typoWorthy.contains(id), scalars.allSatisfy({ $0.properties.isAlphabetic }) else { continue }
            typoTargets[scalars.count, default: [:]][scalars[0], default: []].append((scalars, id))
        }
    }

    static func minutes(_ text: String) -> Int? {
        let p = text.split(separator: ":")
        guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    /// The language's own folding: accents stripped where it allows, letter pairs such as ё → е.
    /// Whether a word starts with a Cyrillic letter.
    static func isCyrillic(_ word: String) -> Bool { word.unicodeScalars.first.map { (0x0400...0x052F).contains($0.value) } ?? false }

    /// Whether the word may be one of the bare opt-out keywords: one of them folds to it. Checks the script first.
    func mayOptOut(_ word: String) -> Bool {
        guard Self.isCyrillic(word) ? optoutCyrillic : optoutOtherScript else { return false }
        return words[fold(word)].map(optoutAloneWords.contains) ?? false
    }

    func fold(_ text: String) -> String {
        var ascii = true
        for b in text.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return text }
        var s = text
        if foldAccents {
            var out = String.UnicodeScalarView()
            for c in s.decomposedStringWithCanonicalMapping.unicodeScalars
            where !(0x0300...0x036F).contains(c.value) { out.append(c) }
            s = String(out)
        }
        if !letters.isEmpty {
            var out = ""
            for c in s.unicodeScalars {
                if let r = letters[c] { out += r } else { out.unicodeScalars.append(c) }
            }
            s = out
        }
        return s
    }

    /// Day-month order for a numeric date in a zone ("5/6" is 5 June in London, May 6 in New York).
    func dayFirst(in zone: TimeZone) -> Bool {
        for (prefix, dmy) in dateOrderZones where zone.identifier.hasPrefix(prefix) { return dmy }
        return dateOrderDMY
    }
}

extension Language {
    /// A staff reply as it is compared with `staff_done`: its letters only, lower case, without accents
    /// ("Erledigt!" and "erledigt" are one; "c'est réglé" is "cestregle").
    static func staffDoneKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter(\.isLetter)
    }
}
