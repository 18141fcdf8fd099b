import BookingCore
import Dialogs
import Foundation

/// Template variables as JSON, kept with an outbox row so a fallback channel can render the message again.
enum StoredVariables {
    static func encode(_ variables: [String: DialogValue]) -> String {
        var out: [String: [String: String]] = [:]
        for (name, value) in variables {
            switch value {
            case .text(let s): out[name] = ["t": "text", "v": s]
            case .count(let n): out[name] = ["t": "count", "v": String(n)]
            case .money(let m): out[name] = ["t": "money", "v": String(m.minorUnits), "c": m.currency]
            case .dateTime(let d): out[name] = ["t": "dateTime", "v": d.description]
            case .date(let d): out[name] = ["t": "date", "v": d.description]
            case .time(let t): out[name] = ["t": "time", "v": t.description]
            case .slots(let slots):
                out[name] = ["t": "slots", "v": slots.map { "\($0.when)|\($0.label ?? "")" }.joined(separator: "\n")]
            case .transcript(let lines):
                out[name] = ["t": "transcript", "v": lines.map { "\($0.from)|\($0.text)" }.joined(separator: "\n")]
            }
        }
        // Written by hand: JSONSerialization was a measurable part of every event.
        var json = "{"
        for (i, name) in out.keys.sorted().enumerated() {
            if i > 0 { json += "," }
            json += quoted(name) + ":{"
            for (j, key) in out[name]!.keys.sorted().enumerated() {
                if j > 0 { json += "," }
                json += quoted(key) + ":" + quoted(out[name]![key]!)
            }
            json += "}"
        }
        return json + "}"
    }

    /// A JSON string literal.
    static func quoted(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func decode(_ text: String) -> [String: DialogValue] {
        guard let raw = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [String: String]] else { return [:] }
        var out: [String: DialogValue] = [:]
        for (name, item) in raw {
            guard let t = item["t"], let v = item["v"] else { continue }
            switch t {
            case "text": out[name] = .text(v)
            case "count": out[name] = Int(v).map { .count($0) }
            case "money": out[name] = Int64(v).map { .money(Money(minorUnits: $0, currency: item["c"] ?? "GBP")) }
            case "dateTime": out[name] = LocalDateTime(text: v).map { .dateTime($0) }
            case "date": out[name] = LocalDate(iso: v).map { .date($0) }
            case "time": out[name] = LocalTime(text: v).map { .time($0) }
            case "slots":
                out[name] = .slots(v.split(separator: "\n").compactMap { line in
                    let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                    guard let when = LocalDateTime(text: parts[0]) else { return nil }
                    let label = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
                    return SlotOption(when, label: label)
                })
            case "transcript":
                out[name] = .transcript(v.split(separator: "\n").map { line in
                    let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                    return TranscriptLine(from: String(parts[0]), text: parts.count > 1 ? String(parts[1]) : "")
                })
            default: break
            }
        }
        return out
    }
}
