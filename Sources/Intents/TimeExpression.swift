import Foundation

/// A clock time as written: "4", "4pm", "16:00", "half past four".
struct ClockTime: Sendable, Equatable {
    var hour: Int
    var minute: Int
    var pm: Bool?
    /// Written on a 24-hour clock ("16:00", "09:30"): no am/pm to settle.
    var twentyFour: Bool
}

enum Bound: Sendable { case after, before, between }

/// Everything a reply says about time, before it is resolved against `now`.
struct TimeExpression: Sendable {
    var relativeDay: Int?
    var weekday: Int?
    var weekModifier: Tag?          // .this, .next, .afterNext or .upcoming
    var day: Int?                   // day of the month
    var month: Int?
    var year: Int?
    var period: (unit: TimeUnit, offset: Int)?
    var amount: (n: Int, unit: TimeUnit)?
    var sameTime = false
    var part: Int?
    var clock: ClockTime?
    var endClock: ClockTime?
    var bound: Bound?
    /// A lone number that may be an hour ("can we do 5 instead"); used only when the reply is about time.
    var bareHour: ClockTime?
    /// A number right after a weekday ("vendredi 15", "friday 15"): the day of the month when that date falls on that weekday
    /// soon, else an hour on a 24-hour clock. Settled when resolving, which knows the date.
    var weekdayNumber: Int?
    /// Minutes of a duration ("10 min", "half an hour"), for running late.
    var durationMinutes: Int?
    /// The language's parts of the day, to read `part`.
    var parts: [PartOfDay] = []

    var isEmpty: Bool {
        relativeDay == nil && weekday == nil && day == nil && month == nil && period == nil && amount == nil
            && !sameTime && part == nil && clock == nil
    }
    var hasDay: Bool { relativeDay != nil || weekday != nil || day != nil }

    /// The day another expression names, for a time of day named apart from it ("Thursday … but at 6").
    mutating func takeDay(of other: TimeExpression) {
        relativeDay = other.relativeDay
        weekday = other.weekday
        weekModifier = other.weekModifier
        day = other.day
        month = other.month
        year = other.year
        if weekdayNumber == nil { weekdayNumber = other.weekdayNumber }
    }

    /// The time of day another expression names, for a day named apart from it ("а в 3 можно? во вторник").
    mutating func takeTimeOfDay(of other: TimeExpression) {
        clock = other.clock
        bareHour = other.bareHour
        endClock = other.endClock
        bound = other.bound
    }
}

