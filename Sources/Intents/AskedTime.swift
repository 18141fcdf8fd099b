import Foundation

/// Which of the times a reply names is the one it asks for: the time after the words asking to move ("can't do Thursday,
/// could we move to next week?"), the second of two joined days ("move weds to thurs"), or the time after a break that
/// follows a refused one ("not Wednesday but Thursday", "cant do wed, fri any good?").
struct AskedTime {
    let items: [Item]
    /// Items already read as something else (the option picked).
    let used: Set<Int>
    let language: Language
    let dayFirst: Bool
    /// Whether a busy reason gives up its time (after an offer: see `givesUp`).
    var busyRefuses = false

    /// The time asked for, and whether it was set against a refused one (which makes the reply a move, not a cancellation).
    func reading(signals: Signals) -> (TimeExpression, contrasts: Bool) {
        var expression = time(from: 0)
        let marker = items.firstIndex(where: { $0.has(.reschedule) })
        // What is named after the words asking to move (each reading of the items costs: made once).
        let afterMarker = marker.map { $0 == 0 ? expression : time(from: $0) }
        if let marker, var later = afterMarker, !expression.isEmpty {
            // The time after the words asking to move, within the sentence that names it: "move it to next week? Any day but
            // Wednesday", "décaler à la semaine prochaine ? Jeudi c'est compliqué" ask for next week, not its Wednesday.
            if let withinSentence = timeInSentence(from: marker),
               withinSentence.weekday != nil || withinSentence.relativeDay != nil || withinSentence.period != nil,
               later.weekday != withinSentence.weekday || later.day != withinSentence.day {
                later = withinSentence
            }
            // Not a time refused in the next sentence: "а на субботу можно? в среду не успеваю" asks for Saturday; "could we
            // reschedule? Maybe Friday at 3" asks for Friday.
            let firstTime = items.indices.first { $0 > marker && ReplyMatcher.namesTime(items[$0]) } ?? items.count
            let sentenceEnds = items[marker..<firstTime].contains(where: \.endsSentence)
            let refusedThere = items[firstTime...].prefix { !$0.endsSentence }
                .contains { Self.refuses($0) || $0.has(.late) }
            if !later.isEmpty && !(sentenceEnds && refusedThere) {
                // "giovedì ma alle 18", "jeudi mais plutôt 17h", "el jueves me va pero más temprano, tipo una y media": a day
                // before the words asking to move and only a time of day after them, with nothing refused before: that day.
                let earlier = time(before: marker)
                if !later.hasDay, later.period == nil, later.amount == nil, earlier.hasDay, earlier.clock == nil,
                   !items[..<marker].contains(where: Self.refuses) {
                    later.takeDay(of: earlier)
                }
                // "friday 2pm? no sorry I meant 3pm", "Freitag 14 Uhr? nein ich meinte 15 Uhr": only a time of day after the
                // words asking to move, and the refusal before them comes after the day and time it corrects: the day stays.
                // Not after an offer, where a time alone may name another option ("Wed 10am? no I meant the 11:30").
                if !busyRefuses, !later.hasDay, later.period == nil, later.amount == nil, later.clock != nil, earlier.hasDay, earlier.clock != nil,
                   let lastTime = items[..<marker].lastIndex(where: ReplyMatcher.namesTime),
                   !items[..<lastTime].contains(where: Self.refuses) {
                    later.takeDay(of: earlier)
                }
                // "на следующей неделе, лучше в понедельник в 11": next week named before, its Monday after.
                if later.weekday != nil, later.weekModifier == nil, later.period == nil, later.day == nil, !earlier.hasDay,
                   let p = earlier.period, p.unit == .week, p.offset == 1 {
                    later.weekModifier = .next
                }
                // "а в 3 можно? во вторник", "3 Uhr wär mir lieber, am Freitag": a time of day before the words asking to move
                // and only a day after them: that time on that day.
                if later.hasDay, later.clock == nil, later.bareHour == nil, later.part == nil, later.period == nil, !earlier.hasDay,
                   earlier.clock != nil, earlier.part == nil, !items[..<marker].contains(where: Self.refuses) {
                    later.takeTimeOfDay(of: earlier)
                }
                expression = later
            }
        }
        // With no time after the words asking to move, the day named in their sentence, when another sentence names another:
        // "Donnerstag hab ich Spätschicht. Wäre Mittwoch noch was frei?" asks for Wednesday.
        if let marker, afterMarker?.isEmpty == true {
            let start = items.start(of: marker, after: \.endsSentence), end = items.end(of: marker, at: \.endsSentence)
            if start > 0 || end + 1 < items.count {
                let inSentence = TimeExpression(items: items, used: used.union(0..<start).union(min(end + 1, items.count)..<items.count),
                                                language: language, dayFirst: dayFirst)
                if inSentence.weekday != nil || inSentence.day != nil || inSentence.relativeDay != nil,
                   inSentence.weekday != expression.weekday || inSentence.day != expression.day || inSentence.relativeDay != expression.relativeDay {
                    expression = inSentence
                }
            }
        }
        if signals.reschedule > 0, let moved = movedDay() { expression = moved }
        if !expression.isEmpty || expression.bareHour != nil, let later = afterRefusal() { return (later, true) }
        if let earlier = beforeRefusedClause() { return (earlier, true) }
        return (expression, false)
    }

