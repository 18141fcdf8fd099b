import BookingCore

/// One thing wrong in the catalogue, named as `file:message:channel: what`.
public struct CheckProblem: Hashable, Sendable, CustomStringConvertible {
    /// The catalogue file, e.g. `es.yaml`.
    public var file: String
    /// The message, when the problem is in one.
    public var message: MessageName?
    /// `text`, `sms`, `messenger` or `email`, when the problem is in one variant.
    public var variant: String?
    /// What is wrong, with the offending value.
    public var text: String

    public var description: String {
        [file, message?.rawValue, variant].compactMap { $0 }.joined(separator: ":") + ": " + text
    }
}

/// What `check()` found: problems, and figures for the summary.
public struct CheckReport: Sendable {
    /// Everything wrong; empty when the catalogue passes.
    public var problems: [CheckProblem] = []
    /// How many message renderings were tried (locales × messages × channels × sample sets).
    public var renderings = 0
    /// The most SMS segments any message takes with long values, per locale.
    public var worstSMS: [String: (message: MessageName, segments: SMSSegments)] = [:]
}

/// The SMS opt-out words of the providers besides STOP: a client must never be told to reply with one.
public let reservedSMSKeywords: Set<String> = ["CANCEL", "END", "QUIT", "UNSUBSCRIBE", "STOPALL", "REVOKE", "OPTOUT"]

extension DialogCatalogue {
    /// Proves the catalogue: every language has every message and variant, every variable is declared and supplied,
    /// SMS fits 2 segments with long values (GSM-7 where the language says so), button limits hold, no reserved keyword is asked for.
    public func check() -> CheckReport {
        var report = CheckReport()
        let all = locales.values.sorted { $0.locale < $1.locale }
        let englishReasons = Set(locales[DialogCatalogue.fallbackLocale]?.escalationReasons.keys ?? [:].keys)
        for lang in all {
            for reason in englishReasons.subtracting(lang.escalationReasons.keys).sorted() {
                report.problems.append(.init(file: lang.file, text: "escalation_reasons.\(reason): missing, but \(DialogCatalogue.fallbackLocale).yaml has it"))
            }
            for name in MessageName.allCases {
                guard let m = lang.messages[name] else {
                    report.problems.append(.init(file: lang.file, message: name, text: "missing (every language needs every message)"))
                    continue
                }
                // Variants and button payloads match across languages: the engine relies on the payloads.
                for other in all where other.locale != lang.locale {
                    guard let o = other.messages[name] else { continue }
                    for v in o.variants.subtracting(m.variants).sorted() {
                        report.problems.append(.init(file: lang.file, message: name, variant: v, text: "missing, but \(other.locale).yaml has it"))
                    }
                    let mine = m.buttons.map { $0.payload.source }, theirs = o.buttons.map { $0.payload.source }
                    if mine != theirs && other.locale == DialogCatalogue.fallbackLocale {
                        report.problems.append(.init(file: lang.file, message: name, variant: "messenger",
                                                     text: "button payloads \(mine) differ from \(other.locale).yaml's \(theirs)"))
                    }
                }
                checkDeclarations(lang, name, m, into: &report)
                for long in [false, true] { checkRendering(lang, name, long: long, into: &report) }
            }
        }
        return report
    }