extension TimeExpression {
    /// Reads time words from the items; `used` marks items already taken (a choice number).
    init(items: [Item], used: Set<Int>, language: Language, dayFirst: Bool) {
        self.init()
        parts = language.parts
        var taken = used
        let n = items.count
        func tag(_ i: Int, _ t: Tag) -> Bool { i >= 0 && i < n && !taken.contains(i) && items[i].has(t) }
        func number(_ i: Int) -> Int? { (i >= 0 && i < n && !taken.contains(i)) ? items[i].number : nil }
        func unit(_ i: Int) -> TimeUnit? {
            guard i >= 0, i < n else { return nil }
            for t in items[i].tags { if case .unit(let u) = t { return u } }
            return nil
        }
        func ordinal(_ i: Int) -> Int? {
            guard i >= 0, i < n, !taken.contains(i) else { return nil }
            for t in items[i].tags { if case .ordinal(let k) = t { return k } }
            return nil
        }
        func monthAt(_ i: Int) -> Int? {
            guard i >= 0, i < n else { return nil }
            for t in items[i].tags { if case .month(let m) = t { return m } }
            return nil
        }
        // Pass 1: days, dates, periods, durations.
        var i = 0
        while i < n {
            let item = items[i]
            if taken.contains(i) { i += 1; continue }
            for t in item.tags {
                switch t {
                case .relativeDay(let d): if relativeDay == nil { relativeDay = d }
                case .weekday(let w):
                    if weekday == nil {
                        weekday = w
                        var k = i - 1
                        while k >= 0, items[k].has(.at) || items[k].has(.connector) { k -= 1 }
                        if item.has(.upcoming) { weekModifier = .upcoming }
                        else if tag(k, .afterNext) || tag(i + 1, .afterNext) { weekModifier = .afterNext }
                        else if tag(k, .next) || tag(i + 1, .next) { weekModifier = .next }
                        else if tag(k, .this) || tag(i + 1, .this) { weekModifier = .this }
                    }
                case .part(let p):
                    if part == nil { part = p }
                    if tag(i - 1, .this), relativeDay == nil { relativeDay = 0 }
                case .sameTime: sameTime = true
                case .oclock where unit(i) == nil && amount == nil && tag(i - 2, .inWord) && !tag(i - 2, .at):
                    // "dans 2 heures", "over 2 uur": an o'clock word after "in" and a number is a number of hours.
                    if let c = number(i - 1) {
                        amount = (c, .hour)
                        taken.insert(i - 1)
                    }
                case .unit(.weekend):
                    // "this weekend", "el finde", "на выходных": the coming Saturday and Sunday; "next weekend" the one after.
                    if period == nil {
                        var k = i - 1
                        while k >= 0, items[k].has(.connector) || items[k].has(.filler) && !items[k].has(.next) { k -= 1 }
                        period = (.weekend, tag(k, .afterNext) || tag(i + 1, .afterNext) ? 2 : tag(k, .next) || tag(i + 1, .next) ? 1 : 0)
                    }
                case .unit(let u):
                    // "next week", "this month", "in 3 days", "через неделю", "10 min".
                    var k = i - 1
                    var count: Int? = nil
                    // "в 3 часа", "3 часа дня": an o'clock word after "at" or before a part of the day is the hour's, not hours.
                    let clockWord = item.has(.oclock) && (k > 0 && items[k - 1].has(.at) || i + 1 < items.count && items[i + 1].namesPartOfDay)
                    if !clockWord, let c = number(k) { count = c; taken.insert(k); k -= 1 }
                    else if k >= 0, items[k].has(.filler), !items[k].has(.inWord) { k -= 1 }
                    // The first named counts, like a weekday: "next week? this week is chaos" asks for next week.
                    if tag(k, .afterNext) || tag(i + 1, .afterNext), count == nil, u == .week || u == .month {
                        // "übernächste Woche", "the week after next".
                        period = period ?? (u, 2)
                    } else if tag(k, .next) || tag(k, .this), count == nil, u == .week || u == .month {
                        period = period ?? (u, items[k].has(.next) ? 1 : 0)
                    } else if tag(i + 1, .next) || tag(i + 1, .this), count == nil, u == .week || u == .month {
                        // "la semana que viene", "el mes que viene".
                        period = period ?? (u, items[i + 1].has(.next) ? 1 : 0)
                    } else if tag(k, .inWord) {
                        amount = (count ?? 1, u)
                    }
                    if let c = count, u == .minute || u == .hour, durationMinutes == nil { durationMinutes = u == .hour ? c * 60 : c }
                case .dayOfMonth(let d):
                    if day == nil { day = d; taken.insert(i) }
                case .duration(let m):
                    // "in an hour", "dans une demi-heure", "через полчаса": a length of time after "in" is that long from now.
                    if durationMinutes == nil { durationMinutes = m }
                    if amount == nil, unit(i + 1) == nil, tag(i - 1, .inWord), !tag(i - 1, .at) {
                        amount = (m, .minute)
                        taken.insert(i)
                    }
                case .month(let m):
                    if month == nil {
                        month = m
                        // "23 Nov", "23 de noviembre", "23rd of November"; or "Nov 23", "November the 23rd".
                        var k = i - 1
                        while k >= 0, items[k].has(.connector) || items[k].has(.ordinalSuffix) { k -= 1 }
                        if let d = number(k) ?? ordinal(k), (1...31).contains(d) { day = d; taken.insert(k) }
                        else {
                            var j = i + 1
                            while j < n, items[j].has(.connector) { j += 1 }
                            if let d = number(j) ?? ordinal(j), (1...31).contains(d), !(j + 1 < items.count && items[j + 1].marksHalfOfDay), !items.indices.contains(j + 1) || !items[j + 1].token.text.contains(":") {
                                day = d; taken.insert(j)
                                if let y = number(j + 1), y >= 2000, y < 2100 { year = y; taken.insert(j + 1) }
                            }
                        }
                    }
                default: break
                }
            }
            // "23/11", "11/23/2026", "23.11"; after "at" too when it cannot be a clock time people write ("на 5.12", not "в 17.10").
            if case .compound(let sep, let parts, _) = item.token.kind, day == nil,
               sep == "/" || (sep == "." && parts[1] <= 12 && (!tag(i - 1, .at) || parts[1] % 5 != 0 || parts[0] > 24)) {
                var (d, m) = dayFirst ? (parts[0], parts[1]) : (parts[1], parts[0])
                if m > 12, d <= 12 { swap(&d, &m) }
                if (1...31).contains(d), (1...12).contains(m) {
                    day = d; month = m
                    if parts.count == 3 { year = parts[2] < 100 ? 2000 + parts[2] : parts[2] }
                    taken.insert(i)
                }
            }
            // "the 23rd", "23-го": a number with an ordinal suffix, not near a month.
            // The suffix written against the number: "23rd", "28-го", not the "a" of "5 a 7" ("ª" folds to "a").
            if day == nil, let d = number(i), (1...31).contains(d), tag(i + 1, .ordinalSuffix), items[i + 1].token.glued {
                day = d; taken.insert(i); taken.insert(i + 1)
            }
            i += 1
        }
        // A day-only ordinal word ("the 23rd" as one phrase) when not a choice.
        if day == nil, month == nil {
            for k in 0..<n where !taken.contains(k) {
                if let d = ordinal(k), d >= 1, d <= 31, items[k].token.kind == .number { day = d; taken.insert(k); break }
            }
        }

        // A day of the month alone, after a day's article ("le 28", "el 28", "il 28", "am 27.", "no dia 28", "le vingt-sept"),
        // after a weekday ("mardi 24", "lunedì 30") or before a day's word ("28-го", "28 числа"). Only 13 to 31: smaller
        // numbers are hours and options as often as days.
        // "l'acconto di 20 €": an amount of money is no day.
        if day == nil, month == nil {
            for k in 0..<n where !taken.contains(k) && !Self.isMoney(k, in: items) {
                guard let d = number(k) else { continue }
                let weekdayBefore = k > 0 && items[k - 1].isWeekday
                guard (13...31).contains(d) || language.weekdayDayNumbers && weekdayBefore && (1...12).contains(d) && items[k].token.kind == .number
                else { continue }
                let before = tag(k - 1, .connector) && !tag(k - 1, .at)
                let after = tag(k + 1, .connector) && items[k].token.kind == .number
                // Not an hour ("15h", "3 pm"), a length ("15 min") or a range's start ("Mittwoch 14-16 Uhr").
                let clockNext = k + 1 < n && (items[k + 1].has(.oclock) || items[k + 1].marksHalfOfDay
                    || items[k + 1].has(.range) && !items[k + 1].has(.at) || items[k + 1].tags.contains { if case .unit = $0 { true } else { false } })
                if clockNext { continue }
                if before || after { day = d; taken.insert(k); break }
                if weekdayBefore { weekdayNumber = d; taken.insert(k); break }
            }
        }

        // An ordinal word after a weekday is that weekday's day of the month: "el martes primero", "Dienstag, der erste",
        // "dinsdag de eerste" (Tuesday the 1st, so December's). After an offer the options took theirs first.
        if day == nil, month == nil, weekdayNumber == nil {
            for k in 0..<n where !taken.contains(k) && items[k].token.kind == .word {
                guard let d = ordinal(k), (1...31).contains(d), !(k + 1 < n && items[k + 1].has(.choiceTrailer)) else { continue }
                if items.weekday(beside: k, after: false, overCommas: true, within: 3) != nil {
                    weekdayNumber = d; taken.insert(k); break
                }
            }
        }

        // A day of the month after a day's article, any day from 1: "el 12", "le 4 à 9h30", "am vierten um halb zehn",
        // "dia dois às 11h". Options are read before this, so after an offer "el 2" is still the second option.
        if day == nil, month == nil {
            // Or an ordinal word before a day's word that ends the reply or comes before a time: "на третье число",
            // "третьего числа в 11" (not "first of all").
            let dayWordAt = { (k: Int) -> Bool in
                guard items[k].token.kind == .word, ordinal(k) != nil, tag(k + 1, .connector), !tag(k + 1, .at), !items[k + 1].isPunctuation,
                      !(k > 0 && (items[k - 1].has(.choiceMarker) || items[k - 1].has(.dayArticle) && !items[k - 1].has(.at))) else { return false }
                guard k + 2 < n else { return true }
                let next = items[k + 2]
                return next.isPunctuation || next.has(.at) || ReplyMatcher.namesTime(next)
            }
            for k in 0..<n where !taken.contains(k) && !Self.isMoney(k, in: items) && (tag(k - 1, .dayArticle) || dayWordAt(k)) {
                guard let d = number(k) ?? (items[k].token.kind == .word ? ordinal(k) : nil), (1...31).contains(d),
                      !(k + 1 < n && items[k + 1].has(.choiceTrailer)) else { continue }
                let clockNext = k + 1 < n && (items[k + 1].has(.oclock) || items[k + 1].marksHalfOfDay
                    || items[k + 1].tags.contains { if case .unit = $0 { true } else { false } })
                if !clockNext { day = d; taken.insert(k); break }
            }
        }

        // Pass 2: clock times, bounds and ranges.
        i = 0
        while i < n {
            if taken.contains(i) { i += 1; continue }
            let item = items[i]
            var named: Int? = nil
            for t in item.tags { if case .named(let m) = t { named = m } }
            if let m = named {
                let c = ClockTime(hour: m / 60, minute: m % 60, pm: nil, twentyFour: true)
                place(c, at: i, items: items, taken: &taken, tag: tag)
                // "from noon to 3", "с часу до трёх".
                if clock == c, let r = TimeExpression.rangeEnd(after: i, items: items, taken: taken, language: language) {
                    endClock = r.time
                    bound = .between
                    for k in (i + 1)...r.last { taken.insert(k) }
                    i = r.last + 1; continue
                }
                i += 1; continue
            }
            if let (c, last) = TimeExpression.clock(at: i, items: items, taken: taken, language: language) {
                for k in i...last { taken.insert(k) }
                // "5-6pm", "2 to 4pm": a bare number before a range that ends on a clock time starts that range, in its half of the day.
                let rangeAhead = !c.strong ? TimeExpression.rangeEnd(after: last, items: items, taken: taken, language: language) : nil
                if c.strong || c.context(i, items: items, tag: tag) || rangeAhead.map({ $0.time.pm != nil || $0.time.twentyFour }) ?? false {
                    var start = c.time
                    if start.pm == nil, let end = rangeAhead?.time, let endPM = end.pm, start.hour <= end.hour { start.pm = endPM }
                    place(start, at: i, items: items, taken: &taken, tag: tag)
                    // "between 3 and 5", "from 3 to 5", "3-5", "с 3 до 5".
                    if clock == start, let r = TimeExpression.rangeEnd(after: last, items: items, taken: taken, language: language) {
                        endClock = r.time
                        bound = .between
                        for k in (last + 1)...r.last { taken.insert(k) }
                        i = r.last + 1; continue
                    }
                } else if bareHour == nil {
                    bareHour = c.time
                }
                i = last + 1; continue
            }
            i += 1
        }
    }

