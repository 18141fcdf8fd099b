import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Testing

@Suite("/book: where messages' booking links lead until the business names its own page")
struct BookingInfoPageTests {
    @Test("each location with a number to tap, in the visitor's language, escaped")
    func page() async throws {
        let spa = try await AdminSpa()
        try await spa.store.save(Location(id: "city", name: "City <Spa> & Co", timeZoneIdentifier: "Europe/London",
                                          openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!]), address: "1 Bank St"))
        try await spa.app.test(.router) { client in
            let en = try await client.execute(uri: "/book", method: .get)
            let html = String(buffer: en.body)
            #expect(en.status == .ok && en.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.contains("<h1>Book a visit</h1>") && html.contains(#"href="tel:+442079460000""#) && html.contains("Call +442079460000"))
            #expect(html.contains("City &lt;Spa&gt; &amp; Co") && !html.contains("<Spa>"), "names are escaped")
            #expect(html.contains("1 Bank St"))
            let ru = try await client.execute(uri: "/book", method: .get, headers: [.acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8"])
            #expect(String(buffer: ru.body).contains("Запись на приём") && ru.headers[.contentLanguage] == "ru")
            let other = try await client.execute(uri: "/book", method: .get, headers: [.acceptLanguage: "ja"])
            #expect(String(buffer: other.body).contains("Book a visit"), "a language the page doesn't speak: English")
        }
    }
}
