import Foundation

/// One request of the `slotkeeper intent` contract.
public struct IntentRequest: Sendable, Equatable {
    /// The caller's id, echoed back as written (a JSON string or number), if any.
    public var id: FlatValueText?
    public var text: String
    public var locale: String?
    public var expecting: Expecting
    public var context: ReplyContext.Parts

    public init(id: FlatValueText?, text: String, locale: String?, expecting: Expecting, context: ReplyContext.Parts) {
        self.id = id; self.text = text; self.locale = locale; self.expecting = expecting; self.context = context
    }
}

/// A JSON value kept as its JSON text, to echo an id exactly.
public struct FlatValueText: Sendable, Equatable {
    /// The JSON text, e.g. `"7"` (with quotes) or `7`.
    public var json: String
}

extension ReplyContext {
    /// The contract's `now` and `zone`, before a time zone is looked up.
    public struct Parts: Sendable, Equatable {
        public var now: String?
        public var zone: String?
        public var openingMinute: Int
        public var closingMinute: Int
        public init(now: String?, zone: String?, openingMinute: Int = 540, closingMinute: Int = 1200) {
            self.now = now; self.zone = zone; self.openingMinute = openingMinute; self.closingMinute = closingMinute
        }
    }
}

/// A request that cannot be answered, with the message for the error line.
public struct IntentRequestError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The contract's answer for one line.
public struct IntentResponse: Sendable, Equatable {
    public var id: FlatValueText?
    public var understanding: Understanding
    /// The zone `time` is written in.
    public var zone: TimeZone

    /// The JSON object of the contract: id, intent, confidence, time {start, end, grain}, choice.
    public var json: String {
        var out = "{"
        out.reserveCapacity(160)
        if let id { out.append("\"id\":"); out.append(id.json); out.append(",") }
        out.append("\"intent\":\""); out.append(understanding.intent.rawValue); out.append("\",\"confidence\":")
        out.append(IntentResponse.decimal(understanding.confidence))
        out.append(",\"time\":")
        if let t = understanding.time {
            let wall = WallClock(zone: zone)
            out.append("{\"start\":\""); out.append(wall.format(t.start)); out.append("\",\"end\":")
            if let e = t.end { out.append("\""); out.append(wall.format(e)); out.append("\"") } else { out.append("null") }
            out.append(",\"grain\":\""); out.append(t.grain.rawValue); out.append("\"}")
        } else {
            out.append("null")
        }
        out.append(",\"choice\":")
        out.append(understanding.choice.map(String.init) ?? "null")
        out.append("}")
        return out
    }

    /// A confidence with at most two decimals: 0.93, 0.9, 1.
    static func decimal(_ v: Double) -> String {
        let hundredths = Int((min(max(v, 0), 1) * 100).rounded())
        if hundredths == 100 { return "1" }
        if hundredths % 10 == 0 { return "0.\(hundredths / 10)" }
        return hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
    }
}

/// Turns request lines into answer lines: one JSON line in, one JSON line out. A bad line gives
/// `{"line":N,"error":"..."}` and the batch goes on.
public struct IntentBatch {
    public let matcher: ReplyMatcher
    private var zones: [String: TimeZone] = [:]
    private let clock: @Sendable () -> Date

    /// `clock` gives the current time for requests without `now`.
    public init(matcher: ReplyMatcher, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.matcher = matcher
        self.clock = clock
    }

    /// The answer line for input line number `line` (1-based), without a newline.
    public mutating func answer(line: Int, _ text: Substring) -> String {
        answer(line: line, bytes: Array(text.utf8))
    }

    /// The answer line for the bytes of one input line.
    public mutating func answer(line: Int, bytes: [UInt8]) -> String {
        do {
            let fields = try FlatJSONReader.parse(bytes)
            let request = try IntentBatch.request(fields)
            let response = try respond(request)
            return response.json
        } catch let e as FlatJSONError {
            return IntentBatch.errorLine(line, e.message)
        } catch let e as IntentRequestError {
            return IntentBatch.errorLine(line, e.message)
        } catch {
            return IntentBatch.errorLine(line, "\(error)")
        }
    }

    /// Answers a decoded request.
    public mutating func respond(_ request: IntentRequest) throws -> IntentResponse {
        let zone = try zone(request.context.zone)
        let now: Date
        if let text = request.context.now {
            guard let parsed = IntentBatch.parseNow(text, zone: zone) else {
                throw IntentRequestError(message: "\"now\": \"\(text)\" is not a date-time like 2026-11-23T10:15:00")
            }
            now = parsed
        } else {
            now = clock()
        }
        let context = ReplyContext(now: now, zone: zone, openingMinute: request.context.openingMinute,
                                   closingMinute: request.context.closingMinute)
        let u = matcher.understand(request.text, locale: request.locale, expecting: request.expecting, context: context)
        return IntentResponse(id: request.id, understanding: u, zone: zone)
    }

