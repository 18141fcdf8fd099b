import BookingCore
import Foundation
import Store

/// Reads typed fields from a `RawRecord`, collecting a problem (with file:line:field) for each one that is wrong.
struct FieldReader {
    let record: RawRecord
    var problems: [ImportProblem] = []

    init(_ record: RawRecord) { self.record = record }

    mutating func fail(_ field: String, _ message: String) {
        problems.append(ImportProblem(source: record.source(of: field), field: field, message: message))
    }

    /// A required text field.
    mutating func text(_ field: String) -> String? {
        guard let v = record.value(field) else { fail(field, "is missing"); return nil }
        guard let s = v.text else { fail(field, "must be a single value, not a list or map"); return nil }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// An optional text field.
    mutating func optionalText(_ field: String) -> String? {
        guard let v = record.value(field) else { return nil }
        guard let s = v.text else { fail(field, "must be a single value, not a list or map"); return nil }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// A list: a YAML sequence, or text split on `;` or `|` (or `,` when `commas`).
    mutating func list(_ field: String, commas: Bool = true) -> [String] {
        guard let v = record.value(field) else { return [] }
        switch v {
        case .list(let items):
            return items.compactMap { item in
                guard let s = item.text else { fail(field, "items must be single values"); return nil }
                return s.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        case .text(let s):
            let seps: Set<Character> = commas ? [";", "|", ","] : [";", "|"]
            return s.split(whereSeparator: { seps.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .map:
            fail(field, "must be a list")
            return []
        }
    }

    mutating func integer(_ field: String, default value: Int? = nil, range: ClosedRange<Int>) -> Int? {
        guard let s = optionalText(field) else {
            if value == nil { fail(field, "is missing") }
            return value
        }
        guard let n = Int(s) else { fail(field, "\"\(s)\" is not a whole number"); return nil }
        guard range.contains(n) else { fail(field, "\(n) is outside \(range.lowerBound)-\(range.upperBound)"); return nil }
        return n
    }

    mutating func bool(_ field: String, default value: Bool) -> Bool {
        guard let s = optionalText(field)?.lowercased() else { return value }
        switch s {
        case "true", "yes", "1", "y": return true
        case "false", "no", "0", "n": return false
        default: fail(field, "\"\(s)\" is not yes or no"); return value
        }
    }

    mutating func oneOf<T>(_ field: String, _ options: [String: T], default value: T? = nil) -> T? {
        guard let s = optionalText(field) else {
            if value == nil { fail(field, "is missing") }
            return value
        }
        if let v = options[RawRecord.key(s)] { return v }
        fail(field, "\"\(s)\" is not one of \(options.keys.sorted().joined(separator: ", "))")
        return nil
    }

    /// Weekly hours: a map `{mon: "09:00-20:00", sat: ["10:00-13:00", "14:00-16:00"], sun: closed}`
    /// or text `mon-fri 09:00-20:00; sat 10:00-16:00; sun closed`.
    mutating func weeklyHours(_ field: String) -> WeeklyHours? {
        guard let v = record.value(field) else { fail(field, "is missing"); return nil }
        var days: [Weekday: [LocalTimeRange]] = [:]
        var ok = true
        func add(_ dayText: String, _ rangesText: [String]) {
            guard let weekdays = Self.weekdays(dayText) else {
                fail(field, "\"\(dayText)\" is not a day or a day range such as mon-fri")
                ok = false
                return
            }
            var ranges: [LocalTimeRange] = []
            for r in rangesText where r.lowercased() != "closed" {
                guard let range = LocalTimeRange(text: r) else {
                    fail(field, "\"\(r)\" is not a time range such as 09:00-17:00")
                    ok = false
                    return
                }
                ranges.append(range)
            }
            for d in weekdays { days[d, default: []] += ranges }
        }
        switch v {
        case .map(let entries):
            for e in entries {
                switch e.value {
                case .text(let s): add(e.key, s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                case .list(let items): add(e.key, items.compactMap(\.text))
                case .map: fail(field, "\(e.key) must be a time range or a list of them"); ok = false
                }
            }
        case .text(let s):
            for part in s.split(separator: ";") {
                let words = part.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
                guard words.count == 2 else { fail(field, "\"\(part.trimmingCharacters(in: .whitespaces))\" should look like mon-fri 09:00-17:00"); ok = false; continue }
                add(String(words[0]), words[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            }
        case .list:
            fail(field, "must be a map of days or text such as mon-fri 09:00-17:00")
            return nil
        }
        guard ok else { return nil }
        let hours = WeeklyHours(days)
        if let day = hours.overlappingDay() { fail(field, "ranges overlap on \(day.rawValue)"); return nil }
        return hours
    }

    /// `mon`, `mon-fri`, `sat,sun`, `daily`.
    static func weekdays(_ text: String) -> [Weekday]? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        if ["daily", "everyday", "all"].contains(t) { return Weekday.allCases }
        var out: [Weekday] = []
        for piece in t.split(separator: ",") {
            let ends = piece.split(separator: "-")
            if ends.count == 1, let d = Weekday(name: ends[0]) { out.append(d); continue }
            guard ends.count == 2, let a = Weekday(name: ends[0]), let b = Weekday(name: ends[1]) else { return nil }
            let all = Weekday.allCases
            var i = all.firstIndex(of: a)!
            let j = all.firstIndex(of: b)!
            while true {
                out.append(all[i])
                if i == j { break }
                i = (i + 1) % 7
            }
        }
        return out.isEmpty ? nil : out
    }

    /// An instant: `2026-11-24T10:00` in `zone`, or ISO 8601 with an offset or `Z`.
    mutating func instant(_ field: String, zone: TimeZone?, required: Bool = true) -> Date? {
        guard let s = optionalText(field) else {
            if required { fail(field, "is missing") }
            return nil
        }
        if let d = try? Date(s, strategy: .iso8601) { return d }
        if let withSeconds = try? Date(s + "Z", strategy: .iso8601), s.count == 19, let zone {
            return LocalDateTime(withSeconds, in: TimeZone(identifier: "UTC")!).instant(in: zone)
        }
        guard let local = LocalDateTime(text: s) else {
            fail(field, "\"\(s)\" is not a date and time such as 2026-11-24T10:00")
            return nil
        }
        guard let zone else { fail(field, "needs a location (for its time zone) or an explicit offset such as +00:00"); return nil }
        return local.instant(in: zone)
    }

    mutating func localDate(_ field: String, text: String) -> LocalDate? {
        guard let d = LocalDate(iso: text) else { fail(field, "\"\(text)\" is not a date such as 2026-12-25"); return nil }
        return d
    }
}