    private func checkDeclarations(_ lang: LocaleCatalogue, _ name: MessageName, _ m: MessageTemplates, into report: inout CheckReport) {
        let declared = Dictionary(uniqueKeysWithValues: name.variables.map { ($0.name, $0.kind) })
        let sample = DialogSamples.variables(for: name, locale: lang.locale)
        for spec in name.variables where sample[spec.name] == nil {
            report.problems.append(.init(file: lang.file, message: name, text: "the sample data has no \"\(spec.name)\""))
        }
        var templates = m.all
        for b in m.buttons where b.each != nil && declared[b.each!] != .slots {
            report.problems.append(.init(file: lang.file, message: name, variant: "messenger", text: "buttons: each: \"\(b.each!)\" is not a list of slots"))
        }
        if let sig = lang.emailSignature, !name.isForStaff { templates.append(("email", sig, nil)) }
        for (variant, t, each) in templates {
            for ref in t.references {
                let sections = (each.map { [$0] } ?? []) + ref.sections
                if let list = sections.last(where: { declared[$0] == .slots || declared[$0] == .transcript }),
                   Renderer.itemFields(declared[list]!).contains(ref.name), !ref.isSection { continue }
                guard let kind = declared[ref.name] else {
                    report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                                 text: "uses \"\(ref.name)\", which \(name.rawValue) does not take (it takes \(name.variables.map(\.name).joined(separator: ", ")))"))
                    continue
                }
                let isList = kind == .slots || kind == .transcript
                if isList && !ref.isSection {
                    report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                                 text: "\"\(ref.name)\" is a list: show it with {{#\(ref.name)}}...{{/\(ref.name)}}"))
                } else if !isList && ref.isSection {
                    report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                                 text: "{{#\(ref.name)}} is a section, but \"\(ref.name)\" is not a list; every variable is always supplied"))
                }
            }
            for word in t.source.split(whereSeparator: { !$0.isLetter }) where reservedSMSKeywords.contains(String(word)) {
                report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                             text: "asks for \"\(word)\", a carrier opt-out word: a client who sends it is unsubscribed"))
            }
        }
    }

    private func checkRendering(_ lang: LocaleCatalogue, _ name: MessageName, long: Bool, into report: inout CheckReport) {
        let values = DialogSamples.variables(for: name, locale: lang.locale, long: long)
        let sampleName = long ? "long sample values" : "sample values"
        for channel in [Channel.sms, .whatsapp, .email] {
            let variant = DialogVariant(channel).rawValue
            report.renderings += 1
            let r: RenderedMessage
            do { r = try render(name, locale: lang.locale, channel: channel, variables: values) } catch {
                report.problems.append(.init(file: lang.file, message: name, variant: variant, text: "does not render with \(sampleName): \(error)"))
                continue
            }
            if r.locale != lang.locale { continue } // reported as missing above
            for part in [r.text, r.subject ?? ""] + r.buttons.flatMap({ [$0.title, $0.payload] }) where part.contains("{{") || part.contains("}}") {
                report.problems.append(.init(file: lang.file, message: name, variant: variant, text: "leaves braces in the output: \(part)"))
            }
            switch channel {
            case .sms:
                let seg = r.smsSegments
                if long {
                    if let w = report.worstSMS[lang.locale]?.segments, (w.segments, w.units) >= (seg.segments, seg.units) {} else {
                        report.worstSMS[lang.locale] = (name, seg)
                    }
                    if seg.segments > 2 {
                        report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                                     text: "takes \(seg) with long sample values (at most 2 segments):\n\(r.text)"))
                    }
                } else if lang.smsExpectsGSM7, seg.encoding != .gsm7 {
                    let odd = SMSSegments.nonGSM7Characters(in: r.text).map { "\"\($0)\"" }.joined(separator: ", ")
                    report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                                 text: "is not GSM-7 (sms_gsm7 is on) because of \(odd): \(r.text)"))
                }
            case .whatsapp:
                if r.buttons.count > 3 {
                    report.problems.append(.init(file: lang.file, message: name, variant: variant, text: "has \(r.buttons.count) buttons (WhatsApp allows 3)"))
                }
                for b in r.buttons {
                    if b.title.isEmpty || b.title.count > 20 {
                        report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                                     text: "button \"\(b.title)\" has \(b.title.count) characters (WhatsApp allows 1-20)"))
                    }
                    if b.payload.isEmpty || b.payload.utf8.count > 64 {
                        report.problems.append(.init(file: lang.file, message: name, variant: variant,
                                                     text: "button payload \"\(b.payload)\" has \(b.payload.utf8.count) bytes (Telegram allows 1-64)"))
                    }
                }
                if Set(r.buttons.map(\.payload)).count != r.buttons.count {
                    report.problems.append(.init(file: lang.file, message: name, variant: variant, text: "two buttons share a payload"))
                }
            default:
                if (r.subject ?? "").isEmpty {
                    report.problems.append(.init(file: lang.file, message: name, variant: variant, text: "has an empty subject"))
                }
            }
        }
    }
}