    private mutating func zone(_ name: String?) throws -> TimeZone {
        guard let name, !name.isEmpty else { return TimeZone(identifier: "UTC")! }
        if let z = zones[name] { return z }
        guard let z = TimeZone(identifier: name) else {
            throw IntentRequestError(message: "\"zone\": unknown time zone \"\(name)\"")
        }
        zones[name] = z
        return z
    }

    static func errorLine(_ line: Int, _ message: String) -> String {
        var out = "{\"line\":\(line),\"error\":"
        JSONText.quoted(message, into: &out)
        out.append("}")
        return out
    }

    static func request(_ f: [String: FlatValue]) throws -> IntentRequest {
        var id: FlatValueText? = nil
        switch f["id"] {
        case .string(let s)?: var q = ""; JSONText.quoted(s, into: &q); id = FlatValueText(json: q)
        case .number(let n)?: id = FlatValueText(json: n)
        case .null?, nil: id = nil
        case .bool?: throw IntentRequestError(message: "\"id\" must be a string or a number")
        }
        guard case .string(let text)? = f["text"] else {
            throw IntentRequestError(message: f["text"] == nil ? "missing \"text\"" : "\"text\" must be a string")
        }
        func optionalString(_ key: String) throws -> String? {
            switch f[key] {
            case .string(let s)?: return s.isEmpty ? nil : s
            case .null?, nil: return nil
            default: throw IntentRequestError(message: "\"\(key)\" must be a string")
            }
        }
        let locale = try optionalString("locale")
        var expecting = Expecting.none
        if let e = try optionalString("expecting") {
            guard let v = Expecting(rawValue: e) else {
                throw IntentRequestError(message: "\"expecting\": \"\(e)\" is not one of confirm, offer, rebook, none")
            }
            expecting = v
        }
        func minuteOfDay(_ key: String, _ fallback: Int) throws -> Int {
            guard let s = try optionalString(key) else { return fallback }
            guard let m = Language.minutes(s) else { throw IntentRequestError(message: "\"\(key)\": \"\(s)\" is not a time like 09:00") }
            return m
        }
        let parts = ReplyContext.Parts(now: try optionalString("now"), zone: try optionalString("zone"),
                                       openingMinute: try minuteOfDay("opening", 540), closingMinute: try minuteOfDay("closing", 1200))
        return IntentRequest(id: id, text: text, locale: locale, expecting: expecting, context: parts)
    }

    /// "2026-11-23T10:15:00" (wall time in the zone), or with "Z" / "+01:00" (an instant).
    public static func parseNow(_ text: String, zone: TimeZone) -> Date? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= b.count else { return nil }
            var v = 0
            for k in from..<(from + len) {
                guard (0x30...0x39).contains(b[k]) else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard b.count >= 16, let y = num(0, 4), b[4] == UInt8(ascii: "-"), let mo = num(5, 2), b[7] == UInt8(ascii: "-"),
              let d = num(8, 2), b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), let h = num(11, 2),
              b[13] == UInt8(ascii: ":"), let mi = num(14, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60 else { return nil }
        var k = 16
        var sec = 0
        if k < b.count, b[k] == UInt8(ascii: ":") {
            guard let s = num(k + 1, 2), s < 61 else { return nil }
            sec = s; k += 3
            if k < b.count, b[k] == UInt8(ascii: ".") { k += 1; while k < b.count, (0x30...0x39).contains(b[k]) { k += 1 } }
        }
        let day = WallClock.days(year: y, month: mo, day: d)
        if k == b.count { return WallClock(zone: zone).instant(day: day, minute: h * 60 + mi, second: sec) }
        var offset = 0
        if b[k] == UInt8(ascii: "Z") || b[k] == UInt8(ascii: "z") { k += 1 } else if b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-") {
            let negative = b[k] == UInt8(ascii: "-")
            guard let oh = num(k + 1, 2) else { return nil }
            var om = 0
            if k + 3 < b.count, b[k + 3] == UInt8(ascii: ":") { guard let m = num(k + 4, 2) else { return nil }; om = m; k += 6 }
            else if let m = num(k + 3, 2) { om = m; k += 5 } else { k += 3 }
            offset = (oh * 60 + om) * 60 * (negative ? -1 : 1)
        } else { return nil }
        guard k == b.count else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day * 86400 + h * 3600 + mi * 60 + sec - offset))
    }
}
