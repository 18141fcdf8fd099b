import Foundation
import Yams

/// The templates of one message in one language, as written in its catalogue file.
struct MessageTemplates: Sendable {
    /// The default body, used by every channel that has no variant of its own.
    var text: Template?
    var sms: Template?
    var messengerText: Template?
    var buttons: [ButtonTemplate]
    var emailSubject: Template?
    var emailBody: Template?
    /// Line of the message's key in its file.
    var line: Int
    /// The variants the file spells out (`text`, `sms`, `messenger`, `email`), compared across languages.
    var variants: Set<String>

    /// Every template of the message with where it is used, for checks.
    var all: [(variant: String, template: Template, each: String?)] {
        var out: [(String, Template, String?)] = []
        if let text { out.append(("text", text, nil)) }
        if let sms { out.append(("sms", sms, nil)) }
        if let messengerText { out.append(("messenger", messengerText, nil)) }
        for b in buttons { out.append(("messenger", b.title, b.each)); out.append(("messenger", b.payload, b.each)) }
        if let emailSubject { out.append(("email", emailSubject, nil)) }
        if let emailBody { out.append(("email", emailBody, nil)) }
        return out
    }
}

/// A reply button: fixed, or one per item of a list variable (`each: slots`).
struct ButtonTemplate: Sendable {
    var title: Template
    var payload: Template
    var each: String?
}

/// Reads one `dialogs/<locale>.yaml` into a `LocaleCatalogue`, naming file and line for every problem.
struct CatalogueFileReader {
    let file: String
    var problems: [String] = []

    init(file: String) { self.file = file }

