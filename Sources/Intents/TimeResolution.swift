import Foundation

extension TimeExpression {
    /// Resolves the expression against `now` in the context's zone; the nearest future occurrence wins.
    func resolve(_ context: ReplyContext, language: Language, useBareHour: Bool) -> ResolvedTime? {
        let wall = WallClock(zone: context.zone)
        let (today, nowSecond) = wall.local(context.now)
        let nowMinute = nowSecond / 60
        var clock = self.clock
        // "Vendredi 15": Friday the 15th when that is a Friday within five weeks; else Friday at 15:00.
        var dayOfMonth = self.day
        if dayOfMonth == nil, let n = weekdayNumber, let w = weekday {
            if (0..<35).contains(where: { WallClock.weekday(today + $0) == w && WallClock.civil(today + $0).2 == n }) {
                dayOfMonth = n
            } else if clock == nil, n <= 23 {
                // "jueves 3" with no Thursday the 3rd soon: three o'clock, in the half of the day the business keeps.
                clock = ClockTime(hour: n, minute: 0, pm: nil, twentyFour: n >= 13)
            }
        }
        if clock == nil, useBareHour, let bare = bareHour, bare.hour >= 1, bare.hour <= 23 { clock = bare }
        // "Friday at the same time": the visit's time when the reply is about one, else now's.
        if clock == nil, sameTime {
            let minute = context.visit.map { wall.local($0).second / 60 } ?? nowMinute
            clock = ClockTime(hour: minute / 60, minute: minute % 60, pm: nil, twentyFour: true)
        }

        // Amounts: "in 3 days", "in 2 hours", "через неделю".
        // "Heute in 3 Stunden", "today in an hour": the hours count from now.
        if let a = amount, !hasDay || relativeDay == 0 && weekday == nil && day == nil && (a.unit == .minute || a.unit == .hour) {
            switch a.unit {
            case .minute, .hour:
                let start = context.now.addingTimeInterval(TimeInterval(a.n * (a.unit == .hour ? 3600 : 60)))
                return ResolvedTime(start: start, end: nil, grain: .minute)
            case .day, .week:
                return dayResult(today + a.n * (a.unit == .week ? 7 : 1), clock: clock, wall: wall, context: context, today: today, nowMinute: nowMinute)
            case .month:
                let (y, m, d) = WallClock.civil(today)
                let total = y * 12 + (m - 1) + a.n
                let ny = total / 12, nm = total % 12 + 1
                let day = WallClock.days(year: ny, month: nm, day: min(d, WallClock.daysInMonth(year: ny, month: nm)))
                return dayResult(day, clock: clock, wall: wall, context: context, today: today, nowMinute: nowMinute)
            case .weekend:
                break
            }
        }

        // The day.
        var day: Int? = nil
        if let d = dayOfMonth {
            let (y, m, _) = WallClock.civil(today)
            if let mo = month {
                var year = self.year ?? y
                if d > WallClock.daysInMonth(year: year, month: mo) { return nil }
                var candidate = WallClock.days(year: year, month: mo, day: d)
                if self.year == nil, candidate < today { year += 1; candidate = WallClock.days(year: year, month: mo, day: min(d, WallClock.daysInMonth(year: year, month: mo))) }
                day = candidate
            } else {
                // The next month that has the day; with a weekday ("Wed 13th"), the next month where the day falls on it, if one
                // does within four months (further out the weekday is more likely a slip than a plan).
                var yy = y, mm = m
                for _ in 0..<(weekday == nil ? 3 : 4) {
                    if d <= WallClock.daysInMonth(year: yy, month: mm) {
                        let candidate = WallClock.days(year: yy, month: mm, day: d)
                        if candidate >= today, weekday.map({ WallClock.weekday(candidate) == $0 }) ?? true { day = candidate; break }
                    }
                    mm += 1; if mm > 12 { mm = 1; yy += 1 }
                }
            }
        }
        // No such date falls on the weekday named ("wed 14" when the 14th is a Monday): the weekday is trusted, not the number.
        if day == nil, let w = weekday {
            let todayW = WallClock.weekday(today)
            if let a = amount, a.unit == .week, a.n >= 1, a.n <= 8 {
                // "Dienstag in einer Woche", "Tuesday in 2 weeks": that weekday of the week so many weeks on.
                day = today - todayW + 7 * a.n + w
            } else if weekModifier == .afterNext {
                // "Friday after next": a week after next Friday.
                day = today - todayW + 14 + w
            } else if weekModifier == .next || period?.unit == .week && (period?.offset ?? 0) >= 1 {
                // "Next Tuesday", "Tuesday next week"; "Tuesday the week after next" two weeks on.
                let weeks = period.map { $0.unit == .week ? max($0.offset, 1) : 1 } ?? 1
                day = today - todayW + 7 * weeks + w
            } else {
                var delta = (w - todayW + 7) % 7
                if delta == 0 && weekModifier == .upcoming {
                    delta = 7
                } else if delta == 0 && weekModifier != .this {
                    // Today's weekday: today only if the time named is still ahead.
                    if let c = clock, let m = minutes(c, context: context).first(where: { $0 > nowMinute }) { _ = m } else { delta = 7 }
                }
                day = today + delta
            }
        } else if day == nil, let r = relativeDay {
            day = today + r
        } else if day == nil, let partIndex = part, let pd = language.parts[partIndex].day {
            day = today + pd
        }
        // "Same time next week": a week after the visit's day when the reply is about one in that week, else a week from today.
        if day == nil, sameTime, let p = period, p.unit == .week {
            let from = context.visit.map { wall.local($0).day }.flatMap { $0 >= today && $0 < today + 7 ? $0 : nil } ?? today
            day = from + 7 * max(p.offset, 1)
        }
        // "Next week in the morning", "la semana que viene a las 5": the first day of that week at that time.
        if day == nil, let p = period, p.unit == .week, p.offset >= 1, part != nil || clock != nil {
            day = today - WallClock.weekday(today) + 7 * p.offset
        }
        // "Next month in the morning": its first day at that time.
        if day == nil, let p = period, p.unit == .month, p.offset >= 1, part != nil || clock != nil {
            let (y, m, _) = WallClock.civil(today)
            let total = y * 12 + (m - 1) + p.offset
            day = WallClock.days(year: total / 12, month: total % 12 + 1, day: 1)
        }
        // "Saturday or Sunday" is settled by a time of day: "el finde por la mañana" is Saturday morning.
        let saturday = { (offset: Int) -> Int in
            let weekday = WallClock.weekday(today)
            return weekday >= 5 && offset == 0 ? today : today - weekday + 5 + 7 * offset
        }
        if day == nil, let p = period, p.unit == .weekend, clock != nil || part != nil { day = saturday(p.offset) }

        if let day {
            return dayResult(day, clock: clock, wall: wall, context: context, today: today, nowMinute: nowMinute)
        }
        // Weeks and months: "next week", "this month".
        if let p = period, clock == nil, part == nil {
            switch p.unit {
            case .week:
                let monday = today - WallClock.weekday(today) + 7 * p.offset
                let start = p.offset == 0 ? today : monday
                return ResolvedTime(start: wall.instant(day: start, minute: 0), end: wall.instant(day: monday + 7, minute: 0), grain: .week)
            case .month:
                let (y, m, _) = WallClock.civil(today)
                let total = y * 12 + (m - 1) + p.offset
                let first = WallClock.days(year: total / 12, month: total % 12 + 1, day: 1)
                let next = WallClock.days(year: (total + 1) / 12, month: (total + 1) % 12 + 1, day: 1)
                return ResolvedTime(start: wall.instant(day: p.offset == 0 ? today : first, minute: 0), end: wall.instant(day: next, minute: 0), grain: .month)
            case .weekend:
                let start = saturday(p.offset), monday = today - WallClock.weekday(today) + 7 + 7 * p.offset
                return ResolvedTime(start: wall.instant(day: start, minute: 0), end: wall.instant(day: monday, minute: 0), grain: .day)
            default: break
            }
        }
        if let mo = month {
            let (y, m, _) = WallClock.civil(today)
            let year = mo < m ? y + 1 : y
            let first = WallClock.days(year: year, month: mo, day: 1)
            let start = mo == m ? today : first
            let next = first + WallClock.daysInMonth(year: year, month: mo)
            return ResolvedTime(start: wall.instant(day: start, minute: 0), end: wall.instant(day: next, minute: 0), grain: .month)
        }
        // No day: on the day of the visit the reply is about, when that is a later day; else the nearest future occurrence,
        // today or tomorrow.
        if clock != nil || part != nil {
            if let visit = context.visit, case let (visitDay, _) = wall.local(visit), visitDay > today,
               let r = dayResult(visitDay, clock: clock, wall: wall, context: context, today: today, nowMinute: nowMinute) {
                return r
            }
            for offset in 0...1 {
                if let r = dayResult(today + offset, clock: clock, wall: wall, context: context, today: today, nowMinute: nowMinute, futureOnly: offset == 0) {
                    return r
                }
            }
        }
        return nil
    }

