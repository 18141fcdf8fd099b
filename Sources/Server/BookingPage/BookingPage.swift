import BookingCore
import Channels
import Engine
import Foundation
import HTTPTypes
import Hummingbird
import Store

/// The client's own pages: `/book/{location}` to book a visit (service, staff member or anyone, a free time, then the phone
/// checked with a one-time code, or known from a personal link), and `/book/m/{appointment}/{token}` to confirm, cancel, move
/// a visit or join the waitlist, from the signed link in its messages. In the visitor's language (`Accept-Language`), with the
/// dashboard's files (`dashboard/templates/web_*.mustache`, the `web_` words of `dashboard/text/`).
///
/// Nothing here tells one phone, client or visit from another that the visitor hasn't shown to be theirs: a wrong or expired
/// link gets the same page as an unknown one, asking for a code says the same for any phone, and a block is told only to
/// the phone's verified owner.
struct BookingPage: Sendable {
    let engine: Engine
    let store: any BookingStore
    let files: DeskFiles
    let configuration: ServerConfiguration
    let links: ClientLinks

    /// The visitor cookie: who the visitor has shown themselves to be (a phone or a client), signed, for half an hour.
    static let cookieName = "slotkeeper_visitor"
    static let visitorLifetime: TimeInterval = 30 * 60
    /// How long a one-time code works, and how many wrong tries it takes.
    static let codeLifetime: TimeInterval = 10 * 60
    static let codeAttempts = 5
    /// How far ahead the page offers times.
    static let daysAhead = 21

    func register(on router: Router<BasicRequestContext>) {
        router.get("/book") { request, _ in try await locations(request) }
        router.get("/book/static/book.css") { _, _ in asset("book.css") }
        router.get("/book/:location") { request, context in await guarded(request, context) { try await BookingFlow(page: self, request: request, context: context).choose() } }
        router.get("/book/:location/details") { request, context in await guarded(request, context) { try await BookingFlow(page: self, request: request, context: context).details() } }
        router.post("/book/:location/code") { request, context in await guarded(request, context) { try await BookingFlow(page: self, request: request, context: context).sendCode() } }
        router.post("/book/:location/verify") { request, context in await guarded(request, context) { try await BookingFlow(page: self, request: request, context: context).verify() } }
        router.post("/book/:location/book") { request, context in await guarded(request, context) { try await BookingFlow(page: self, request: request, context: context).book() } }
        router.get("/book/m/:appointment/:token") { request, context in await guarded(request, context) { try await ManagePage(page: self, request: request, context: context).show() } }
        router.get("/book/m/:appointment/:token/cancel") { request, context in await guarded(request, context) { try await ManagePage(page: self, request: request, context: context).cancelPrompt() } }
        router.get("/book/m/:appointment/:token/move") { request, context in await guarded(request, context) { try await ManagePage(page: self, request: request, context: context).movePicker() } }
        for action in ManagePage.Action.allCases {
            router.post("/book/m/:appointment/:token/\(action.rawValue)") { request, context in
                await guarded(request, context) { try await ManagePage(page: self, request: request, context: context).act(action) }
            }
        }
    }

    // MARK: Pages

    /// `/book`: the one location's page, or the list of them.
    func locations(_ request: Request) async throws -> Response {
        let all = try await store.locations()
        if all.count == 1 { return Self.redirect("/book/" + ClientLinks.pathPart(all[0].id.rawValue)) }
        let locale = locale(request)
        let items: [[String: Any]] = all.map { ["name": $0.name, "address": $0.address ?? "", "href": "/book/" + ClientLinks.pathPart($0.id.rawValue)] }
        return render("web_locations", locale: locale, title: files.words(locale)["web_title"] ?? "", ["locations": items])
    }

    /// A page of the booking flow in the layout.
    func render(_ template: String, locale: String, title: String, _ values: [String: Any], status: HTTPResponse.Status = .ok,
                setCookie: String? = nil) -> Response {
        let words = files.words(locale)
        var context = Self.pruned(values)
        context["t"] = words
        let body = files.templates.render(context, withTemplate: template) ?? ""
        var layout: [String: Any] = ["t": words, "title": title, "body": body, "lang": locale]
        if let business = configuration.businessName, !business.isEmpty { layout["business"] = business }
        var response = Dashboard.html(status, files.templates.render(layout, withTemplate: "web_layout") ?? body)
        response.headers[.contentLanguage] = locale
        if let setCookie { response.headers[.setCookie] = setCookie }
        return response
    }

    /// `values` without its empty texts, at any depth: Mustache shows a section for an empty text, the page shouldn't.
    static func pruned(_ values: [String: Any]) -> [String: Any] {
        var out: [String: Any] = [:]
        for (key, value) in values {
            switch value {
            case let text as String where text.isEmpty: continue
            case let nested as [String: Any]: out[key] = pruned(nested)
            case let list as [[String: Any]]: out[key] = list.map(pruned)
            default: out[key] = value
            }
        }
        return out
    }

    /// A short page: a heading, a paragraph, and links onward.
    func message(_ locale: String, title: String, text: String, status: HTTPResponse.Status = .ok, links: [(String, String)] = [],
                 setCookie: String? = nil) -> Response {
        render("web_message", locale: locale, title: title,
               ["heading": title, "text": text, "links": links.map { ["href": $0.0, "label": $0.1] }], status: status, setCookie: setCookie)
    }