    /// "Um 3 am Dienstag ginge es, um 2 nicht", "Dinsdag om 3 zou gaan, om 2 niet", "Thursday works but 4 doesn't": a last
    /// clause that refuses the time it names gives it up; the time asked for is the one before it, when nothing there is
    /// refused.
    func beforeRefusedClause() -> TimeExpression? {
        guard let last = items.indices.last(where: { !used.contains($0) && ReplyMatcher.namesTime(items[$0]) }) else { return nil }
        let start = items.start(of: last, after: \.endsClauseOrBreaks), end = items.end(of: last, at: \.endsClauseOrBreaks)
        let clause = items[start..<end]
        // Not when a cancel follows: "в среду улетаем, так что в четверг никак 😔 Отмените пожалуйста" moves nothing.
        // A cancel verb, not a "can't make it" ("…, а не на 10:30? раньше не успею" still asks for 11).
        if items[end...].contains(where: { $0.has(.cancel) && !$0.has(.opensWithNegation) && !$0.has(.negation) }) { return nil }
        // A refusal that starts a correction asks for the time after it: "friday 2pm? no sorry I meant 3pm".
        if let refusal = clause.firstIndex(where: { $0.has(.negation) || $0.has(.no) }), refusal < last,
           items[refusal..<last].contains(where: { $0.has(.reschedule) }) { return nil }
        // One time in the refusing clause: "could it be 12 not 10:30" asks for its 12.
        guard start > 0, clause.contains(where: { $0.has(.negation) || $0.has(.no) }), !clause.contains(where: { $0.has(.cancel) }),
              clause.filter({ ReplyMatcher.namesTime($0) }).count == 1,
              !items[..<start].contains(where: Self.refuses) else { return nil }
        let earlier = time(before: start)
        return earlier.isEmpty ? nil : earlier
    }

    /// The time named after `items[..<start]`, leaving out the used items.
    func time(from start: Int) -> TimeExpression {
        TimeExpression(items: items, used: used.union(0..<start), language: language, dayFirst: dayFirst)
    }

    /// The time named after `items[..<start]` up to the end of the sentence of the first time named there; nil when nothing
    /// follows that sentence. A full stop written against a number ends no sentence ("Do 26.11. nachmittags").
    func timeInSentence(from start: Int) -> TimeExpression? {
        guard let first = items.indices.first(where: { $0 >= start && !used.contains($0) && ReplyMatcher.namesTime(items[$0]) }),
              let end = (first..<items.count).first(where: { k in items[k].endsSentence
                  && !(items[k].token.text == "." && items[k].token.glued && k > 0 && items[k - 1].token.kind != .word) }),
              end + 1 < items.count else { return nil }
        return TimeExpression(items: items, used: used.union(0..<start).union((end + 1)..<items.count), language: language, dayFirst: dayFirst)
    }

    /// The time named before `items[end...]`.
    func time(before end: Int) -> TimeExpression {
        TimeExpression(items: items, used: used.union(end..<items.count), language: language, dayFirst: dayFirst)
    }

