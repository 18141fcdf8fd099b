import BookingCore
import Dialogs
import Foundation
import Hummingbird
import Store

/// `/book`: where the "book again" links of messages lead until the business names its own booking page
/// (`SLOTKEEPER_BOOKING_URL`): each location with its address and a phone number to tap, in the visitor's language.
struct BookingInfoPage: Sendable {
    let store: any BookingStore
    let businessName: String?

    /// The words of the page, per language.
    struct Words {
        var title: String, lead: String, call: String, noPhone: String
    }

    static let words: [String: Words] = [
        "en": Words(title: "Book a visit", lead: "To book, move or cancel a visit, call us and we'll find a time that suits you.",
                    call: "Call", noPhone: "Reply to our last message and we'll find you a time."),
        "es": Words(title: "Reserva una cita", lead: "Para reservar, cambiar o anular una cita, llámanos y buscamos la hora que mejor te venga.",
                    call: "Llamar", noPhone: "Contesta a nuestro último mensaje y te buscamos hora."),
        "ru": Words(title: "Запись на приём", lead: "Чтобы записаться, перенести или отменить визит, позвоните нам — подберём удобное время.",
                    call: "Позвонить", noPhone: "Ответьте на наше последнее сообщение, и мы подберём время."),
    ]

    /// The first language of `Accept-Language` the page speaks, else English.
    static func language(_ header: String?) -> String {
        for part in (header ?? "").split(separator: ",") {
            let tag = part.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
            let lang = String(tag.prefix { $0 != "-" })
            if words[lang] != nil { return lang }
        }
        return "en"
    }

    func page(_ request: Request) async throws -> Response {
        let lang = Self.language(request.headers[.acceptLanguage])
        let w = Self.words[lang]!
        let locations = try await store.locations()
        let business = HTMLEscaping.escape(businessName ?? (locations.count == 1 ? locations[0].name : ""))
        // "Call us" only where there is a number to call.
        let lead = locations.contains { $0.phone != nil } ? w.lead : w.noPhone
        var items = ""
        for l in locations {
            let phone = l.phone.map { p in
                "<p><a class=\"call\" href=\"tel:\(HTMLEscaping.escape(p.filter { $0 == "+" || $0.isNumber }))\">\(HTMLEscaping.escape(w.call)) \(HTMLEscaping.escape(p))</a></p>"
            } ?? ""
            let address = l.address.map { "<p class=\"where\">\(HTMLEscaping.escape($0))</p>" } ?? ""
            items += "<section><h2>\(HTMLEscaping.escape(l.name))</h2>\(address)\(phone)</section>"
        }
        let document = """
            <!doctype html>
            <html lang="\(lang)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLEscaping.escape(w.title))</title>
            <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#222}
            .who,.where{color:#555}.call{display:inline-block;padding:.6rem 1.2rem;background:#222;color:#fff;border-radius:.4rem;text-decoration:none}
            section{border-top:1px solid #ddd;margin-top:1.5rem}</style>
            </head><body>\(business.isEmpty ? "" : "<p class=\"who\">\(business)</p>")<h1>\(HTMLEscaping.escape(w.title))</h1>
            <p>\(HTMLEscaping.escape(lead))</p>\(items)</body></html>
            """
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: lang],
                        body: .init(byteBuffer: ByteBuffer(string: document)))
    }
}
