import BookingCore
import Dialogs
import Engine
import Foundation
import Hummingbird
import Logging

/// The deposit link in messages, `GET /pay/{appointment}` (public: the id in the link is what the client has): it opens the
/// provider's payment page for the held slot (made once per hold and reused) with a 303, or says in the client's language
/// why there is nothing to pay. `/pay/{appointment}/done` and `/pay/{appointment}/cancelled` are where the provider sends
/// the client back. No page ever shows an error's insides.
struct PaymentPages: Sendable {
    let engine: Engine
    let configuration: ServerConfiguration

    /// The pages' words in `locale`: from the dashboard's files, the built-in ones when the dashboard is off.
    func pageText(_ locale: String) -> PaymentPageText { PaymentPageText(files: configuration.dashboard ?? .builtIn, locale: locale) }

    func pay(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let id = try appointment(context)
        guard let page = try await engine.depositPage(id) else { return html(.notFound, pageText("en").unknown, nil, locale: "en") }
        let text = pageText(page.locale)
        switch page.state {
        case .paid: return html(.ok, text.paid, page, locale: page.locale)
        case .nothingDue: return html(.ok, text.nothingDue, page, locale: page.locale)
        case .released: return html(.gone, text.released, page, locale: page.locale)
        case .awaiting: break
        }
        let base = configuration.publicURL + "/pay/" + (id.rawValue.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? id.rawValue)
        let outcome = try await engine.checkout(id, productName: PaymentPageText.fill(text.productName, page), successURL: base + "/done",
                                                cancelURL: base + "/cancelled")
        switch outcome {
        case .redirect(let url):
            return Response(status: .seeOther, headers: [.location: url, .cacheControl: "no-store"])
        case .notConfigured:
            return html(.notFound, text.notConfigured, page, locale: page.locale)
        case .unavailable(let reason):
            context.logger.error("payment page for appointment \(id) not opened: \(reason)")
            return html(.badGateway, text.unavailable, page, locale: page.locale)
        case .notAwaiting:
            // Paid or released between the two reads: show how it stands now.
            guard let now = try await engine.depositPage(id) else { return html(.notFound, text.unknown, nil, locale: page.locale) }
            switch now.state {
            case .paid: return html(.ok, text.paid, now, locale: now.locale)
            case .nothingDue: return html(.ok, text.nothingDue, now, locale: now.locale)
            case .awaiting, .released: return html(.gone, text.released, now, locale: now.locale)
            }
        }
    }

    /// Back from a successful payment: confirmed once the provider's webhook has arrived, else "a message is on its way".
    func done(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let id = try appointment(context)
        guard let page = try await engine.depositPage(id) else { return html(.notFound, pageText("en").unknown, nil, locale: "en") }
        let text = pageText(page.locale)
        return html(.ok, page.state == .paid ? text.paid : page.state == .nothingDue ? text.nothingDue : text.thanks, page, locale: page.locale)
    }

    /// Back without paying: nothing was taken; the hold stands until its time, with the link to pay after all.
    func cancelled(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let id = try appointment(context)
        guard let page = try await engine.depositPage(id) else { return html(.notFound, pageText("en").unknown, nil, locale: "en") }
        let text = pageText(page.locale)
        switch page.state {
        case .paid: return html(.ok, text.paid, page, locale: page.locale)
        case .nothingDue: return html(.ok, text.nothingDue, page, locale: page.locale)
        case .released: return html(.ok, text.notTakenExpired, page, locale: page.locale)
        case .awaiting: return html(.ok, text.notTaken, page, locale: page.locale, link: ("/pay/\(id.rawValue)", text.payAgain))
        }
    }

    func appointment(_ context: BasicRequestContext) throws -> AppointmentID {
        guard let id = context.parameters.get("appointment"), !id.isEmpty, id.count <= 128 else { throw HTTPError(.notFound) }
        return AppointmentID(id)
    }

    /// A short page: a title and a paragraph, optionally a link-button, escaped.
    func html(_ status: HTTPResponse.Status, _ p: PaymentPageText.Page, _ page: DepositPage?, locale: String,
              link: (href: String, label: String)? = nil) -> Response {
        let title = HTMLEscaping.escape(PaymentPageText.fill(p.title, page)), body = HTMLEscaping.escape(PaymentPageText.fill(p.body, page))
        let business = page.map { "<p class=\"who\">\(HTMLEscaping.escape($0.business))</p>" } ?? ""
        let button = link.map { "<p><a class=\"pay\" href=\"\(HTMLEscaping.escape($0.href))\">\(HTMLEscaping.escape($0.label))</a></p>" } ?? ""
        let document = """
            <!doctype html>
            <html lang="\(HTMLEscaping.escape(locale))"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#222}
            .who{color:#666}.pay{display:inline-block;padding:.6rem 1.2rem;background:#222;color:#fff;border-radius:.4rem;text-decoration:none}</style>
            </head><body>\(business)<h1>\(title)</h1><p>\(body)</p>\(button)</body></html>
            """
        return text(status, document, contentType: "text/html; charset=utf-8")
    }
}
