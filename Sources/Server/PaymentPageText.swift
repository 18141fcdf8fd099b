import Engine
import Foundation

/// The words of the deposit pages in the client's language: the `pay_*` words of `dashboard/text/<locale>.yaml` (English for
/// a language without them).
struct PaymentPageText: Sendable {
    /// A page: its title and its paragraph, with `{service}`, `{when}`, `{amount}`, `{until}`, `{link}` filled in.
    struct Page: Sendable {
        var title: String
        var body: String
    }

    let words: [String: String]

    init(files: DeskFiles, locale: String) { words = files.words(locale) }

    private func page(_ key: String) -> Page { Page(title: words["pay_\(key)_title"] ?? "", body: words["pay_\(key)_body"] ?? "") }

    var productName: String { words["pay_product_name"] ?? "" }
    var paid: Page { page("paid") }
    var released: Page { page("released") }
    var nothingDue: Page { page("nothing_due") }
    var unknown: Page { page("unknown") }
    var unavailable: Page { page("unavailable") }
    var thanks: Page { page("thanks") }
    var notTaken: Page { page("not_taken") }
    var notTakenExpired: Page { page("not_taken_expired") }
    var payAgain: String { words["pay_again"] ?? "" }
    var notConfigured: Page { page("not_configured") }

    /// `pattern` with the page's values in (`{service}`, `{when}`, `{when_short}`, `{amount}`, `{until}`, `{link}`; plain text: the HTML page escapes it).
    static func fill(_ pattern: String, _ page: DepositPage?) -> String {
        guard let page else { return pattern }
        return pattern.replacingOccurrences(of: "{service}", with: page.service).replacingOccurrences(of: "{when_short}", with: page.whenShort)
            .replacingOccurrences(of: "{when}", with: page.when)
            .replacingOccurrences(of: "{amount}", with: page.amount).replacingOccurrences(of: "{until}", with: page.holdUntil ?? "")
            .replacingOccurrences(of: "{link}", with: page.bookingLink)
    }
}