    mutating func read(yaml: String, locale: String) -> LocaleCatalogue? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { problem(nil, "the file is empty"); return nil }
            root = node
        } catch {
            problem(nil, "is not valid YAML: \(error)")
            return nil
        }
        guard root.mapping != nil else { problem(root, "expected a mapping with language, formats and messages"); return nil }
        checkKeys(root, allowed: ["language", "sms_gsm7", "formats", "sms_formats", "email_signature", "escalation_reasons", "messages"],
                  what: "the top level")
        let language = string(root["language"], "language", in: root) ?? locale
        let gsm7 = root["sms_gsm7"]?.bool ?? false
        guard let formatsNode = root["formats"] else { problem(root, "formats: missing (month and weekday names, date, time and money patterns)"); return nil }
        guard let formats = readFormats(formatsNode, base: nil) else { return nil }
        let smsFormats = root["sms_formats"].flatMap { readFormats($0, base: formats) } ?? formats
        let signature = root["email_signature"].flatMap { template($0, "email_signature") }
        var reasons: [String: String] = [:]
        if let node = root["escalation_reasons"] {
            if let map = node.mapping {
                for (k, v) in map { if let key = k.string, let text = string(v, "escalation_reasons.\(key)", in: node) { reasons[key] = text } }
            } else {
                problem(node, "escalation_reasons: expected a mapping of reason: text")
            }
        }
        var messages: [MessageName: MessageTemplates] = [:]
        guard let messagesMap = root["messages"]?.mapping else { problem(root, "messages: missing or not a mapping"); return nil }
        for (keyNode, body) in messagesMap {
            let key = keyNode.string ?? ""
            guard let name = MessageName(rawValue: key) else {
                problem(keyNode, "unknown message \"\(key)\" (known: \(MessageName.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            if let m = readMessage(body, name: name, line: keyNode.mark?.line ?? 0) { messages[name] = m }
        }
        return LocaleCatalogue(locale: locale, file: file, language: language, smsExpectsGSM7: gsm7, formats: formats,
                               smsFormats: smsFormats, emailSignature: signature, escalationReasons: reasons, messages: messages)
    }

    private mutating func readMessage(_ node: Node, name: MessageName, line: Int) -> MessageTemplates? {
        let where_ = name.rawValue
        if node.scalar != nil {
            guard let t = template(node, where_) else { return nil }
            return MessageTemplates(text: t, buttons: [], line: line, variants: ["text"])
        }
        guard node.mapping != nil else { problem(node, "\(where_): expected text, or a mapping of text, sms, messenger and email"); return nil }
        checkKeys(node, allowed: ["text", "sms", "messenger", "email"], what: where_)
        var m = MessageTemplates(buttons: [], line: line, variants: [])
        if let t = node["text"] { m.text = template(t, "\(where_).text"); m.variants.insert("text") }
        if let s = node["sms"] { m.sms = template(s, "\(where_).sms"); m.variants.insert("sms") }
        if let msg = node["messenger"] {
            m.variants.insert("messenger")
            if msg.scalar != nil {
                m.messengerText = template(msg, "\(where_).messenger")
            } else {
                checkKeys(msg, allowed: ["text", "buttons"], what: "\(where_).messenger")
                m.messengerText = msg["text"].flatMap { template($0, "\(where_).messenger.text") }
                for (i, b) in (msg["buttons"]?.sequence ?? []).enumerated() {
                    let at = "\(where_).messenger.buttons[\(i + 1)]"
                    checkKeys(b, allowed: ["title", "payload", "each"], what: at)
                    guard let title = b["title"].flatMap({ template($0, "\(at).title") }),
                          let payload = b["payload"].flatMap({ template($0, "\(at).payload") }) else {
                        problem(b, "\(at): a button needs a title and a payload")
                        continue
                    }
                    m.buttons.append(ButtonTemplate(title: title, payload: payload, each: b["each"]?.string))
                }
            }
        }
        if let e = node["email"] {
            m.variants.insert("email")
            checkKeys(e, allowed: ["subject", "body"], what: "\(where_).email")
            m.emailSubject = e["subject"].flatMap { template($0, "\(where_).email.subject") }
            m.emailBody = e["body"].flatMap { template($0, "\(where_).email.body") }
        }
        if m.text == nil && (m.sms == nil || m.messengerText == nil || m.emailBody == nil) {
            problem(node, "\(where_): needs text, or all of sms, messenger text and email body")
        }
        if m.emailSubject == nil { problem(node, "\(where_): needs email.subject") }
        return m
    }

    private mutating func readFormats(_ node: Node, base: LocaleFormats?) -> LocaleFormats? {
        let at = base == nil ? "formats" : "sms_formats"
        checkKeys(node, allowed: ["weekdays", "weekdays_long", "months", "months_long", "date", "date_time", "date_time_short", "time", "money"], what: at)
        func names(_ key: String, _ count: Int, _ fallback: [String]?) -> [String]? {
            guard let n = node[key] else {
                if fallback == nil { problem(node, "\(at).\(key): missing") }
                return fallback
            }
            let list = (n.sequence ?? []).compactMap(\.string)
            guard list.count == count else { problem(n, "\(at).\(key): expected \(count) names, found \(list.count)"); return fallback }
            return list
        }
        func pattern(_ key: String, _ known: Set<String>, _ fallback: String?) -> String? {
            guard let n = node[key] else {
                if fallback == nil { problem(node, "\(at).\(key): missing") }
                return fallback
            }
            guard let s = n.string else { problem(n, "\(at).\(key): expected a pattern"); return fallback }
            let unknown = LocaleFormats.unknownPlaceholders(in: s, known: known)
            if !unknown.isEmpty { problem(n, "\(at).\(key): unknown placeholder {\(unknown[0])} (known: \(known.sorted().joined(separator: ", ")))") }
            return s
        }
        let dateKeys = LocaleFormats.datePlaceholders
        guard let weekdays = names("weekdays", 7, base?.weekdays), let weekdaysLong = names("weekdays_long", 7, base?.weekdaysLong),
              let months = names("months", 12, base?.months), let monthsLong = names("months_long", 12, base?.monthsLong),
              let date = pattern("date", dateKeys, base?.date), let dateTime = pattern("date_time", dateKeys, base?.dateTime),
              let dateTimeShort = pattern("date_time_short", dateKeys, base?.dateTimeShort),
              let time = pattern("time", LocaleFormats.timePlaceholders, base?.time) else { return nil }
        var money = base?.money
        if let m = node["money"] {
            checkKeys(m, allowed: ["pattern", "decimal", "group", "drop_zero_minor_units", "symbols"], what: "\(at).money")
            var symbols: [String: String] = [:]
            for (k, v) in m["symbols"]?.mapping ?? [:] { if let k = k.string, let v = v.string { symbols[k] = v } }
            guard let p = m["pattern"]?.string, p.contains("{amount}") else { problem(m, "\(at).money.pattern: missing or without {amount}"); return nil }
            money = MoneyFormat(pattern: p, decimalSeparator: m["decimal"]?.string ?? ".", groupSeparator: m["group"]?.string ?? ",",
                                dropZeroMinorUnits: m["drop_zero_minor_units"]?.bool ?? false, symbols: symbols)
        }
        guard let money else { problem(node, "\(at).money: missing"); return nil }
        return LocaleFormats(weekdays: weekdays, weekdaysLong: weekdaysLong, months: months, monthsLong: monthsLong, date: date,
                             dateTime: dateTime, dateTimeShort: dateTimeShort, time: time, money: money)
    }

    private mutating func template(_ node: Node, _ at: String) -> Template? {
        guard let s = node.string else { problem(node, "\(at): expected text"); return nil }
        do { return try Template(s) } catch { problem(node, "\(at): \(error)"); return nil }
    }

    private mutating func string(_ node: Node?, _ at: String, in parent: Node) -> String? {
        guard let node else { return nil }
        guard let s = node.string else { problem(node, "\(at): expected text"); return nil }
        return s
    }

    private mutating func checkKeys(_ node: Node, allowed: Set<String>, what: String) {
        guard let map = node.mapping else { problem(node, "\(what): expected a mapping"); return }
        for (k, _) in map where !allowed.contains(k.string ?? "") {
            problem(k, "\(what): unknown key \"\(k.string ?? "")\" (expected one of \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    private mutating func problem(_ node: Node?, _ message: String) {
        let line = node?.mark.map { ":\($0.line)" } ?? ""
        problems.append("\(file)\(line): \(message)")
    }
}
