import BookingCore
@testable import Dialogs
import Foundation
import Testing

@Suite("Rendering a message for a locale and channel")
struct RenderTests {
    let maria: [String: DialogValue] = [
        "business": .text("Willow & Stone"), "first_name": .text("Maria"), "service": .text("Facial"),
        "when": .dateTime(at(2026, 11, 24, 10, 0)), "location": .text("Soho"), "manage_link": .text("https://wsspa.example/book/m/a-1/kq7zt.Xb3d"),
    ]

    @Test("SMS is plain text with the date in the client's language and no HTML escaping")
    func sms() throws {
        let en = try catalogue.render(.reminderConfirm, locale: "en", channel: .sms, variables: maria)
        #expect(en.text == "Willow & Stone: Hi Maria, your Facial is on Tue 24 Nov at 10:00. Reply YES to confirm, or tell us if you need to change it. Or online: https://wsspa.example/book/m/a-1/kq7zt.Xb3d")
        #expect(en.subject == nil && en.html == nil && en.buttons.isEmpty)
        #expect(en.smsSegments.encoding == .gsm7)
        let es = try catalogue.render(.reminderConfirm, locale: "es", channel: .sms, variables: maria)
        #expect(es.text.contains("el mar 24 nov a las 10:00"))
        let ru = try catalogue.render(.reminderConfirm, locale: "ru", channel: .sms, variables: maria)
        #expect(ru.text.contains("вт 24.11 в 10:00"))
    }

    @Test("messenger channels get reply buttons; WhatsApp, Telegram and the simulator share them")
    func buttons() throws {
        for channel in [Channel.whatsapp, .telegram, .simulator] {
            let r = try catalogue.render(.reminderConfirm, locale: "en", channel: channel, variables: maria)
            #expect(r.buttons.map(\.payload) == ["confirm", "reschedule", "cancel"])
            #expect(r.buttons.first?.title == "Yes, I'll be there")
        }
    }

    @Test("a slot list is numbered in the text and becomes one button per slot")
    func slotList() throws {
        var v = maria
        v["slots"] = .slots([SlotOption(at(2026, 11, 26, 16, 30)), SlotOption(at(2026, 11, 27, 11, 0))])
        v["requested"] = .dateTime(at(2026, 11, 26, 16, 0))
        let r = try catalogue.render(.rescheduleNearest, locale: "es", channel: .telegram, variables: v)
        #expect(r.text.contains("el jue 26 nov a las 16:00 ya está ocupado"))
        #expect(r.text.contains("1) jue 26 nov a las 16:30\n2) vie 27 nov a las 11:00\n"))
        #expect(r.buttons == [ReplyButton(title: "jue 26 nov 16:30", payload: "slot:1"), ReplyButton(title: "vie 27 nov 11:00", payload: "slot:2")])
        let sms = try catalogue.render(.rescheduleNearest, locale: "en", channel: .sms, variables: v)
        #expect(sms.text == "Sorry, Thu 26 Nov at 16:00 is taken. The nearest free times are:\n1) Thu 26 Nov at 16:30\n2) Fri 27 Nov at 11:00\nReply with the number that suits you.")
    }

    @Test("e-mail has a subject, the signature, and HTML escaped only there")
    func email() throws {
        var v = maria
        v["first_name"] = .text("Zoë <3")
        let r = try catalogue.render(.reminder, locale: "en", channel: .email, variables: v)
        #expect(r.subject == "Your Facial on Tue 24 Nov at 10:00")
        #expect(r.text.hasSuffix("Warm wishes,\nWillow & Stone"))
        #expect(r.text.contains("Hi Zoë <3,"))
        let html = try #require(r.html)
        #expect(html.contains("Hi Zoë &lt;3,"))
        #expect(html.contains("<p>Warm wishes,<br>\nWillow &amp; Stone</p>"))
        let sms = try catalogue.render(.reminder, locale: "en", channel: .sms, variables: v)
        #expect(sms.text.contains("Willow & Stone: Hi Zoë <3,"), "no escaping outside e-mail")
    }

    @Test("links in e-mail become clickable")
    func links() throws {
        let v = DialogSamples.variables(for: .depositRequired, locale: "en")
        let r = try catalogue.render(.depositRequired, locale: "en", channel: .email, variables: v)
        #expect(r.html?.contains("<a href=\"https://wsspa.example/pay/7Q2X\">https://wsspa.example/pay/7Q2X</a>") == true)
    }

