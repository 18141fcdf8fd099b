import BookingCore
@testable import Dialogs
import Foundation
import Testing

/// The real catalogue files, loaded once for the tests.
let catalogue: DialogCatalogue = {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dialogs")
    return try! DialogCatalogue.load(directory: dir)
}()

func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> LocalDateTime {
    LocalDateTime(date: LocalDate(year: y, month: m, day: d)!, time: LocalTime(minutes: h * 60 + min))
}

@Suite("Dates, times and money in each language, from the catalogue's own names")
struct FormatTests {
    static let dateTimeCases: [(locale: String, sms: Bool, value: LocalDateTime, expected: String)] = [
        ("en", false, at(2026, 11, 24, 10, 0), "Tue 24 Nov at 10:00"),
        ("es", false, at(2026, 11, 24, 10, 0), "mar 24 nov a las 10:00"),
        ("ru", false, at(2026, 11, 24, 10, 0), "вт, 24 нояб., 10:00"),
        ("en", false, at(2026, 3, 1, 9, 5), "Sun 1 Mar at 09:05"),
        ("es", false, at(2026, 11, 28, 9, 45), "sáb 28 nov a las 9:45"),
        ("es", true, at(2026, 11, 28, 9, 45), "sab 28 nov a las 9:45"),   // GSM-7 in SMS
        ("ru", false, at(2026, 5, 9, 18, 30), "сб, 9 мая, 18:30"),
        ("ru", true, at(2026, 11, 24, 10, 0), "вт 24.11 в 10:00"),
        ("ru", true, at(2027, 1, 3, 9, 0), "вс 03.01 в 9:00"),
    ]

    @Test("date and time", arguments: dateTimeCases)
    func dateTime(_ c: (locale: String, sms: Bool, value: LocalDateTime, expected: String)) {
        let lang = catalogue.locales[c.locale]!
        #expect((c.sms ? lang.smsFormats : lang.formats).format(c.value) == c.expected)
    }

    static let moneyCases: [(locale: String, minor: Int64, currency: String, expected: String)] = [
        ("en", 8_500, "GBP", "£85.00"),
        ("en", 125_050, "GBP", "£1,250.50"),
        ("en", 4_250, "EUR", "€42.50"),
        ("es", 8_500, "EUR", "85,00 €"),
        ("es", 125_000, "EUR", "1.250,00 €"),
        ("ru", 850_000, "RUB", "8 500 ₽"),
        ("ru", 850_050, "RUB", "8 500,50 ₽"),
        ("ru", 12_500_000, "RUB", "125 000 ₽"),
        ("en", 1_000, "CHF", "CHF10.00"),
        ("en", -500, "GBP", "£-5.00"),
    ]

    @Test("money", arguments: moneyCases)
    func money(_ c: (locale: String, minor: Int64, currency: String, expected: String)) {
        #expect(catalogue.locales[c.locale]!.formats.format(Money(minorUnits: c.minor, currency: c.currency)) == c.expected)
    }

    @Test("buttons get a short date that fits 20 characters in every language, on the longest names")
    func shortDates() {
        for (locale, lang) in catalogue.locales {
            for month in 1...12 {
                for day in 1...7 {  // every weekday
                    let s = lang.formats.formatShort(at(2026, month, day, 10, 45))
                    #expect(s.count <= 20, "\(locale): \(s)")
                }
            }
        }
    }
}
