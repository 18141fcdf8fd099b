@testable import Channels
import Testing

/// HTML-only replies made plain: what the client typed, without markup or the quote their mail program nested.
@Suite("HTML made plain")
struct HTMLTextTests {
    static let cases: [(String, String, String)] = [
        ("paragraphs and breaks", "<p>Yes,</p><p>see you<br>then</p>", "Yes,\n\nsee you\nthen"),
        ("source line breaks are spaces", "<div>Can we move\n  it to Friday?</div>", "Can we move it to Friday?"),
        ("entities", "Fish &amp; chips &lt;3 &#8212; caf&eacute; &#x263A;&nbsp;ok", "Fish & chips <3 — café ☺ ok"),
        ("style, script and head dropped", "<html><head><title>t</title><style>p{color:red}</style></head><body><script>x()</script><p>Yes</p></body></html>", "Yes"),
        ("blockquote dropped, nested too", "Confirm<blockquote>old<blockquote>older</blockquote>still old</blockquote>", "Confirm"),
        ("Gmail quote dropped", "<div dir=\"ltr\">Sí</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">El mar escribió:</div><blockquote>x</blockquote></div>", "Sí"),
        ("Thunderbird citation dropped", "<p>Да</p><div class=\"moz-cite-prefix\">24.11.2026 10:00, Салон пишет:</div><blockquote type=\"cite\">x</blockquote>", "Да"),
        ("a > inside an attribute", "<a title=\"a>b\" href=\"x\">link</a> text", "link text"),
        ("comments dropped", "Yes<!-- [if mso]><p>hidden</p><![endif] --> please", "Yes please"),
        ("an unknown entity is kept", "R&D &unknown; ok", "R&D &unknown; ok"),
    ]

    @Test("HTML to text", arguments: cases)
    func plain(_ name: String, _ html: String, _ expected: String) {
        #expect(HTMLText.plain(html) == expected, "\(name)")
    }
}
