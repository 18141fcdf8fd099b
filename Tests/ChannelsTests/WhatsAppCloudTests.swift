import BookingCore
import Channels
import Foundation
import Testing

/// The Graph API's `/messages` as `FakeProvider` plays it: every send is accepted with a wamid counting from 1.
enum FakeGraph {
    static let phoneNumberID = "106540352242922"

    static func make() -> FakeProvider {
        FakeProvider(route: { path in String(path.split(separator: "/").last ?? "") }) { _, call, count in
            let to = call.json["to"] as? String ?? ""
            return .init(status: 200, body: #"{"messaging_product":"whatsapp","contacts":[{"input":"\#(to)","wa_id":"\#(to)"}],"messages":[{"id":"wamid.TEST\#(count)"}]}"#)
        }
    }

    /// A Graph API error as Meta sends it.
    static func error(_ status: Int, code: Int, _ message: String, details: String = "") -> FakeProvider.Reply {
        .init(status: status, body: #"{"error":{"message":"\#(message)","type":"OAuthException","code":\#(code),"error_data":{"messaging_product":"whatsapp","details":"\#(details)"},"fbtrace_id":"AbCdEf"}}"#)
    }

    static let settings = WhatsAppCloud.Settings(token: "EAAG-test-token", appSecret: "test-app-secret", verifyToken: "verify-me",
                                                 phoneNumberID: phoneNumberID,
                                                 templates: ["reminder_confirm": .init(name: "appointment_reminder", parameters: ["first_name", "when", "location"])],
                                                 templateLanguages: ["en": "en_GB"])

    static func sender(_ base: String, now: Date, logger: LogLines = LogLines()) -> WhatsAppCloud {
        var settings = Self.settings
        settings.apiBase = base + "/v21.0"
        // A deadline a loaded test machine still meets (as the other channels' fakes have).
        return WhatsAppCloud(settings: settings, http: ProviderHTTP(timeout: .seconds(30)), logger: logger.logger, now: { now })
    }
}

@Suite("WhatsApp: sending and the 24-hour rule")
struct WhatsAppCloudTests {
    static let now = Date(timeIntervalSince1970: 1_764_000_000)
    static let buttons: [OutboundMessage.Button] = [.init(title: "Yes, I'll be there", payload: "confirm"),
                                                     .init(title: "Change the time", payload: "reschedule"),
                                                     .init(title: "I can't come, sorry about that", payload: "cancel")]

    static func message(lastInbound: Date?, buttons: [OutboundMessage.Button] = buttons, name: String = "reminder_confirm",
                        locale: String = "en") -> OutboundMessage {
        OutboundMessage(id: 3, channel: .whatsapp, address: "447700900101", body: "Hi Olivia, this is Soho Wellness. Will you be coming?",
                        buttons: buttons, name: name, locale: locale,
                        variables: ["first_name": "Olivia", "when": "Tue 24 Nov at 10:00", "location": "Soho\nLondon", "business": "Soho Wellness"],
                        lastInbound: lastInbound)
    }

    @Test("inside the window: reply buttons, titles cut to 20 characters; more than 3 buttons, or none: plain text")
    func insideWindow() throws {
        let sender = WhatsAppCloud(settings: FakeGraph.settings)
        let recent = Self.now.addingTimeInterval(-3600)
        #expect(try sender.plan(Self.message(lastInbound: recent), at: Self.now) == .buttons(
            body: "Hi Olivia, this is Soho Wellness. Will you be coming?",
            buttons: [.init(title: "Yes, I'll be there", payload: "confirm"), .init(title: "Change the time", payload: "reschedule"),
                      .init(title: "I can't come, sorry…", payload: "cancel")]))
        let four = Self.buttons + [.init(title: "Later", payload: "later")]
        #expect(try sender.plan(Self.message(lastInbound: recent, buttons: four), at: Self.now) == .text(["Hi Olivia, this is Soho Wellness. Will you be coming?"]))
        #expect(try sender.plan(Self.message(lastInbound: recent, buttons: []), at: Self.now) == .text(["Hi Olivia, this is Soho Wellness. Will you be coming?"]))
    }

