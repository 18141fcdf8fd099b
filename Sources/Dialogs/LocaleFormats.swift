import BookingCore

/// How one language writes dates, times and money, read from the `formats` block of its catalogue file.
///
/// Written by hand from the catalogue's own names so the output is the same on every system
/// (Foundation's locale data differs between Linux and macOS and between releases).
public struct LocaleFormats: Hashable, Sendable {
    /// Short weekday names, Monday first.
    public var weekdays: [String]
    /// Full weekday names, Monday first.
    public var weekdaysLong: [String]
    /// Short month names, January first, in the form used after a day number.
    public var months: [String]
    /// Full month names, January first, in the form used after a day number.
    public var monthsLong: [String]
    /// Pattern of a date, e.g. `{weekday} {day} {month}`.
    public var date: String
    /// Pattern of a date and time, e.g. `{weekday} {day} {month} at {time}`.
    public var dateTime: String
    /// Pattern of a date and time on a reply button (at most 20 characters once filled in).
    public var dateTimeShort: String
    /// Pattern of a time, e.g. `{hour2}:{minute}`.
    public var time: String
    /// How money is written.
    public var money: MoneyFormat

    /// Date, time and money patterns for one language.
    public init(weekdays: [String], weekdaysLong: [String], months: [String], monthsLong: [String], date: String,
                dateTime: String, dateTimeShort: String, time: String, money: MoneyFormat) {
        self.weekdays = weekdays
        self.weekdaysLong = weekdaysLong
        self.months = months
        self.monthsLong = monthsLong
        self.date = date
        self.dateTime = dateTime
        self.dateTimeShort = dateTimeShort
        self.time = time
        self.money = money
    }

    /// `10:00` by the `time` pattern: `{hour}` (no padding), `{hour2}`, `{minute}`.
    public func format(_ t: LocalTime) -> String {
        fill(time) { name in
            switch name {
            case "hour": String(t.hour)
            case "hour2": Self.pad(t.hour)
            case "minute": Self.pad(t.minute)
            default: nil
            }
        }
    }

    /// A date by the `date` pattern.
    public func format(_ d: LocalDate) -> String { format(d, pattern: date, time: nil) }

    /// A date and time by the `date_time` pattern.
    public func format(_ dt: LocalDateTime) -> String { format(dt.date, pattern: dateTime, time: dt.time) }

    /// A date and time by the `date_time_short` pattern, for buttons.
    public func formatShort(_ dt: LocalDateTime) -> String { format(dt.date, pattern: dateTimeShort, time: dt.time) }

    /// Fills a date pattern: `{weekday}`, `{weekday_long}`, `{day}`, `{day2}`, `{month}`, `{month_long}`, `{month2}`, `{year}`, `{time}`.
    public func format(_ d: LocalDate, pattern: String, time t: LocalTime?) -> String {
        let c = d.components
        let w = Weekday.allCases.firstIndex(of: d.weekday)!
        return fill(pattern) { name in
            switch name {
            case "weekday": weekdays[w]
            case "weekday_long": weekdaysLong[w]
            case "day": String(c.day)
            case "day2": Self.pad(c.day)
            case "month": months[c.month - 1]
            case "month_long": monthsLong[c.month - 1]
            case "month2": Self.pad(c.month)
            case "year": String(c.year)
            case "time": t.map(format)
            default: nil
            }
        }
    }

    /// An amount in this language's style.
    public func format(_ m: Money) -> String { money.format(m) }

    /// Placeholders a pattern may use that this formatter doesn't know, e.g. `{wekday}`.
    static func unknownPlaceholders(in pattern: String, known: Set<String>) -> [String] {
        placeholders(in: pattern).filter { !known.contains($0) }
    }

    static let datePlaceholders: Set<String> = ["weekday", "weekday_long", "day", "day2", "month", "month_long", "month2", "year", "time"]
    static let timePlaceholders: Set<String> = ["hour", "hour2", "minute"]

    static func placeholders(in pattern: String) -> [String] {
        var names: [String] = []
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Replaces each `{name}` of the pattern in one pass; names without a value stay as written. The values come from a
    /// function, not a dictionary: every date in every message is written this way.
    private func fill(_ pattern: String, _ value: (Substring) -> String?) -> String {
        var out = ""
        out.reserveCapacity(pattern.utf8.count + 16)
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            if let v = value(rest[rest.index(after: open)..<close]) { out += v } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

/// How one language writes an amount of money.
public struct MoneyFormat: Hashable, Sendable {
    /// Where the symbol and the number go, e.g. `{symbol}{amount}` or `{amount} {symbol}`.
    public var pattern: String
    /// Between whole units and minor units: `.` or `,`.
    public var decimalSeparator: String
    /// Between thousands: `,`, `.` or a space.
    public var groupSeparator: String
    /// Leave out `,00` on whole amounts (Russian style: 8 500 ₽).
    public var dropZeroMinorUnits: Bool
    /// Symbols per ISO 4217 code; an unknown code is written as the code.
    public var symbols: [String: String]

    /// A money style.
    public init(pattern: String, decimalSeparator: String, groupSeparator: String, dropZeroMinorUnits: Bool, symbols: [String: String]) {
        self.pattern = pattern
        self.decimalSeparator = decimalSeparator
        self.groupSeparator = groupSeparator
        self.dropZeroMinorUnits = dropZeroMinorUnits
        self.symbols = symbols
    }

    /// `£1,250.00`, `1.250,00 €`, `8 500 ₽`.
    public func format(_ m: Money) -> String {
        let v = m.minorUnits.magnitude
        let whole = String(v / 100)
        var grouped = ""
        for (i, ch) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { grouped += groupSeparator }
            grouped.append(ch)
        }
        let cents = v % 100
        var amount = (m.minorUnits < 0 ? "-" : "") + grouped
        if !(dropZeroMinorUnits && cents == 0) { amount += decimalSeparator + (cents < 10 ? "0" : "") + String(cents) }
        let symbol = symbols[m.currency] ?? m.currency
        return pattern.filling("symbol", with: symbol).filling("amount", with: amount)
    }
}
