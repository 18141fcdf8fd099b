import Dialogs
import Testing

@Suite("SMS segments: GSM-7 with its extension characters, UCS-2 otherwise")
struct SMSSegmentsTests {
    static let cases: [(text: String, encoding: SMSSegments.Encoding, units: Int, segments: Int)] = [
        ("", .gsm7, 0, 1),
        ("Hi Maria, see you Tue 24 Nov at 10:00.", .gsm7, 38, 1),
        (String(repeating: "a", count: 160), .gsm7, 160, 1),
        (String(repeating: "a", count: 161), .gsm7, 161, 2),
        (String(repeating: "a", count: 306), .gsm7, 306, 2),
        (String(repeating: "a", count: 307), .gsm7, 307, 3),
        ("Fee: 42,50 €", .gsm7, 13, 1),                       // € is an extension character: 2 septets
        ("^{}\\[~]|€", .gsm7, 18, 1),                          // every extension character counts twice
        (String(repeating: "€", count: 80), .gsm7, 160, 1),
        (String(repeating: "€", count: 81), .gsm7, 162, 2),
        ("£5 ¿Qué? ¡Sí! ñ ü é à Ç Ø ß", .ucs2, 27, 1),         // í is not in GSM-7
        ("¿Vienes? ¡Genial! ñ ü é Ñ Ü É ¿¡", .gsm7, 32, 1),    // these accents are
        ("It’s here", .ucs2, 9, 1),                            // a curly apostrophe makes it UCS-2
        ("10:00 — see you", .ucs2, 15, 1),                     // so does an em dash
        ("See you 😊", .ucs2, 10, 1),                          // an emoji is 2 UTF-16 units
        (String(repeating: "я", count: 70), .ucs2, 70, 1),
        (String(repeating: "я", count: 71), .ucs2, 71, 2),
        (String(repeating: "я", count: 134), .ucs2, 134, 2),
        (String(repeating: "я", count: 135), .ucs2, 135, 3),
        (String(repeating: "a", count: 152) + "€" + String(repeating: "a", count: 152), .gsm7, 306, 3), // an escape pair is never split
        (String(repeating: "a", count: 305) + "€", .gsm7, 307, 3),
        (String(repeating: "я", count: 66) + "😊" + String(repeating: "я", count: 66), .ucs2, 134, 3), // nor a surrogate pair
        (String(repeating: "я", count: 133) + "😊", .ucs2, 135, 3),
    ]

    @Test("counts encoding, units and segments", arguments: cases)
    func counts(_ c: (text: String, encoding: SMSSegments.Encoding, units: Int, segments: Int)) {
        let s = SMSSegments(c.text)
        #expect(s.encoding == c.encoding, "\(c.text)")
        #expect(s.units == c.units, "\(c.text)")
        #expect(s.segments == c.segments, "\(c.text)")
    }

    @Test("names the characters that leave GSM-7")
    func nonGSM() {
        #expect(SMSSegments.nonGSM7Characters(in: "sáb 28 nov, más tarde") == ["á"])
        #expect(SMSSegments.isGSM7("mié 25 nov a las 9:45, 42,50 €"))
        #expect(!SMSSegments.isGSM7("Привет"))
    }

    @Test("describes itself for previews")
    func description() {
        #expect(SMSSegments(String(repeating: "a", count: 200)).description == "2 segments, GSM-7, 200 characters")
        #expect(SMSSegments("Да").description == "1 segment, UCS-2, 2 UTF-16 units")
    }
}