    /// The items naming a time given up: the time right after an "instead of" ("at 11 instead of 10", "Statt 10 Uhr lieber
    /// 15:30", "вместо среды"), up to a second day.
    static func givenUp(_ items: [Item]) -> Set<Int> {
        var out = Set<Int>()
        for (i, item) in items.enumerated() where item.has(.insteadOf) {
            var j = i + 1
            var named = false, namedDay = false
            while j < items.count {
                let next = items[j]
                // A second day starts the time asked for: "statt Donnerstag übermorgen um 2", "instead of thursday friday at 3".
                if TimeExpression.namesDay(next) {
                    if namedDay { break }
                    namedDay = true
                }
                let timeWord = ReplyMatcher.namesTime(next) || next.has(.oclock) || next.marksHalfOfDay || next.has(.ordinalSuffix)
                    || next.tags.contains { if case .minutesAfter = $0 { true } else if case .minutesBefore = $0 { true } else { false } }
                let glue = next.has(.at) || next.has(.connector) || next.has(.dayArticle) || next.token.text == ":"
                guard timeWord || glue && !named || glue && next.token.text == ":" else { break }
                named = named || timeWord
                out.insert(j)
                j += 1
            }
        }
        return out
    }

    /// "I'm abroad until the 3rd", "estoy de viaje hasta el 3 de diciembre", "Барсик у ветеринара до пятницы": a day after an
    /// "until" word is how long the client is away or busy, never the day asked for. Not the end of a range ("from 3 until 5",
    /// "с 3 до 5"), nor a clock time alone ("I work until 5" bounds the time asked for).
    static func awayUntil(_ items: [Item]) -> Set<Int> {
        var out = Set<Int>()
        for (i, item) in items.enumerated() where item.has(.until) {
            if let before = items[..<i].lastIndex(where: { !$0.has(.at) && !$0.has(.dayArticle) }),
               items[before].number != nil || ReplyMatcher.namesTime(items[before]) && !TimeExpression.namesDay(items[before]) { continue }
            var j = i + 1
            var span = Set<Int>(), day = false
            var article = item.has(.dayArticle)
            while j < items.count {
                let next = items[j]
                let month = next.tags.contains { if case .month = $0 { true } else if case .dayOfMonth = $0 { true } else { false } }
                let ordinal = next.tags.contains { if case .ordinal(let n) = $0 { n >= 1 } else { false } }
                if TimeExpression.namesDay(next) || month || ordinal || next.has(.ordinalSuffix) && day {
                    if TimeExpression.namesDay(next) && day && !month { break }
                    day = true
                } else if next.number != nil, article || day {
                    // A number is a day after a day article ("hasta el 3", "jusqu'au 3", "bis zum 3."), else an hour.
                    day = true
                } else if next.number != nil, j + 1 < items.count, items[j + 1].has(.ordinalSuffix) || items[j + 1].tags.contains(where: {
                    if case .month = $0 { true } else { false } }) {
                    day = true
                } else if !day, next.has(.dayArticle) || next.has(.connector) || next.has(.at) {
                    article = article || next.has(.dayArticle)
                } else if day, next.token.text == ".", items[j - 1].number != nil {
                    // "bis zum 3. Dezember".
                } else {
                    break
                }
                span.insert(j)
                j += 1
            }
            if day { out.formUnion(span) }
        }
        return out
    }

    /// "the 3 dogs", "las 2 perritas", "Tommaso (6 anni)", "2 собаки": a number right before a word for what it counts is how
    /// many, or how old: no time, no day and no option.
    static func counts(_ items: [Item]) -> Set<Int> {
        var out = Set<Int>()
        for (i, item) in items.enumerated() where item.has(.counted) && i > 0 {
            if items[i - 1].number != nil { out.insert(i - 1) }
        }
        return out
    }

    static func refuses(_ item: Item) -> Bool { item.has(.negation) || item.has(.no) || item.has(.cancel) }

    /// Whether item `k` gives up the time in its clause: a refusal, or after an offer a reason the client is busy then
    /// ("Martes no puedo, miércoles trabajo… el viernes vale"), unless it is told as the reason for a time wanted ("в среду
    /// утром, потому что во вторник я работаю").
    func givesUp(_ k: Int) -> Bool {
        if Self.refuses(items[k]) { return true }
        guard busyRefuses, items[k].has(.busy) else { return false }
        return !items[items.start(of: k, after: \.endsClause)..<k].contains { $0.has(.reason) }
    }

