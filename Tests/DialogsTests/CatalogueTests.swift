import BookingCore
import Catalogues
@testable import Dialogs
import Foundation
import Testing

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A copy of the real catalogue in a scratch folder, with one file edited.
func editedCatalogue(_ file: String, _ edit: (String) -> String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dialogs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for name in ["en.yaml", "es.yaml", "ru.yaml"] {
        let text = try String(contentsOf: repository.appendingPathComponent("dialogs/\(name)"), encoding: .utf8)
        try (name == file ? edit(text) : text).write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir
}

func replacing(_ old: String, _ new: String) -> (String) -> String {
    { text in
        precondition(text.contains(old), "the fixture edit no longer matches: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }
}

@Suite("The catalogue on disk, proved")
struct CatalogueProofTests {
    @Test("the shipped catalogue passes every proof")
    func shippedCataloguePasses() {
        let report = catalogue.check()
        #expect(report.problems.isEmpty, "\(report.problems.map(\.description).joined(separator: "\n"))")
        #expect(Set(catalogue.locales.keys) == ["de", "en", "es", "fr", "it", "nl", "pt", "ru"])
        #expect(report.renderings == 8 * MessageName.allCases.count * 3 * 2)
    }

    @Test("every language has every message, with the same channel variants and button payloads")
    func sameShape() {
        let en = catalogue.locales["en"]!
        for (locale, lang) in catalogue.locales {
            #expect(lang.messageNames == Set(MessageName.allCases), "\(locale)")
            for name in MessageName.allCases {
                #expect(lang.messages[name]?.variants == en.messages[name]?.variants, "\(locale) \(name)")
                #expect(lang.messages[name]?.buttons.map(\.payload.source) == en.messages[name]?.buttons.map(\.payload.source), "\(locale) \(name)")
            }
        }
    }

    @Test("every SMS, rendered with long realistic values, fits in 2 segments; English and Spanish stay GSM-7", arguments: ["en", "es", "ru"])
    func smsFits(locale: String) throws {
        for name in MessageName.allCases {
            let long = try catalogue.render(name, locale: locale, channel: .sms, variables: DialogSamples.variables(for: name, locale: locale, long: true))
            #expect(long.smsSegments.segments <= 2, "\(locale) \(name): \(long.smsSegments)\n\(long.text)")
            let typical = try catalogue.render(name, locale: locale, channel: .sms, variables: DialogSamples.variables(for: name, locale: locale))
            if locale != "ru" { #expect(typical.smsSegments.encoding == .gsm7, "\(locale) \(name): \(typical.text)") }
        }
    }

    @Test("messenger buttons: at most 3, titles up to 20 characters, payloads up to 64 bytes", arguments: ["en", "es", "ru"])
    func buttonLimits(locale: String) throws {
        for name in MessageName.allCases {
            for long in [false, true] {
                let r = try catalogue.render(name, locale: locale, channel: .whatsapp, variables: DialogSamples.variables(for: name, locale: locale, long: long))
                #expect(r.buttons.count <= 3, "\(locale) \(name)")
                for b in r.buttons {
                    #expect((1...20).contains(b.title.count), "\(locale) \(name): \(b.title)")
                    #expect((1...64).contains(b.payload.utf8.count), "\(locale) \(name): \(b.payload)")
                }
            }
        }
    }

    @Test("the sample data supplies exactly the variables each message declares, and every declared variable is documented")
    func variablesSuppliedAndDocumented() throws {
        let docs = try String(contentsOf: repository.appendingPathComponent("docs/dialogs.md"), encoding: .utf8)
        for name in MessageName.allCases {
            for long in [false, true] {
                #expect(Set(DialogSamples.variables(for: name, locale: "en", long: long).keys) == Set(name.variables.map(\.name)), "\(name)")
            }
            #expect(docs.contains("`\(name.rawValue)`"), "docs/dialogs.md does not mention \(name.rawValue)")
            for v in name.variables { #expect(docs.contains("`\(v.name)`"), "docs/dialogs.md does not document \(v.name)") }
        }
    }

    @Test("no client is ever asked to reply with a carrier opt-out word")
    func noReservedWords() {
        for lang in catalogue.locales.values {
            for (name, m) in lang.messages {
                for (_, t, _) in m.all {
                    let words = Set(t.source.split(whereSeparator: { !$0.isLetter }).map(String.init))
                    #expect(words.isDisjoint(with: reservedSMSKeywords), "\(lang.file) \(name)")
                }
            }
        }
    }
}

@Suite("The check fails, naming file:message:channel, when the catalogue is wrong")
struct CatalogueCheckFailureTests {
    static let breakages: [(file: String, old: String, new: String, expected: String)] = [
        ("ru.yaml", "    sms: \"Спасибо! Администратор скоро вам ответит.\"\n", "", "ru.yaml:handoff:sms: missing, but en.yaml has it"),
        ("en.yaml", "Thanks {{first_name}}, someone from our team", "Thanks {{frist_name}}, someone from our team",
         "en.yaml:handoff:sms: uses \"frist_name\", which handoff does not take"),
        ("en.yaml", "sms: \"Thanks {{first_name}}, someone from our team will get back to you shortly.\"",
         "sms: \"Thanks {{first_name}}, someone from our team will get back to you shortly. Reply CANCEL to cancel.\"",
         "en.yaml:handoff:sms: asks for \"CANCEL\", a carrier opt-out word"),
        ("en.yaml", "sms: \"Thanks {{first_name}}, someone from our team will get back to you shortly.\"",
         "sms: \"Thanks {{first_name}}, someone from our team will get back to you shortly \u{2014} promise.\"",
         "en.yaml:handoff:sms: is not GSM-7 (sms_gsm7 is on) because of \"\u{2014}\""),
        ("ru.yaml", "sms: \"Спасибо! Администратор скоро вам ответит.\"",
         "sms: \"Спасибо, {{first_name}}! Наш администратор обязательно ответит вам в течение рабочего дня, а пока вы можете посмотреть свободное время на сайте.\"",
         "ru.yaml:handoff:sms: takes 3 segments"),
        ("en.yaml", "        - {title: \"I can't come\", payload: cancel}\n",
         "        - {title: \"I can't come\", payload: cancel}\n        - {title: \"Call me\", payload: call}\n",
         "en.yaml:reminder_confirm:messenger: has 4 buttons (WhatsApp allows 3)"),
        ("en.yaml", "{title: \"Change the time\", payload: reschedule}", "{title: \"I'd like another time\", payload: reschedule}",
         "en.yaml:reminder_confirm:messenger: button \"I'd like another time\" has 21 characters"),
        ("en.yaml", "{title: \"Change the time\", payload: reschedule}", "{title: \"Change the time\", payload: \"\(String(repeating: "r", count: 65))\"}",
         "has 65 bytes (Telegram allows 1-64)"),
        ("es.yaml", "{title: \"Cambiar la hora\", payload: reschedule}", "{title: \"Cambiar la hora\", payload: change}",
         "es.yaml:reminder_confirm:messenger: button payloads"),
        ("en.yaml", "      {{number}}) {{when}}\n      {{/slots}}\n      Reply with the number that suits you.\n    sms:",
         "      {{number}}) {{when}}\n      {{/slots}}\n      {{slots}}\n      Reply with the number that suits you.\n    sms:",
         "\"slots\" is a list"),
    ]

    @Test("each breakage is reported", arguments: breakages.indices)
    func reported(_ i: Int) throws {
        let b = Self.breakages[i]
        let dir = try editedCatalogue(b.file, replacing(b.old, b.new))
        let report = try DialogCatalogue.load(directory: dir).check()
        #expect(report.problems.contains { $0.description.contains(b.expected) },
                "expected \(b.expected), got:\n\(report.problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("loading names file and line: unknown messages and keys, bad templates, bad patterns")
    func loadErrors() throws {
        let cases: [(String, String, String, String)] = [
            ("es.yaml", "  handoff:\n", "  handof:\n", "es.yaml:"),
            ("en.yaml", "  handoff:\n    text:", "  handoff:\n    txt:", "handoff: unknown key \"txt\""),
            ("en.yaml", "\"Thanks, {{first_name}}. A member", "\"Thanks, {{#first_name}. A member", "handoff.text:"),
            ("ru.yaml", "date: \"{weekday}, {day} {month}\"", "date: \"{wekday}, {day} {month}\"", "ru.yaml:"),
            ("en.yaml", "    email:\n      subject: \"We'll be in touch\"\n", "", "handoff: needs email.subject"),
        ]
        for (file, old, new, expected) in cases {
            let dir = try editedCatalogue(file, replacing(old, new))
            do {
                _ = try DialogCatalogue.load(directory: dir)
                Issue.record("\(file): \(new) loaded without complaint")
            } catch let DialogError.invalidCatalogue(problems) {
                // A business's own file is named by its path, with the line.
                #expect(problems.contains { $0.contains(expected) && $0.hasPrefix(dir.path + "/" + file) }, "\(problems)")
                #expect(problems.allSatisfy { $0.range(of: #"^/.+/[a-z-]+\.yaml(:\d+)?: "#, options: .regularExpression) != nil }, "\(problems)")
            }
        }
        let unknown = try editedCatalogue("es.yaml", replacing("  handoff:\n", "  handof:\n"))
        #expect(throws: DialogError.self) { try DialogCatalogue.load(directory: unknown) }
    }

    @Test("a missing message falls back to English at render time but fails the check")
    func missingMessage() throws {
        let dir = try editedCatalogue("es.yaml", { text in
            let start = text.range(of: "  handoff:\n")!
            let end = text.range(of: "  help:\n")!
            return text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        })
        let c = try DialogCatalogue.load(directory: dir)
        #expect(try c.render(.handoff, locale: "es", channel: .sms, variables: DialogSamples.variables(for: .handoff, locale: "es")).locale == "en")
        #expect(c.check().problems.map(\.description).contains(dir.path + "/es.yaml:handoff: missing (every language needs every message)"))
    }
}

@Suite("The built-in messages and a business's own")
struct OwnDialogsTests {
    @Test("the program carries the release's dialogs/ folder, and it loads as it is")
    func builtIn() throws {
        let shipped = try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("dialogs").path).filter { $0.hasSuffix(".yaml") }
        let files = CatalogueFiles.builtIn(.dialogs)
        #expect(files.names(endingIn: [".yaml"]) == shipped.sorted())
        for name in shipped {
            #expect(files[name]?.contents == FileManager.default.contents(atPath: repository.appendingPathComponent("dialogs/\(name)").path), "\(name)")
        }
        #expect(try DialogCatalogue.load(files: files).check().problems.isEmpty)
    }

    @Test("an own es.yaml changes Spanish only; a mistake in it is named by its path")
    func ownFile() throws {
        let edited = try editedCatalogue("es.yaml", replacing("te recordamos tu cita", "te esperamos en tu cita"))
        let own = FileManager.default.temporaryDirectory.appendingPathComponent("own-dialogs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: edited.appendingPathComponent("es.yaml"), to: own.appendingPathComponent("es.yaml"))
        let files = try CatalogueFiles.resolve(.dialogs, settings: ["SLOTKEEPER_DIALOGS_DIR": own.path])
        let catalogue = try DialogCatalogue.load(files: files)
        let spanish = DialogSamples.variables(for: .reminder, locale: "es"), english = DialogSamples.variables(for: .reminder, locale: "en")
        #expect(try catalogue.render(.reminder, locale: "es", channel: .sms, variables: spanish).text.contains("te esperamos en tu cita"))
        let builtIn = try DialogCatalogue.load(files: CatalogueFiles.builtIn(.dialogs))
        #expect(try catalogue.render(.reminder, locale: "en", channel: .sms, variables: english).text
                == builtIn.render(.reminder, locale: "en", channel: .sms, variables: english).text)

        try "language: Español\nmessages: [".write(to: own.appendingPathComponent("es.yaml"), atomically: true, encoding: .utf8)
        #expect {
            try DialogCatalogue.load(files: try CatalogueFiles.resolve(.dialogs, settings: ["SLOTKEEPER_DIALOGS_DIR": own.path]))
        } throws: { error in
            "\(error)".hasPrefix(own.appendingPathComponent("es.yaml").path)
        }
        #expect(throws: CatalogueFolderError.self) { try CatalogueFiles.resolve(.dialogs, explicit: own.appendingPathComponent("none").path) }
    }
}