    @Test("outside the window, or with no message ever: only the template, its parameters in the configured order")
    func outsideWindow() throws {
        let sender = WhatsAppCloud(settings: FakeGraph.settings)
        let template = WhatsAppCloud.Plan.template(name: "appointment_reminder", language: "en_GB", parameters: ["Olivia", "Tue 24 Nov at 10:00", "Soho; London"])
        #expect(try sender.plan(Self.message(lastInbound: Self.now.addingTimeInterval(-25 * 3600)), at: Self.now) == template)
        #expect(try sender.plan(Self.message(lastInbound: nil), at: Self.now) == template)
        // The window is taken to close 10 minutes early: 23 h 55 min after the client wrote, only a template may go.
        #expect(try sender.plan(Self.message(lastInbound: Self.now.addingTimeInterval(-(23 * 3600 + 55 * 60))), at: Self.now) == template)
        #expect(try sender.plan(Self.message(lastInbound: nil, locale: "es"), at: Self.now)
                == .template(name: "appointment_reminder", language: "es", parameters: ["Olivia", "Tue 24 Nov at 10:00", "Soho; London"]))
    }

    @Test("outside the window without a template: a permanent failure naming the message, so the dispatcher falls back")
    func noTemplate() {
        let sender = WhatsAppCloud(settings: FakeGraph.settings)
        #expect(throws: SendFailure.permanent("outside WhatsApp's 24-hour window and no approved template for waitlist_offer")) {
            try sender.plan(Self.message(lastInbound: nil, name: "waitlist_offer"), at: Self.now)
        }
    }

    @Test("a send is a POST to /{phone number id}/messages with the Bearer token; interactive and template bodies as Meta documents them")
    func requests() async throws {
        let fake = FakeGraph.make()
        let ids = try await fake.serve { base in
            let sender = FakeGraph.sender(base, now: Self.now)
            return [try await sender.send(Self.message(lastInbound: Self.now.addingTimeInterval(-60))),
                    try await sender.send(Self.message(lastInbound: nil))]
        }
        #expect(ids == ["wamid.TEST1", "wamid.TEST2"])
        let calls = fake.calls(to: "messages")
        #expect(calls.allSatisfy { $0.path == "/v21.0/\(FakeGraph.phoneNumberID)/messages" && $0.headers["authorization"] == "Bearer EAAG-test-token" })
        #expect(String(decoding: calls[0].body, as: UTF8.self) == #"{"interactive":{"action":{"buttons":["#
                + #"{"reply":{"id":"confirm","title":"Yes, I'll be there"},"type":"reply"},{"reply":{"id":"reschedule","title":"Change the time"},"type":"reply"},"#
                + #"{"reply":{"id":"cancel","title":"I can't come, sorry…"},"type":"reply"}]},"body":{"text":"Hi Olivia, this is Soho Wellness. Will you be coming?"},"#
                + #""type":"button"},"messaging_product":"whatsapp","recipient_type":"individual","to":"447700900101","type":"interactive"}"#)
        #expect(String(decoding: calls[1].body, as: UTF8.self) == #"{"messaging_product":"whatsapp","recipient_type":"individual","#
                + #""template":{"components":[{"parameters":[{"text":"Olivia","type":"text"},{"text":"Tue 24 Nov at 10:00","type":"text"},"#
                + #"{"text":"Soho; London","type":"text"}],"type":"body"}],"language":{"code":"en_GB"},"name":"appointment_reminder"},"#
                + #""to":"447700900101","type":"template"}"#)
    }

    @Test("Graph error codes: the window and undeliverable numbers are final, rate limits are retried, a dead token is final and logged",
          arguments: [
            (FakeGraph.error(400, code: 131047, "Re-engagement message", details: "Message failed to send because more than 24 hours have passed"),
             SendFailure.permanent("outside WhatsApp's 24-hour window (WhatsApp error 131047: Message failed to send because more than 24 hours have passed)")),
            (FakeGraph.error(400, code: 131026, "Message undeliverable", details: "Unable to deliver message"),
             .permanent("WhatsApp error 131026: Unable to deliver message")),
            (FakeGraph.error(400, code: 130429, "Rate limit hit", details: "Cloud API message throughput has been reached"),
             .transient("WhatsApp error 130429: Cloud API message throughput has been reached", retryAfter: nil)),
            (FakeGraph.error(400, code: 131056, "Pair rate limit hit", details: "Too many messages to this recipient"),
             .transient("WhatsApp error 131056: Too many messages to this recipient", retryAfter: nil)),
            (FakeGraph.error(400, code: 100, "Invalid parameter", details: "Parameter 'to' is invalid"),
             .permanent("WhatsApp error 100: Parameter 'to' is invalid")),
            (FakeGraph.error(401, code: 190, "Error validating access token: Session has expired"),
             .permanent("WhatsApp error 190: Error validating access token: Session has expired")),
            (FakeProvider.Reply(status: 503, body: "Service Unavailable"), .transient("WhatsApp error HTTP 503", retryAfter: nil)),
          ])
    func failures(reply: FakeProvider.Reply, expected: SendFailure) async throws {
        let fake = FakeGraph.make(), lines = LogLines()
        fake.script("messages", [reply])
        let outcome = try await fake.serve { base in
            await attempt { () async throws(SendFailure) in try await FakeGraph.sender(base, now: Self.now, logger: lines).send(Self.message(lastInbound: nil)) }
        }
        #expect(outcome == .failure(expected))
        #expect(lines.all.contains { $0.contains("renew SLOTKEEPER_WHATSAPP_TOKEN") } == "\(expected)".contains("190"))
    }
}