    private mutating func place(_ c: ClockTime, at i: Int, items: [Item], taken: inout Set<Int>, tag: (Int, Tag) -> Bool) {
        // A bound goes with its own clock time: "at half 5 instead? I work until 5" asks for half past five, not until it.
        guard clock == nil || clock == c else { return }
        var k = i - 1
        while k >= 0, items[k].has(.at) && !items[k].has(.after) && !items[k].has(.before) { k -= 1 }
        if k >= 0 {
            if items[k].has(.between) && !items[k].has(.after) { bound = .between }
            else if items[k].has(.after) { bound = .after }
            else if items[k].has(.before) { bound = .before }
        }
        if clock == nil { clock = c }
    }

    struct Candidate {
        var time: ClockTime
        /// Surely a time by its own form: "16:00", "4pm", "half past four", "4 o'clock".
        var strong: Bool
        /// A number that is a time because of its neighbours: "at 4", "Thursday 4", "after 6".
        func context(_ i: Int, items: [Item], tag: (Int, Tag) -> Bool) -> Bool {
            let k = i - 1
            guard k >= 0 else { return false }
            if tag(k, .at) || tag(k, .after) || tag(k, .before) || tag(k, .between) { return true }
            // Right after a day word: "thursday 4", "tomorrow 5", "friday, 3".
            var d = k
            if items[d].isPunctuation, d > 0 { d -= 1 }
            for t in items[d].tags {
                switch t {
                case .weekday, .relativeDay, .part: return true
                default: break
                }
            }
            return false
        }
    }