    @Test("an unknown locale falls back to English; a regional one to its language")
    func fallback() throws {
        let sv = try catalogue.render(.handoff, locale: "sv", channel: .sms, variables: maria)
        #expect(sv.locale == "en")
        let ptBR = try catalogue.render(.handoff, locale: "pt-BR", channel: .sms, variables: maria)
        #expect(ptBR.locale == "pt")
        let mx = try catalogue.render(.handoff, locale: "es-MX", channel: .sms, variables: maria)
        #expect(mx.locale == "es")
        #expect(mx.text.hasPrefix("Gracias Maria"))
    }

    @Test("a missing variable is an error naming message, locale, channel and variable")
    func missingVariable() {
        var v = maria
        v["when"] = nil
        #expect(throws: DialogError.missingVariable(message: .reminderConfirm, locale: "es", channel: .whatsapp, variable: "when")) {
            try catalogue.render(.reminderConfirm, locale: "es", channel: .whatsapp, variables: v)
        }
        let text = DialogError.missingVariable(message: .reminderConfirm, locale: "es", channel: .whatsapp, variable: "when").description
        #expect(text == "es.yaml:reminder_confirm:messenger: variable \"when\" was not supplied (channel whatsapp)")
    }

    @Test("a variable of the wrong kind is refused")
    func wrongKind() {
        var v = maria
        v["when"] = .text("tomorrow")
        #expect(throws: DialogError.wrongKind(message: .reminder, locale: "en", channel: .sms, variable: "when", expected: .dateTime, got: .text)) {
            try catalogue.render(.reminder, locale: "en", channel: .sms, variables: v)
        }
    }

    @Test("a clarifying list needs each appointment's label")
    func labels() throws {
        var v = maria
        v["appointments"] = .slots([SlotOption(at(2026, 11, 24, 10, 0), label: "Facial"), SlotOption(at(2026, 12, 1, 15, 30))])
        #expect(throws: DialogError.missingLabel(message: .clarifyAppointment, locale: "en", channel: .sms, variable: "appointments")) {
            try catalogue.render(.clarifyAppointment, locale: "en", channel: .sms, variables: v)
        }
        v["appointments"] = .slots([SlotOption(at(2026, 11, 24, 10, 0), label: "Facial"), SlotOption(at(2026, 12, 1, 15, 30), label: "Manicure")])
        let r = try catalogue.render(.clarifyAppointment, locale: "en", channel: .whatsapp, variables: v)
        #expect(r.text == "Which appointment do you mean, Maria?\n1) Facial, Tue 24 Nov at 10:00\n2) Manicure, Tue 1 Dec at 15:30")
        #expect(r.buttons.map(\.payload) == ["appointment:1", "appointment:2"])
    }

    @Test("the staff escalation carries client, appointment, reason, the last messages and what staff can reply")
    func escalation() throws {
        let v: [String: DialogValue] = [
            "business": .text("Willow & Stone"), "client": .text("Maria Lopez"), "client_contact": .text("SMS +447700900123"),
            "service": .text("Facial"), "when": .dateTime(at(2026, 11, 24, 10, 0)), "reason": .text("dispute"),
            "messages": .transcript([TranscriptLine(from: "Willow & Stone", text: "You missed your visit."), TranscriptLine(from: "Maria", text: "I did come!")]),
        ]
        let r = try catalogue.render(.staffEscalation, locale: "en", channel: .telegram, variables: v)
        #expect(r.text == """
            Needs a person: Maria Lopez (SMS +447700900123)
            Appointment: Facial, Tue 24 Nov at 10:00
            Why: dispute
            Last messages:
            Willow & Stone: You missed your visit.
            Maria: I did come!
            Reply here and we'll send your words to the client.
            """)
        #expect(r.buttons == [ReplyButton(title: "Handled", payload: "handled")])
        let email = try catalogue.render(.staffEscalation, locale: "en", channel: .email, variables: v)
        #expect(!email.text.contains("Warm wishes"), "staff e-mails carry no client signature")
    }

    @Test("the no-show check asks staff about the client's time")
    func noShowCheck() throws {
        let v: [String: DialogValue] = ["business": .text("W&S"), "client": .text("Maria"), "service": .text("Facial"), "time": .time(LocalTime(minutes: 600))]
        #expect(try catalogue.render(.staffNoShowCheck, locale: "en", channel: .whatsapp, variables: v).text == "Did Maria come to their 10:00 Facial?")
        #expect(try catalogue.render(.staffNoShowCheck, locale: "es", channel: .sms, variables: v).text == "W&S: ¿Vino Maria a su cita de Facial de las 10:00? Responde SI o NO.")
    }

    @Test("confirm_cancel asks before cancelling: YES/NO by SMS, confirm/decline buttons in every language")
    func confirmCancel() throws {
        let sms = try catalogue.render(.confirmCancel, locale: "en", channel: .sms, variables: maria)
        #expect(sms.text == "Willow & Stone: Just to check, would you like to cancel your Facial on Tue 24 Nov at 10:00? Reply YES to cancel it or NO to keep it.")
        for locale in ["en", "es", "ru"] {
            let r = try catalogue.render(.confirmCancel, locale: locale, channel: .whatsapp, variables: maria)
            #expect(r.buttons.map(\.payload) == ["confirm", "decline"], "\(locale)")
        }
    }

    @Test("a relayed staff answer of 120 characters fits 2 SMS segments in every language, staying GSM-7 in English and Spanish")
    func staffAnswer() throws {
        for locale in ["en", "es", "ru"] {
            let v = DialogSamples.variables(for: .staffAnswer, locale: locale, long: true)
            guard case .text(let answer)? = v["answer"] else { Issue.record("no answer sample"); continue }
            #expect(answer.count == 120, "\(locale): the long sample answer has \(answer.count) characters")
            let r = try catalogue.render(.staffAnswer, locale: locale, channel: .sms, variables: v)
            #expect(r.text.contains(answer))
            #expect(r.smsSegments.segments <= 2, "\(locale): \(r.smsSegments)")
            if locale != "ru" { #expect(r.smsSegments.encoding == .gsm7, "\(locale): \(r.text)") }
        }
        let v: [String: DialogValue] = ["business": .text("Willow & Stone"), "first_name": .text("Maria"), "staff": .text("Anna"), "answer": .text("Yes, that's fine.")]
        #expect(try catalogue.render(.staffAnswer, locale: "en", channel: .telegram, variables: v).text == "Anna from Willow & Stone: Yes, that's fine.")
    }

    @Test("the new staff messages are for staff: no client signature in their e-mails")
    func newStaffMessages() throws {
        let staff: [MessageName] = [.staffRunningLate, .staffRunningLateUnsure, .staffNoted, .staffUnknownReply]
        #expect(staff.allSatisfy { $0.isForStaff })
        #expect([MessageName.staffAnswer, .pickNumber, .cancelledByBusiness].allSatisfy { !$0.isForStaff })
        for name in staff {
            let email = try catalogue.render(name, locale: "en", channel: .email, variables: DialogSamples.variables(for: name, locale: "en"))
            #expect(!email.text.contains("Warm wishes"), "\(name)")
        }
        let v: [String: DialogValue] = ["business": .text("W&S"), "client": .text("Maria"), "service": .text("Facial"),
                                        "time": .time(LocalTime(minutes: 600)), "minutes": .count(10)]
        #expect(try catalogue.render(.staffRunningLate, locale: "en", channel: .sms, variables: v).text == "W&S: Maria is running about 10 min late for their 10:00 Facial.")
        #expect(try catalogue.render(.staffUnknownReply, locale: "es", channel: .whatsapp, variables: ["business": .text("W&S")]).buttons.map(\.payload) == ["arrived", "no_show"])
    }
}

@Suite("Sentence punctuation after a value")
struct PeriodTests {
    @Test("an abbreviated month before the sentence's period gives one period; an ellipsis stays", arguments: [
        ("советуем прийти снова около сб, 26 дек..", "советуем прийти снова около сб, 26 дек."),
        ("am Do., 10. Dez.. Bis dann!", "am Do., 10. Dez. Bis dann!"),
        ("le jeu. 10 déc.. À bientôt", "le jeu. 10 déc. À bientôt"),
        ("Un momento...", "Un momento..."),
        ("Fine.", "Fine."),
    ])
    func single(_ c: (String, String)) {
        #expect(Renderer.singlePeriods(c.0) == c.1)
    }

    @Test("no message in any language, on any channel, doubles a period")
    func everyLanguage() throws {
        #expect(catalogue.locales.count == 8)
        for locale in catalogue.locales.keys.sorted() {
            for name in MessageName.allCases {
                for long in [false, true] {
                    let values = DialogSamples.variables(for: name, locale: locale, long: long)
                    for channel in [Channel.sms, .telegram, .email] {
                        let text = try catalogue.render(name, locale: locale, channel: channel, variables: values).text
                        #expect(!text.replacingOccurrences(of: "...", with: "").contains(".."), "\(locale) \(name.rawValue) \(channel): \(text)")
                    }
                }
            }
        }
    }
}