@Suite("WhatsApp: settings")
struct WhatsAppSettingsTests {
    static let complete = ["SLOTKEEPER_WHATSAPP_TOKEN": "EAAG", "SLOTKEEPER_WHATSAPP_APP_SECRET": "s", "SLOTKEEPER_WHATSAPP_VERIFY_TOKEN": "v",
                           "SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID": "106540352242922"]

    @Test("templates: message=template:variables, entries by commas, semicolons or spaces")
    func templates() throws {
        let parsed = try WhatsAppCloud.Settings.templates("reminder=appointment_reminder:first_name,when,location, waitlist_offer=slot_offer:when;help=help_info")
        #expect(parsed == ["reminder": .init(name: "appointment_reminder", parameters: ["first_name", "when", "location"]),
                           "waitlist_offer": .init(name: "slot_offer", parameters: ["when"]), "help": .init(name: "help_info")])
        let known: [String: Set<String>] = ["reminder": ["first_name", "when", "location", "business", "service"]]
        #expect(throws: SettingError.self) { try WhatsAppCloud.Settings.templates("reminder=r:whenn", messages: known) }
        #expect(throws: SettingError.self) { try WhatsAppCloud.Settings.templates("remindr=r:when", messages: known) }
        #expect(throws: SettingError.self) { try WhatsAppCloud.Settings.templates("when,reminder=r") }
        #expect(throws: SettingError.self) { try WhatsAppCloud.Settings.templates("reminder=Appointment Reminder") }
    }

    @Test("off without a token; each missing credential named; the template language follows the locale unless mapped")
    func environment() throws {
        #expect(try WhatsAppCloud.Settings(SettingsReader([:])) == nil)
        let settings = try #require(try WhatsAppCloud.Settings(SettingsReader(Self.complete.merging(
            ["SLOTKEEPER_WHATSAPP_TEMPLATES": "reminder=appointment_reminder:when", "SLOTKEEPER_WHATSAPP_TEMPLATE_LANGUAGES": "en=en_US"]) { $1 })))
        #expect(settings.apiBase == "https://graph.facebook.com/v21.0")
        #expect(settings.templates["reminder"] == .init(name: "appointment_reminder", parameters: ["when"]))
        #expect(settings.templateLanguage(for: "en") == "en_US")
        #expect(settings.templateLanguage(for: "en-GB") == "en_US")
        #expect(settings.templateLanguage(for: "pt-BR") == "pt_BR")
        #expect(settings.templateLanguage(for: "ru") == "ru")
        for name in ["SLOTKEEPER_WHATSAPP_APP_SECRET", "SLOTKEEPER_WHATSAPP_VERIFY_TOKEN", "SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID"] {
            var env = Self.complete
            env[name] = nil
            do {
                _ = try WhatsAppCloud.Settings(SettingsReader(env))
                Issue.record("\(name) missing must stop start-up")
            } catch {
                #expect(error.name == name)
            }
        }
        do {
            _ = try WhatsAppCloud.Settings(SettingsReader(Self.complete.merging(["SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID": "+44 7700 900000"]) { $1 }))
            Issue.record("a phone number is not a phone number id")
        } catch {
            #expect(error.name == "SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID")
        }
    }
}