    /// Currency signs, written before or after an amount.
    static let currency: Set<String> = ["£", "$", "€", "₽", "r$", "¥", "₴", "₺", "₹"]

    /// Whether item `k` is a number with a currency sign beside it: an amount of money, neither an hour nor a day.
    static func isMoney(_ k: Int, in items: [Item]) -> Bool {
        k > 0 && currency.contains(items[k - 1].token.text) || k + 1 < items.count && currency.contains(items[k + 1].token.text)
    }

    /// A clock time starting at item `i`, and the last item it covers.
    static func clock(at i: Int, items: [Item], taken: Set<Int>, language: Language) -> (Candidate, Int)? {
        let n = items.count
        let item = items[i]
        var hour: Int
        var minute = 0
        var strong = false
        var twentyFour = false
        var last = i
        switch item.token.kind {
        case .compound(let sep, let parts, let widths):
            guard parts.count == 2, (0...24).contains(parts[0]), (0...59).contains(parts[1]), widths[1] == 2 else { return nil }
            if sep == "/" { return nil }
            hour = parts[0]; minute = parts[1]; strong = sep == ":" || sep == "h" || sep == "u" || sep == "."
            twentyFour = hour >= 13 || hour == 0 || widths[0] == 2 && parts[0] < 10
        case .number where item.token.text.count == 4 && item.token.value % 100 < 60 && (0...2359).contains(item.token.value)
                && (i > 0 && (items[i - 1].has(.at) || Self.namesDay(items[i - 1])) || i + 1 < n && Self.namesDay(items[i + 1])):
            // "Thursday 1600", "at 0930", "1430 friday": a four-digit time next to a day or after "at".
            hour = item.token.value / 100; minute = item.token.value % 100; strong = true; twentyFour = true
        default:
            guard let h = item.number, (0...24).contains(h) else { return nil }
            // "the Thursday one", "the normal one": a number word that also stands for an option is an hour only after "at" or
            // before a clock word ("at one", "one o'clock", "one pm").
            if item.token.kind == .word, item.has(.choiceTrailer), !(i > 0 && items[i - 1].has(.at)),
               !(i + 1 < n && (items[i + 1].has(.oclock) || items[i + 1].marksHalfOfDay)) { return nil }
            // An amount of money is no hour: "£20", "20€", "$15".
            if isMoney(i, in: items) { return nil }
            // A number that is a duration, a day, a choice or an amount is no hour.
            // "3 часа дня", "5 horas da tarde": a clock word that is also a unit is the hour's when a part of the day follows it.
            let partAfter = i + 2 < n && items[i + 2].namesPartOfDay
            if i + 1 < n, !(items[i + 1].has(.oclock) && (i > 0 && items[i - 1].has(.at) || partAfter)) {
                for t in items[i + 1].tags {
                    switch t {
                    case .unit, .month: return nil
                    // "23rd", "3ª": the suffix written against the number; the "a" of "de 3 a 5" is the range's.
                    case .ordinalSuffix where items[i + 1].token.glued: return nil
                    default: break
                    }
                }
            }
            // "option 2" is no hour; "la 1" is ("entre la 1 y las 3"): a marker that also says "at" (an option picked is taken first).
            if i > 0, items[i - 1].has(.choiceMarker) && !items[i - 1].has(.at) || items[i - 1].has(.inWord) && !items[i - 1].has(.at) { return nil }
            hour = h
            if item.token.kind == .number, item.token.text.count == 2, item.token.text.hasPrefix("0") { twentyFour = true }
            if h >= 13 || h == 0 { twentyFour = true }
            // "four thirty", "4 30".
            if i + 1 < n, !taken.contains(i + 1), let m = items[i + 1].number, m >= 10, m < 60,
               !(i + 2 < n && items[i + 2].tags.contains(where: { if case .unit = $0 { true } else { false } })) {
                minute = m; last = i + 1; strong = true
            }
        }
        // "half past four", "quarter to 5".
        if i > 0 {
            for t in items[i - 1].tags {
                if case .minutesBefore(let d) = t {
                    strong = true
                    if d < 0 { hour = (hour + 23) % 24; minute = 60 + d } else { minute = d }
                }
            }
        }
        // "4 y media", "5 menos cuarto", "4pm", "4 o'clock".
        var pm: Bool? = nil
        var j = last + 1
        while j < n {
            var consumed = false
            for t in items[j].tags {
                switch t {
                case .minutesAfter(let d):
                    if d < 0 { hour = (hour + 23) % 24; minute = 60 + d } else { minute = d }
                    strong = true; consumed = true
                case .am: pm = false; strong = true; consumed = true
                case .pm: pm = true; strong = true; consumed = true
                case .amGlued where j == last + 1 && items[j].token.glued: pm = false; strong = true; consumed = true
                case .pmGlued where j == last + 1 && items[j].token.glued: pm = true; strong = true; consumed = true
                case .oclock: strong = true; consumed = true
                default: break
                }
            }
            if !consumed { break }
            last = j; j += 1
        }
        // "4 in the afternoon", "7 утра" as a part of day right after.
        if pm == nil, j < n {
            for t in items[j].tags {
                if case .part(let p) = t, let isPM = language.parts[p].pm { pm = isPM; strong = true }
            }
        }
        if pm == true, hour > 12 { pm = nil; twentyFour = true }
        return (Candidate(time: ClockTime(hour: hour, minute: minute, pm: pm, twentyFour: twentyFour), strong: strong), last)
    }

    /// The end of a range after the item `last`: "and 5", "to 5", "- 5", "до 5".
    /// A weekday or a relative day ("friday", "tomorrow").
    static func namesDay(_ item: Item) -> Bool {
        item.tags.contains { if case .weekday = $0 { true } else if case .relativeDay = $0 { true } else { false } }
    }

    static func rangeEnd(after last: Int, items: [Item], taken: Set<Int>, language: Language) -> (time: ClockTime, last: Int)? {
        var k = last + 1
        guard k < items.count, items[k].has(.range) || items[k].token.text == "-" else { return nil }
        k += 1
        while k < items.count, items[k].has(.at) && items[k].number == nil { k += 1 }
        guard k < items.count else { return nil }
        var named: Int? = nil
        for t in items[k].tags { if case .named(let m) = t { named = m } }
        if let m = named { return (ClockTime(hour: m / 60, minute: m % 60, pm: nil, twentyFour: true), k) }
        guard let (c, end) = clock(at: k, items: items, taken: taken, language: language) else { return nil }
        return (c.time, end)
    }
}
