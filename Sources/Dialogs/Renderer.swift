import BookingCore

/// Renders one message of one language for one channel, refusing to leave any variable blank.
struct Renderer {
    let name: MessageName
    let language: LocaleCatalogue
    let message: MessageTemplates
    let channel: Channel
    let variables: [String: DialogValue]

    private var variant: DialogVariant { DialogVariant(channel) }
    private var formats: LocaleFormats { variant == .sms ? language.smsFormats : language.formats }

    func render() throws -> RenderedMessage {
        let body: Template?
        switch variant {
        case .sms: body = message.sms ?? message.text
        case .messenger: body = message.messengerText ?? message.text
        case .email: body = message.emailBody ?? message.text
        }
        guard let body else { throw DialogError.missingMessage(message: name, locale: language.locale) }
        let buttons = variant == .messenger ? message.buttons : []
        var used: [(Template, String?)] = [(body, nil)] + buttons.flatMap { [($0.title, $0.each), ($0.payload, $0.each)] }
        let signature = variant == .email && !name.isForStaff ? language.emailSignature : nil
        if let signature { used.append((signature, nil)) }
        let subject = variant == .email ? message.emailSubject : nil
        if let subject { used.append((subject, nil)) }
        for (template, each) in used { try checkReferences(template, inside: each) }

        let context = try self.context()
        var text = Self.trimmed(body.render(context))
        if let signature { text += "\n\n" + Self.trimmed(signature.render(context)) }
        var rendered = RenderedMessage(name: name, locale: language.locale, channel: channel, text: text, buttons: [])
        if let subject {
            rendered.subject = Self.trimmed(subject.render(context)).split(whereSeparator: \.isNewline).joined(separator: " ")
            rendered.html = EmailHTML.html(fromText: text)
        }
        for b in buttons {
            if let each = b.each {
                for item in context[each] as? [[String: Any]] ?? [] {
                    let itemContext = context.merging(item) { _, new in new }
                    rendered.buttons.append(ReplyButton(title: Self.trimmed(b.title.render(itemContext)), payload: Self.trimmed(b.payload.render(itemContext))))
                }
            } else {
                rendered.buttons.append(ReplyButton(title: Self.trimmed(b.title.render(context)), payload: Self.trimmed(b.payload.render(context))))
            }
        }
        return rendered
    }

    /// Every name a template uses is declared by the message and supplied by the caller (or is a field of a list entry).
    private func checkReferences(_ template: Template, inside each: String?) throws {
        let declared = Dictionary(uniqueKeysWithValues: name.variables.map { ($0.name, $0.kind) })
        for ref in template.references {
            let sections = (each.map { [$0] } ?? []) + ref.sections
            // Innermost list section whose entries have this field.
            if let list = sections.reversed().first(where: { declared[$0].map { $0 == .slots || $0 == .transcript } ?? false }),
               let kind = declared[list], Self.itemFields(kind).contains(ref.name) {
                if ref.name == "label", case .slots(let items)? = variables[list], items.contains(where: { $0.label == nil }) {
                    throw DialogError.missingLabel(message: name, locale: language.locale, channel: channel, variable: list)
                }
                continue
            }
            guard declared[ref.name] != nil else {
                throw DialogError.undeclaredVariable(message: name, locale: language.locale, channel: channel, variable: ref.name)
            }
            guard variables[ref.name] != nil else {
                throw DialogError.missingVariable(message: name, locale: language.locale, channel: channel, variable: ref.name)
            }
        }
    }

    /// The values as Mustache sees them: strings, and lists of dictionaries.
    private func context() throws -> [String: Any] {
        var out: [String: Any] = [:]
        for spec in name.variables {
            guard let value = variables[spec.name] else { continue }
            guard value.kind == spec.kind else {
                throw DialogError.wrongKind(message: name, locale: language.locale, channel: channel, variable: spec.name, expected: spec.kind, got: value.kind)
            }
            out[spec.name] = mustacheValue(value)
        }
        return out
    }

    private func mustacheValue(_ value: DialogValue) -> Any {
        switch value {
        case .text(let s): return s
        case .count(let n): return String(n)
        case .money(let m): return formats.format(m)
        case .dateTime(let dt): return formats.format(dt)
        case .date(let d): return formats.format(d)
        case .time(let t): return formats.format(t)
        case .slots(let items):
            return items.enumerated().map { i, s -> [String: Any] in
                ["number": String(i + 1), "when": formats.format(s.when), "short": formats.formatShort(s.when), "label": s.label ?? ""]
            }
        case .transcript(let lines):
            return lines.map { ["from": $0.from, "text": $0.text] as [String: Any] }
        }
    }

    static func itemFields(_ kind: DialogValue.Kind) -> Set<String> {
        switch kind {
        case .slots: ["number", "when", "short", "label"]
        case .transcript: ["from", "text"]
        default: []
        }
    }

    /// Without trailing spaces on lines and without blank lines at either end.
    /// One period where a value that ends in one (an abbreviated month, "сб, 26 дек.") meets the sentence's own: "дек.." is
    /// "дек.", in every language. A real ellipsis ("...") is left alone.
    static func singlePeriods(_ s: String) -> String {
        guard s.contains("..") else { return s }
        var out = ""
        var run = 0
        for c in s {
            if c == "." { run += 1; continue }
            out += String(repeating: ".", count: run == 2 ? 1 : run)
            run = 0
            out.append(c)
        }
        out += String(repeating: ".", count: run == 2 ? 1 : run)
        return out
    }

    static func trimmed(_ s: String) -> String {
        // Trailing blanks go from each line, blank lines from both ends; only line ends are touched.
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        for i in lines.indices {
            while let last = lines[i].last, last == " " || last == "\t" || last == "\r" { lines[i] = lines[i].dropLast() }
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return singlePeriods(lines.joined(separator: "\n"))
    }
}

/// The HTML part of an e-mail: the text, escaped, in paragraphs, with links made clickable.
enum EmailHTML {
    static func html(fromText text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map { para in
            "<p>" + para.split(separator: "\n", omittingEmptySubsequences: false).map { linkify(HTMLEscaping.escape(String($0))) }.joined(separator: "<br>\n") + "</p>"
        }
        return paragraphs.joined(separator: "\n")
    }


    /// Turns `https://…` words (already escaped) into links.
    static func linkify(_ line: String) -> String {
        line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard word.hasPrefix("https://") || word.hasPrefix("http://") else { return String(word) }
            var url = word[...], tail = ""
            while let last = url.last, ".,;:!?)".contains(last) { tail = String(last) + tail; url = url.dropLast() }
            return "<a href=\"\(url)\">\(url)</a>\(tail)"
        }.joined(separator: " ")
    }
}