    /// "Can I move weds to thurs", "verschieben von Mittwoch auf Freitag", "со среды на четверг": two days joined by any word
    /// but "or" or a refusal; the visit moves from the first to the second.
    func movedDay() -> TimeExpression? {
        let days = items.indices.filter { TimeExpression.namesDay(items[$0]) }
        // Not across a sentence: "Geht auch Donnerstag um 15 Uhr? Mittwoch ist schlecht" asks for Thursday.
        // The joining word may be part of the second day's phrase: "de jeudi à vendredi".
        guard days.count >= 2, days[1] > days[0] + 1 || items[days[1]].count > 1,
              !items[(days[0] + 1)..<days[1]].contains(where: { $0.has(.clauseBreak) || Self.refuses($0)
                  || $0.endsSentence }) else { return nil }
        var later = time(from: days[1])
        // "van donderdag verzetten naar volgende week woensdag": a week named before the second day is its week.
        if later.weekday != nil, later.weekModifier == nil, later.period == nil {
            let wider = time(from: days[0] + 1)
            if wider.weekday == later.weekday, wider.weekModifier != nil || wider.period != nil { later = wider }
        }
        return later.weekday != nil || later.relativeDay != nil ? later : nil
    }

    /// "Not Wednesday but Thursday", "ich kann morgen nicht, aber übermorgen", "niet 11 maar 12": a refusal, a break, then
    /// another time, with no cancel word after the break. The later of a break word and a comma, unless no time follows it
    /// ("donderdag wel" ends on its break word).
    func afterRefusal() -> TimeExpression? {
        // Most replies refuse nothing: no break after a refusal to look for.
        guard let firstRefusal = items.indices.first(where: givesUp) else { return nil }
        // Besides the first break word, the first one after a refusal whose own clause refuses nothing: "вторник, но можно
        // не в 14 а в 16?", "el martes pero no a las 14 sino a las 16".
        let contrast = items.indices.first { b in
            b > firstRefusal && items[b].has(.clauseBreak) && !(b + 1..<items.end(of: b + 1, at: \.endsClauseOrBreaks)).contains(where: givesUp)
        }
        let candidates = [items.firstIndex(where: { $0.has(.clauseBreak) }), contrast, punctuationBreak()].compactMap { $0 }.sorted(by: >)
        guard let brk = candidates.first(where: { b in let t = time(from: b + 1); return !t.isEmpty || t.bareHour != nil }), brk > 0,
              firstRefusal < brk,
              !items[brk...].contains(where: { $0.has(.cancel) || $0.has(.optout) }),
              // Not a time given up too: "…, а пятница в 5 тоже никак".
              !busyRefuses || !(brk + 1..<items.end(of: brk + 1, at: \.endsClause)).contains(where: givesUp) else { return nil }
        let later = time(from: brk + 1)
        // A bare number after the break is an hour when the refused clause named one too ("can't do 11 but could do 1").
        let refusedHour = { () -> Bool in
            let earlier = time(before: brk)
            return earlier.clock != nil || earlier.bareHour != nil
        }
        guard !later.isEmpty || later.bareHour != nil,
              later.clock != nil || later.weekday != nil || later.day != nil || later.relativeDay != nil || later.part != nil
                || later.period != nil || later.amount != nil || later.bareHour != nil && refusedHour() else { return nil }
        // Only a time of day refused, and another asked: on the day named before the refusal ("tuesday but not at 2, at 4?").
        var asked = later
        if !asked.hasDay, asked.period == nil, asked.clock != nil || asked.bareHour != nil,
           let refusal = items.indices.prefix(brk).last(where: givesUp) {
            let refused = TimeExpression(items: items, used: used.union(0..<refusal).union(brk..<items.count), language: language,
                                         dayFirst: dayFirst)
            let earlier = time(before: refusal)
            // Or a bare refusal right after a day and time, correcting it: "sexta às 14h? não, quis dizer 15h".
            if !refused.hasDay, refused.clock != nil || refused.bareHour != nil || refused.isEmpty && earlier.clock != nil && !busyRefuses,
               earlier.hasDay {
                asked.takeDay(of: earlier)
            }
        }
        return asked
    }