    /// The wall-clock minutes a clock time may mean; a bare hour is settled by business hours.
    func minutes(_ c: ClockTime, context: ReplyContext, partPM: Bool? = nil) -> [Int] {
        let h = c.hour % 24, m = c.minute
        if c.twentyFour || h > 12 || h == 0 { return [(c.hour == 24 ? 0 : h) * 60 + m] }
        let am = (h % 12) * 60 + m, pmv = (h % 12 + 12) * 60 + m
        let open = [am, pmv].filter { $0 >= context.openingMinute && $0 < context.closingMinute }
        if let pm = c.pm { return [pm ? pmv : am] }
        // A part of the day elsewhere in the reply settles the half, unless that half is closed and the other open:
        // "Thursday at 4? Wednesday morning is impossible" is 16:00.
        if let pm = partPM {
            let chosen = pm ? pmv : am
            return open.count == 1 && open[0] != chosen ? open : [chosen]
        }
        if !open.isEmpty { return h == 12 ? [pmv] : open }
        return h == 12 ? [pmv] : (h <= 7 ? [pmv] : [am])
    }

    private func dayResult(_ day: Int, clock: ClockTime?, wall: WallClock, context: ReplyContext, today: Int,
                           nowMinute: Int, futureOnly: Bool = false) -> ResolvedTime? {
        let partPM = part.flatMap { parts[$0].pm }
        if let c = clock {
            var options = minutes(c, context: context, partPM: partPM)
            if day == today {
                let ahead = options.filter { $0 > nowMinute }
                if futureOnly && ahead.isEmpty && bound != .before { return nil }
                if !ahead.isEmpty { options = ahead }
            }
            let startMinute = options[0]
            switch bound {
            case .after:
                let end = context.closingMinute > startMinute ? wall.instant(day: day, minute: context.closingMinute) : nil
                return ResolvedTime(start: wall.instant(day: day, minute: startMinute), end: end, grain: .hour)
            case .before:
                var from = context.openingMinute
                if day == today { from = max(from, nowMinute) }
                if futureOnly && from >= startMinute { return nil }
                return ResolvedTime(start: wall.instant(day: day, minute: min(from, startMinute)), end: wall.instant(day: day, minute: startMinute), grain: .hour)
            case .between:
                if let e = endClock {
                    var ends = minutes(e, context: context, partPM: partPM).filter { $0 > startMinute }
                    if ends.isEmpty, !e.twentyFour, e.pm == nil { ends = [e.hour % 12 * 60 + e.minute + 720].filter { $0 > startMinute } }
                    if let end = ends.first {
                        return ResolvedTime(start: wall.instant(day: day, minute: startMinute), end: wall.instant(day: day, minute: end), grain: .hour)
                    }
                }
                return ResolvedTime(start: wall.instant(day: day, minute: startMinute), end: nil, grain: .minute)
            case nil:
                return ResolvedTime(start: wall.instant(day: day, minute: startMinute), end: nil, grain: .minute)
            }
        }
        if let p = part {
            let part = parts[p]
            let from = max(part.from, context.openingMinute), to = min(part.to, context.closingMinute)
            let (s, e) = from < to ? (from, to) : (part.from, part.to)
            if futureOnly, day == today, e <= nowMinute { return nil }
            return ResolvedTime(start: wall.instant(day: day, minute: s), end: wall.instant(day: day, minute: e), grain: .partOfDay)
        }
        if futureOnly { return nil }
        return ResolvedTime(start: wall.instant(day: day, minute: 0), end: wall.instant(day: day + 1, minute: 0), grain: .day)
    }
}
