import Foundation
import Testing
import Intents

/// The catalogue shipped in the repository's `intents/` folder, loaded once for all tests.
let sharedCatalogue: IntentCatalogue = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try! IntentCatalogue.load(directory: root.appendingPathComponent("intents"))
}()

let sharedMatcher = ReplyMatcher(catalogue: sharedCatalogue)

/// One line of a corpus table: `expecting | reply | intent | checks`.
/// Checks: `at=2026-11-26T16:00` (start, wall time in the zone), `end=…`, `grain=day`, `choice=2`,
/// `late=10`, `notime`, `sens=health`, `question` (a question handed over beside it), `asks` (a confidence the conversation confirms with the client before acting).
struct CorpusCase: CustomTestStringConvertible, Sendable {
    var locale: String
    var expecting: Expecting
    var text: String
    var intent: Intent
    var checks: [String]
    var line: Int
    var testDescription: String { "\(locale):\(line) [\(expecting.rawValue)] \(text)" }
}

/// Reads a table; blank lines and lines starting with `#` are skipped. A "⏎" in a reply is a line break (a reply written
/// as several chat messages).
func corpus(_ locale: String, _ table: String) -> [CorpusCase] {
    var out: [CorpusCase] = []
    for (n, raw) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.hasPrefix("#") { continue }
        let cols = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        precondition(cols.count >= 3, "bad corpus line \(n + 1): \(line)")
        guard let e = Expecting(rawValue: cols[0]), let i = Intent(rawValue: cols[2]) else {
            preconditionFailure("bad corpus line \(n + 1): \(line)")
        }
        let checks = cols.count > 3 ? cols[3].split(separator: " ").map(String.init) : []
        out.append(CorpusCase(locale: locale, expecting: e, text: cols[1].replacingOccurrences(of: "⏎", with: "\n"), intent: i, checks: checks, line: n + 1))
    }
    return out
}

/// The zone each language's corpus is written for.
func zone(for locale: String) -> TimeZone {
    switch locale {
    case "es": TimeZone(identifier: "Europe/Madrid")!
    case "ru": TimeZone(identifier: "Europe/Moscow")!
    case "de": TimeZone(identifier: "Europe/Berlin")!
    case "fr": TimeZone(identifier: "Europe/Paris")!
    case "nl": TimeZone(identifier: "Europe/Amsterdam")!
    case "it": TimeZone(identifier: "Europe/Rome")!
    case "pt": TimeZone(identifier: "America/Sao_Paulo")!
    default: TimeZone(identifier: "Europe/London")!
    }
}

/// Monday 23 November 2026, 10:15 in the corpus zone; open 09:00–20:00.
func corpusContext(_ locale: String) -> ReplyContext {
    let z = zone(for: locale)
    return ReplyContext(now: IntentBatch.parseNow("2026-11-23T10:15:00", zone: z)!, zone: z, openingMinute: 540, closingMinute: 1200)
}

/// Wall time "2026-11-26T16:00" of an instant in a zone.
func wall(_ date: Date, _ zone: TimeZone) -> String {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = zone
    let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(format: "%04d-%02d-%02dT%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
}

/// What went wrong with one case, or nil when the matcher reads it as the table says.
func mismatch(_ c: CorpusCase, locale: String? = nil) -> String? {
    let ctx = corpusContext(c.locale)
    let u = sharedMatcher.understand(c.text, locale: locale ?? c.locale, expecting: c.expecting, context: ctx)
    var problems: [String] = []
    if u.intent != c.intent { problems.append("intent \(u.intent.rawValue) (\(u.confidence)), want \(c.intent.rawValue)") }
    for check in c.checks {
        let kv = check.split(separator: "=", maxSplits: 1).map(String.init)
        switch kv[0] {
        case "at":
            let got = u.time.map { wall($0.start, ctx.zone) } ?? "nil"
            if got != kv[1] { problems.append("time \(got), want \(kv[1])") }
        case "end":
            let got = u.time?.end.map { wall($0, ctx.zone) } ?? "nil"
            if got != kv[1] { problems.append("end \(got), want \(kv[1])") }
        case "grain":
            if u.time?.grain.rawValue != kv[1] { problems.append("grain \(u.time?.grain.rawValue ?? "nil"), want \(kv[1])") }
        case "choice":
            if u.choice != Int(kv[1]) { problems.append("choice \(u.choice.map(String.init) ?? "nil"), want \(kv[1])") }
        case "late":
            if u.lateMinutes != Int(kv[1]) { problems.append("late \(u.lateMinutes.map(String.init) ?? "nil"), want \(kv[1])") }
        case "notime":
            if let t = u.time { problems.append("time \(wall(t.start, ctx.zone)), want none") }
        case "sens":
            if !u.sensitivity.contains(Sensitivity(rawValue: kv[1])!) { problems.append("no \(kv[1]) sensitivity") }
        case "locale":
            if u.locale != kv[1] { problems.append("locale \(u.locale), want \(kv[1])") }
        case "tentative":
            // Hedged ("I'll confirm tomorrow"): the conversation takes no option on it.
            if !u.tentative { problems.append("not tentative") }
        case "question":
            // Acted on, and a question beside it handed to a person ("Yes! Is there parking nearby?").
            if !u.alsoAsks { problems.append("no question handed over beside it") }
        case "asks":
            // Read at a confidence the conversation asks about before it cancels (see `Conversation.sureToCancel`).
            if u.confidence >= 0.8 { problems.append("confidence \(u.confidence), want under 0.8 so the client is asked first") }
        default:
            problems.append("unknown check \(check)")
        }
    }
    return problems.isEmpty ? nil : problems.joined(separator: "; ")
}

/// Every language's table.
let allCorpora = englishCorpus + spanishCorpus + russianCorpus + germanCorpus + frenchCorpus + dutchCorpus + italianCorpus + portugueseCorpus
