import BookingCore
import Channels
import Foundation
import Testing

@Suite("WhatsApp: webhook payloads and signatures")
struct WhatsAppWebhookPayloadTests {
    /// A text message as Meta posts it, byte for byte.
    static let textBody = #"{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"messages":[{"from":"447700900101","id":"wamid.HBgLNDQ3NzAwOTAwMTAxFQIAEhgUM0VCMDRBN0I1RjhBRDE2N0JBQjMA","timestamp":"1764000000","type":"text","text":{"body":"Yes, see you then!"}}]}}]}]}"#
    /// Made independently of this code with Python's hmac module:
    /// `"sha256=" + hmac.new(b"test-app-secret", body, hashlib.sha256).hexdigest()` over `textBody`'s 416 bytes.
    static let textSignature = "sha256=03d34064ecbf8d0112385805c28341446c220276be8f0b37ad3dcecfd49906db"

    static func body(_ value: String, phone: String = "106540352242922") -> String {
        #"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"\#(phone)"},\#(value)}}]}]}"#
    }

    @Test("the signature is HMAC-SHA256 of the raw body with the app secret, as Meta computes it")
    func signature() {
        let check = WhatsAppSignature(appSecret: "test-app-secret")
        #expect(Self.textBody.utf8.count == 416)
        #expect(check.header(for: Array(Self.textBody.utf8)) == Self.textSignature)
        #expect(check.isValid(Self.textSignature, body: Array(Self.textBody.utf8)))
        #expect(check.isValid(Self.textSignature.uppercased().replacingOccurrences(of: "SHA256=", with: "sha256="), body: Array(Self.textBody.utf8)))
        #expect(!check.isValid(nil, body: Array(Self.textBody.utf8)))
        #expect(!check.isValid("03d34064ecbf8d0112385805c28341446c220276be8f0b37ad3dcecfd49906db", body: Array(Self.textBody.utf8)), "the sha256= prefix is required")
        #expect(!check.isValid(Self.textSignature, body: Array(Self.textBody.replacingOccurrences(of: "Yes", with: "No!").utf8)))
        #expect(!WhatsAppSignature(appSecret: "another-secret").isValid(Self.textSignature, body: Array(Self.textBody.utf8)))
    }

    @Test("text, a tapped reply button, a template's quick reply and a captioned photo become inbound messages")
    func messages() throws {
        let value = #"""
        "contacts":[{"profile":{"name":"Olivia"},"wa_id":"447700900101"}],
        "messages":[
          {"from":"447700900101","id":"wamid.A","timestamp":"1","type":"text","text":{"body":"Can we do Thursday?"}},
          {"from":"447700900101","id":"wamid.B","timestamp":"2","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"confirm","title":"Yes, I'll be there"}}},
          {"from":"447700900101","id":"wamid.C","timestamp":"3","type":"button","context":{"from":"15550783881","id":"wamid.OUT"},"button":{"payload":"cancel","text":"I can't come"}},
          {"from":"447700900101","id":"wamid.D","timestamp":"4","type":"image","image":{"caption":"Is this the right door?","mime_type":"image/jpeg","id":"1"}},
          {"from":"447700900101","id":"wamid.E","timestamp":"5","type":"audio","audio":{"mime_type":"audio/ogg","id":"2","voice":true}},
          {"from":"447700900101","id":"wamid.F","timestamp":"6","type":"reaction","reaction":{"message_id":"wamid.OUT","emoji":"👍"}}
        ]
        """#
        let payload = try #require(WhatsAppWebhookPayload.parse(Array(Self.body(value).utf8), phoneNumberID: "106540352242922"))
        #expect(payload.messages == [
            InboundMessage(channel: .whatsapp, from: "447700900101", text: "Can we do Thursday?", providerID: "wamid.A"),
            InboundMessage(channel: .whatsapp, from: "447700900101", text: "Yes, I'll be there", providerID: "wamid.B", button: "confirm"),
            InboundMessage(channel: .whatsapp, from: "447700900101", text: "I can't come", providerID: "wamid.C", button: "cancel"),
            InboundMessage(channel: .whatsapp, from: "447700900101", text: "Is this the right door?", providerID: "wamid.D"),
            InboundMessage(channel: .whatsapp, from: "447700900101", text: "[audio]", providerID: "wamid.E"),
        ])
        #expect(payload.reports.isEmpty)
    }

    @Test("statuses become delivery reports; a failure carries its code's reading")
    func statuses() throws {
        let value = #"""
        "statuses":[
          {"id":"wamid.S1","status":"sent","timestamp":"1","recipient_id":"447700900101"},
          {"id":"wamid.S1","status":"delivered","timestamp":"2","recipient_id":"447700900101"},
          {"id":"wamid.S1","status":"read","timestamp":"3","recipient_id":"447700900101"},
          {"id":"wamid.S2","status":"failed","timestamp":"4","recipient_id":"447700900101",
           "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."}}]},
          {"id":"wamid.S3","status":"failed","timestamp":"5","recipient_id":"447700900101","errors":[{"code":131056,"title":"(Business Account, Consumer Account) pair rate limit hit"}]},
          {"id":"wamid.S4","status":"failed","timestamp":"6","recipient_id":"447700900101","errors":[{"code":131026,"title":"Message undeliverable"}]},
          {"id":"wamid.S5","status":"deleted","timestamp":"7","recipient_id":"447700900101"}
        ]
        """#
        let payload = try #require(WhatsAppWebhookPayload.parse(Array(Self.body(value).utf8), phoneNumberID: "106540352242922"))
        #expect(payload.reports.map(\.status) == ["sent", "delivered", "read", "failed", "failed", "failed"])
        #expect(payload.reports.prefix(3).allSatisfy { $0.failure == nil && $0.channel == .whatsapp })
        #expect(payload.reports[3].failure == .permanent("outside WhatsApp's 24-hour window (WhatsApp error 131047: Message failed to send because more than 24 hours have passed since the customer last replied to this number.)"))
        #expect(payload.reports[4].failure == .transient("WhatsApp error 131056: (Business Account, Consumer Account) pair rate limit hit", retryAfter: nil))
        #expect(payload.reports[5].failure == .permanent("WhatsApp error 131026: Message undeliverable"))
    }

    @Test("another phone number's changes are skipped; a body that is not a webhook payload is refused")
    func otherNumberAndMalformed() throws {
        let value = #""messages":[{"from":"447700900101","id":"wamid.X","timestamp":"1","type":"text","text":{"body":"hi"}}]"#
        #expect(try #require(WhatsAppWebhookPayload.parse(Array(Self.body(value, phone: "999").utf8), phoneNumberID: "106540352242922")).messages.isEmpty)
        #expect(try #require(WhatsAppWebhookPayload.parse(Array(Self.body(value, phone: "999").utf8))).messages.count == 1)
        #expect(WhatsAppWebhookPayload.parse(Array("not json".utf8)) == nil)
        #expect(WhatsAppWebhookPayload.parse(Array(#"{"object":"page"}"#.utf8)) == nil)
        #expect(WhatsAppWebhookPayload.parse(Array(#"[1,2]"#.utf8)) == nil)
    }
}