    /// Without a break word a comma or a full stop is one: the first after which nothing more is refused, when a time was
    /// refused before it and what follows asks for another ("cant do wed, fri any good?", "no, can't do 2pm, 4pm?").
    /// "No, I can't come tomorrow" names no time before the comma; "can't make it tomorrow, I'll call next week" asks for
    /// nothing. At most twelve breaks are looked at.
    func punctuationBreak() -> Int? {
        let breaks = items.indices.filter { items[$0].endsClause }
        for brk in breaks.prefix(12) {
            guard brk > 0, brk + 1 < items.count, items.indices.prefix(brk).contains(where: givesUp) else { continue }
            let after = items[(brk + 1)...]
            if after.indices.contains(where: givesUp) { continue }
            // "I'll call next week", "melde mich nächste Woche": a plan to get in touch, not a time asked for.
            if after.contains(where: { $0.has(.laterContact) }) { return nil }
            // Asking: a question, a yes or a reschedule word, or a short clause of a time and at most one other word
            // ("thursday does", "Donnerstag schon"); "I'll call next week" is a reason, not a request.
            let plain = after.filter { $0.saysSomething
                && !(ReplyMatcher.namesTime($0) || $0.has(.at) || $0.has(.connector) || $0.has(.this) || $0.has(.next)) }
            let asks = after.contains { $0.token.text == "?" || $0.has(.yes) || $0.has(.reschedule) }
                || plain.count <= 1 && after.contains(where: ReplyMatcher.namesTime)
            guard asks else { return nil }
            let earlier = time(before: brk)
            if !earlier.isEmpty || earlier.bareHour != nil { return brk }
        }
        return nil
    }

    /// Whether every time the reply names sits in one clause that refuses it, with no break word between ("nn riesco giovedi,
    /// possiamo cambiare giorno?", "Donderdag kan ik niet. Kunnen we iets anders zoeken?"): the day named is the one to move
    /// from, not one asked for. A clause that is a question asks for its time ("can't we do Thursday instead?"). `asking`: the
    /// reply has words asking to move.
    func onlyRefused(asking: Bool) -> Bool {
        // A unit word alone names no time ("cambiare giorno", "another day").
        let bareUnit = { (k: Int) -> Bool in
            items[k].token.kind == .word && items[k].tags.contains { if case .unit = $0 { true } else { false } } && !items[k].tags.contains {
                switch $0 {
                case .weekday, .relativeDay, .month, .part, .named, .dayOfMonth, .duration, .minutesBefore: true
                default: false
                }
            }
        }
        let times = items.indices.filter { !used.contains($0) && ReplyMatcher.namesTime(items[$0]) && !bareUnit($0) }
        guard let first = times.first, let last = times.last else { return false }
        let start = items.start(of: first, after: \.endsClause), end = items.end(of: last, at: \.endsClause)
        guard end == items.count || items[end].token.text != "?", !items[start..<end].contains(where: { $0.endsClause }) else { return false }
        let clause = items[start..<end]
        if clause.contains(where: { $0.has(.clauseBreak) }) { return false }
        // Asking to move, the refused clause is followed by the one that asks ("…, possiamo cambiare giorno?").
        if asking { return end < items.count && clause.contains(where: Self.refuses) }
        // With no words asking to move, only a negation of the one time refuses it: a bare no corrects ("nee ik bedoelde
        // 14:00"), a cancel word is about the visit ("cancela la de mañana y dame otra para el viernes"), and of two times one
        // may be the refused ("c'était jeudi pas mercredi").
        return times.count == 1 && clause.contains(where: { $0.has(.negation) && !$0.has(.no) }) && !clause.contains { $0.has(.cancel) }
    }

    /// A refusal between an opening no and the first time refuses that time too ("no sorry cant do wed"): the no cancels,
    /// it corrects nothing.
    func refusesTheTime() -> Bool {
        guard let open = items.firstIndex(where: \.saysSomething),
              let firstTime = items.indices.first(where: { $0 > open && ReplyMatcher.namesTime(items[$0]) }) else { return false }
        return items[(open + 1)..<firstTime].contains { $0.has(.negation) }
    }
}
