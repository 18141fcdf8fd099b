import BookingCore
import Foundation

/// Dates, times and money as the dashboard shows them, in the account's language and the location's zone.
struct DeskFormat {
    let locale: String
    let zone: TimeZone

    private func formatter(_ template: String) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: Self.region(locale))
        f.timeZone = zone
        f.setLocalizedDateFormatFromTemplate(template)
        return f
    }

    /// `10:00`.
    func time(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_GB")
        f.timeZone = zone
        f.dateFormat = "HH:mm"
        return f.string(from: d)
    }

    /// `Tue 8 Dec`.
    func day(_ d: Date) -> String { formatter("EEEdMMM").string(from: d) }

    /// `Tue 8 Dec, 10:00`.
    func dayTime(_ d: Date) -> String { "\(day(d)), \(time(d))" }

    /// `Tuesday 8 December 2026`.
    func longDay(_ d: Date) -> String { formatter("EEEEdMMMMyyyy").string(from: d) }

    /// `£85.00`.
    func money(_ m: Money) -> String {
        let f = NumberFormatter()
        f.numberStyle = .currency
        f.locale = Locale(identifier: Self.region(locale))
        f.currencyCode = m.currency
        return f.string(from: NSNumber(value: Double(m.minorUnits) / 100)) ?? "\(m)"
    }

    /// The language with the region whose conventions the dashboard writes in (day before month, a 24-hour clock); any other
    /// language in its own conventions ("85,00 €", "Mo. 30. Nov.").
    static func region(_ locale: String) -> String {
        switch locale {
        case "en", "": "en_GB"
        case "es": "es_ES"
        case "ru": "ru_RU"
        default: locale
        }
    }

    /// `12 min` or `2 h 5 min` left.
    static func minutes(_ seconds: TimeInterval) -> String {
        let m = max(0, Int(seconds / 60))
        return m >= 60 ? "\(m / 60) h \(m % 60) min" : "\(m) min"
    }
}
