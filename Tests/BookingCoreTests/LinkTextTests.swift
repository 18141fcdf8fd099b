import BookingCore
import Foundation
import Testing

/// The text that goes into the links of every message: ids made safe in a URL, and link templates filled in.
@Suite("Link text")
struct LinkTextTests {
    @Test("a URL part keeps unreserved ASCII and percent-encodes every other byte of its UTF-8", arguments: [
        ("appt-3f2a.b_c~d", "appt-3f2a.b_c~d"),
        ("Maria Lopez", "Maria%20Lopez"),
        ("a/b?c=d&e#f", "a%2Fb%3Fc%3Dd%26e%23f"),
        ("José", "Jos%C3%A9"),
        ("маша", "%D0%BC%D0%B0%D1%88%D0%B0"),
        ("100%", "100%25"),
        ("", ""),
    ])
    func urlPart(raw: String, encoded: String) {
        #expect(URLPart.encode(raw) == encoded)
        // What a browser sends back decodes to the id itself.
        #expect(encoded.removingPercentEncoding == raw)
    }

    @Test("a template's placeholder is filled wherever it stands, and other braces are left alone", arguments: [
        ("https://spa.example/book/main?service={service}&c=7", "service", "hair-cut", "https://spa.example/book/main?service=hair-cut&c=7"),
        ("{service}", "service", "nails", "nails"),
        ("a={service}&b={service}", "service", "x", "a=x&b=x"),
        ("https://pay.example/{appointment}", "appointment", "appt-1", "https://pay.example/appt-1"),
        ("no placeholder {servic} {service", "service", "x", "no placeholder {servic} {service"),
        ("ends with {serv", "service", "x", "ends with {serv"),
        ("ünïcode {service} ✓", "service", "é", "ünïcode é ✓"),
    ])
    func filling(template: String, name: String, value: String, expected: String) {
        #expect(template.filling(name, with: value) == expected)
    }
}