    /// Runs a page, answering a broken request with its own page and anything unexpected without its insides.
    func guarded(_ request: Request, _ context: BasicRequestContext, _ body: () async throws -> Response) async -> Response {
        let locale = locale(request)
        let words = files.words(locale)
        do {
            return try await body()
        } catch let problem as PageProblem {
            return message(locale, title: words[problem.titleKey] ?? "", text: problem.text ?? words[problem.textKey] ?? "", status: problem.status,
                           links: problem.back.map { [($0, words["web_start_again"] ?? "")] } ?? [])
        } catch {
            context.logger.error("booking page \(request.method) \(request.uri.path) failed: \(error)")
            return message(locale, title: words["web_error_title"] ?? "", text: words["web_error_internal"] ?? "", status: .internalServerError)
        }
    }

    // MARK: The visitor

    /// Who the request's cookie says the visitor is.
    func visitor(_ request: Request) -> ClientLinks.Visitor? {
        guard let value = Dashboard.cookie(Self.cookieName, in: request)?.removingPercentEncoding else { return nil }
        return links.visitor(fromCookie: value, now: engine.currentTime())
    }

    /// The cookie that remembers `visitor` for half an hour.
    func visitorCookie(_ visitor: ClientLinks.Visitor) -> String {
        let value = links.visitorCookie(visitor, until: engine.currentTime().addingTimeInterval(Self.visitorLifetime))
        let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~:+"))) ?? value
        return "\(Self.cookieName)=\(encoded); Path=/book; Max-Age=\(Int(Self.visitorLifetime)); HttpOnly; SameSite=Lax"
            + (configuration.publicURL.hasPrefix("https://") ? "; Secure" : "")
    }

    /// The client the visitor is: the one their link named, or the one whose phone they verified (nil for a new phone).
    func client(of visitor: ClientLinks.Visitor) async throws -> Client? {
        switch visitor {
        case .client(let id): return try await store.client(id)
        case .phone(let phone): return try await store.client(channel: .sms, address: phone)
        }
    }

    // MARK: Requests

    /// The language of the page: the first of `Accept-Language` it speaks, else English.
    func locale(_ request: Request) -> String { Dashboard.browserLocale(request, among: files.locales) }

    /// Where the request comes from, for the code limits: the first address a proxy in front reports, else `direct`.
    static func requester(_ request: Request) -> String {
        let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!]?.split(separator: ",").first
            ?? request.headers[HTTPField.Name("X-Real-IP")!]?[...]
        let value = forwarded.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return value.isEmpty ? "direct" : String(value.prefix(64))
    }

    /// A form posted from this server's own pages: same origin (when the browser says), at most 8 KiB, each name once.
    func form(_ request: Request) async throws -> [String: String] {
        if let origin = request.headers[.origin], !Dashboard.sameOrigin(origin, request, publicURL: configuration.publicURL) {
            throw PageProblem(.forbidden, titleKey: "web_error_title", textKey: "web_error_form")
        }
        guard let buffer = try? await request.body.collect(upTo: 8 * 1024), let fields = FormBody.parse(buffer.readableBytesView) else {
            throw PageProblem(.badRequest, titleKey: "web_error_title", textKey: "web_error_form")
        }
        var form: [String: String] = [:]
        for (name, value) in fields {
            // A name given twice is a form this page never makes.
            if form[name] != nil { throw PageProblem(.badRequest, titleKey: "web_error_title", textKey: "web_error_form") }
            form[name] = value
        }
        return form
    }


    static func query(_ request: Request, _ name: String) -> String? { DeskCall.queryValue(request, name) }

    static func redirect(_ location: String, setCookie: String? = nil) -> Response {
        var response = Dashboard.redirect(location)
        if let setCookie { response.headers[.setCookie] = setCookie }
        return response
    }

    func asset(_ name: String) -> Response {
        guard let bytes = files.assets[name] else { return text(.notFound, "not found\n") }
        return Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// A request the page can't go on with: its status and the words that say why.
struct PageProblem: Error {
    var status: HTTPResponse.Status
    var titleKey: String
    var textKey: String
    /// Said instead of `textKey`'s words, when the words need filling in.
    var text: String?
    /// Where "start again" leads, if anywhere.
    var back: String?

    init(_ status: HTTPResponse.Status, titleKey: String, textKey: String, text: String? = nil, back: String? = nil) {
        self.status = status
        self.titleKey = titleKey
        self.textKey = textKey
        self.text = text
        self.back = back
    }

    /// The one answer to a link that is wrong, run out, or names nothing: the same whichever it is.
    static let unknownLink = PageProblem(.notFound, titleKey: "web_link_title", textKey: "web_link_text")
}

/// One request to the booking page: its language, its words and the engine's clock, for the flow and the visit's page alike.
protocol BookingPageCall {
    var page: BookingPage { get }
    var request: Request { get }
}

extension BookingPageCall {
    var locale: String { page.locale(request) }
    var words: [String: String] { page.files.words(locale) }
    var now: Date { page.engine.currentTime() }

    /// The words of `key`, with `{name}` filled in from `values`.
    func word(_ key: String, _ values: [String: String] = [:]) -> String {
        var s = words[key] ?? key
        for (name, value) in values { s = s.replacingOccurrences(of: "{\(name)}", with: value) }
        return s
    }
}
