import BookingCore
import Channels
import Engine
import Foundation
import HTTPTypes
import Hummingbird
import Store

/// The front desk's screen, served under `/desk` (and `/`): the day's book, escalations, the waitlist, clients and the
/// settings, for people who sign in. Every change goes through the engine and the store exactly as the admin API's do, and
/// is audited with the person who made it.
struct Dashboard: Sendable {
    let engine: Engine
    let store: any BookingStore
    let files: DeskFiles
    let configuration: ServerConfiguration
    let limiter = SignInLimiter()

    init(engine: Engine, store: any BookingStore, files: DeskFiles, configuration: ServerConfiguration) {
        self.engine = engine
        self.store = store
        self.files = files
        self.configuration = configuration
        // The decoy hash an unknown name is checked against costs a quarter second to make: made now, not on a request.
        Task.detached { _ = DeskAuth.decoyHash }
    }
    /// Largest form accepted (the policy editor's document is the biggest).
    static let maxForm = 128 * 1024

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Self.redirect("/desk") }
        router.get("/desk/static/{name}") { _, context in asset(context.parameters.get("name") ?? "") }
        router.get("/desk/signin") { request, _ in await signInPage(request, problem: nil) }
        router.post("/desk/signin") { request, context in await signIn(request, context) }
        router.post("/desk/signout") { request, context in
            await desk(request, context) { call in
                try await store.endSession(tokenHash: call.session.tokenHash)
                var response = Self.redirect("/desk/signin?notice=signed_out")
                response.headers[.setCookie] = cookie("", maxAge: 0)
                return response
            }
        }
        router.post("/desk/language") { request, context in
            await desk(request, context) { call in
                guard let locale = try call.field("locale", maxLength: 5), call.desk.files.locales.contains(locale) else {
                    throw DeskError(.badRequest, call.word("error_bad_choice", ["field": "locale"]))
                }
                try await store.setLocale(username: call.account.username, locale: locale)
                return call.done("saved", fallback: "/desk")
            }
        }
        AgendaDesk(desk: self).register(on: router)
        BookingDesk(desk: self).register(on: router)
        EscalationDesk(desk: self).register(on: router)
        WaitlistDesk(desk: self).register(on: router)
        ClientDesk(desk: self).register(on: router)
        SettingsDesk(desk: self).register(on: router)
        ReportsDesk(desk: self).register(on: router)
    }

    // MARK: Signed-in requests

    /// Runs `handle` for a signed-in person: no live session sends a page request to sign in (a form post gets 401); a form
    /// post needs the session's CSRF token and a same-site origin; a refusal renders as a page with its reason.
    func desk(_ request: Request, _ context: BasicRequestContext,
              _ handle: @Sendable (DeskCall) async throws -> Response) async -> Response {
        let now = engine.currentTime()
        let isPost = request.method == .post
        let touch = request.uri.path != "/desk/events"
        guard let token = Self.cookie(request), let (session, account) = try? await DeskAuth.session(token: token, store: store, now: now, touch: touch) else {
            if isPost { return await signInPage(request, problem: files.words("en")["signin_expired"], status: .unauthorized) }
            let back = request.uri.description == "/desk" ? "" : "?back=" + FormBody.encode([("", request.uri.description)]).dropFirst()
            return Self.redirect("/desk/signin\(back)")
        }
        var form: [String: String] = [:]
        if isPost {
            if let origin = request.headers[.origin], !sameOrigin(origin, request) {
                return errorPage(DeskError(.forbidden, files.words(account.locale)["error_csrf"] ?? "cross-site form"), account: account)
            }
            guard let buffer = try? await request.body.collect(upTo: Self.maxForm) else {
                return errorPage(DeskError(.contentTooLarge, files.words(account.locale)["error_too_large"] ?? "too large"), account: account)
            }
            guard let fields = FormBody.parse(buffer.readableBytesView) else {
                return errorPage(DeskError(.badRequest, files.words(account.locale)["error_bad_form"] ?? "bad form"), account: account)
            }
            for (name, value) in fields {
                if form[name] != nil {
                    return errorPage(DeskError(.badRequest, (files.words(account.locale)["error_repeated"] ?? "{field}").replacingOccurrences(of: "{field}", with: name)),
                                     account: account)
                }
                form[name] = value
            }
            guard let sent = form["csrf"], DeskAuth.same(sent, session.csrfToken) else {
                return errorPage(DeskError(.forbidden, files.words(account.locale)["error_csrf"] ?? "cross-site form"), account: account)
            }
        }
        let call = DeskCall(desk: self, request: request, context: context, account: account, session: session, form: form, now: now)
        do {
            return try await handle(call)
        } catch let refusal as DeskError {
            return errorPage(refusal, account: account)
        } catch let error as StoreError {
            let status: HTTPResponse.Status = switch error {
            case .notFound: .notFound
            case .unusableDatabase, .importRejected: .internalServerError
            default: .conflict
            }
            return errorPage(DeskError(status, error.description), account: account)
        } catch let error as LifecycleError {
            return errorPage(DeskError(.conflict, "\(error)"), account: account)
        } catch let error as BookingRefusal {
            let status: HTTPResponse.Status = if case .notUpcoming = error { .conflict } else { .unprocessableContent }
            return errorPage(DeskError(status, error.description), account: account)
        } catch {
            context.logger.error("dashboard \(request.method) \(request.uri.path) failed: \(error)")
            return errorPage(DeskError(.internalServerError, files.words(account.locale)["error_internal"] ?? "internal error"), account: account)
        }
    }

    func errorPage(_ error: DeskError, account: StaffAccount) -> Response {
        let words = files.words(account.locale)
        let body = files.templates.render(["t": words, "message": error.message, "status": Int(error.status.code)], withTemplate: "error") ?? error.message
        let page = files.templates.render(["t": words, "title": words["error_title"] ?? "", "body": body, "account": account.displayName,
                                           "lang": account.locale, "signedIn": true], withTemplate: "layout") ?? body
        return Self.html(error.status, page)
    }

    /// The browser's `Origin` names this server (scheme, host and port as the request came, or the public address).
    func sameOrigin(_ origin: String, _ request: Request) -> Bool { Self.sameOrigin(origin, request, publicURL: configuration.publicURL) }

    static func sameOrigin(_ origin: String, _ request: Request, publicURL: String) -> Bool {
        if origin == publicURL { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    // MARK: Signing in

    func signInPage(_ request: Request, problem: String?, status: HTTPResponse.Status = .ok, username: String = "", back: String? = nil) async -> Response {
        let locale = Self.browserLocale(request, among: files.locales)
        let words = files.words(locale)
        var values: [String: Any] = ["t": words, "username": username, "back": back ?? DeskCall.queryValue(request, "back") ?? ""]
        if let problem { values["problem"] = problem }
        if let notice = DeskCall.queryValue(request, "notice"), let text = words["notice_\(notice)"] { values["notice"] = text }
        let body = files.templates.render(values, withTemplate: "signin") ?? ""
        let page = files.templates.render(["t": words, "title": words["signin_title"] ?? "", "body": body, "lang": locale], withTemplate: "layout") ?? body
        return Self.html(status, page)
    }

    func signIn(_ request: Request, _ context: BasicRequestContext) async -> Response {
        let now = engine.currentTime()
        let words = files.words(Self.browserLocale(request, among: files.locales))
        if let origin = request.headers[.origin], !sameOrigin(origin, request) {
            return await signInPage(request, problem: words["error_csrf"], status: .forbidden)
        }
        guard let buffer = try? await request.body.collect(upTo: 8 * 1024), let fields = FormBody.parse(buffer.readableBytesView) else {
            return await signInPage(request, problem: words["error_bad_form"], status: .badRequest)
        }
        var form: [String: String] = [:]
        for (name, value) in fields where form[name] == nil { form[name] = value }
        let username = String((form["username"] ?? "").prefix(80))
        let back = form["back"] ?? ""
        let name = "name:" + DeskAuth.normalised(username)
        // Too many attempts at one name (known or not) are answered as a locked account is, after the same bcrypt check.
        guard await limiter.attempt(name, now: now) else {
            _ = await DeskAuth.verify(String((form["password"] ?? "").prefix(200)), hash: DeskAuth.decoyHash)
            return await signInPage(request, problem: words["signin_locked"], status: .tooManyRequests, username: username, back: back)
        }
        let outcome: DeskAuth.SignIn
        do {
            outcome = try await DeskAuth.signIn(username: username, password: String((form["password"] ?? "").prefix(200)), store: store, now: now)
        } catch {
            context.logger.error("dashboard sign-in failed: \(error)")
            return await signInPage(request, problem: words["error_internal"], status: .internalServerError, username: username, back: back)
        }
        switch outcome {
        case .wrong:
            return await signInPage(request, problem: words["signin_wrong"], status: .unauthorized, username: username, back: back)
        case .locked:
            return await signInPage(request, problem: words["signin_locked"], status: .tooManyRequests, username: username, back: back)
        case .signedIn(_, let token, _):
            await limiter.succeeded(name)
            var back = back
            if !Self.isLocalPath(back) { back = "/desk" }
            var response = Self.redirect(back)
            response.headers[.setCookie] = cookie(token, maxAge: Int(DeskAuth.sessionLength))
            return response
        }
    }

    /// The session cookie: HttpOnly, SameSite=Lax, and Secure when the server is reached over HTTPS.
    func cookie(_ value: String, maxAge: Int) -> String {
        "\(DeskAuth.cookieName)=\(value); Path=/; Max-Age=\(maxAge); HttpOnly; SameSite=Lax" + (configuration.publicURL.hasPrefix("https://") ? "; Secure" : "")
    }

    static func cookie(_ request: Request) -> String? { cookie(DeskAuth.cookieName, in: request) }

    /// The value of the cookie `name` the request carries, as sent.
    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
            }
        }
        return nil
    }

    /// The first language of the browser's `Accept-Language` the interface speaks, else English.
    static func browserLocale(_ request: Request, among locales: [String]) -> String {
        let accepted = (request.headers[.acceptLanguage] ?? "").split(separator: ",").map {
            $0.split(separator: ";").first.map { String($0.prefix(2)).lowercased().trimmingCharacters(in: .whitespaces) } ?? ""
        }
        return accepted.first { locales.contains($0) } ?? "en"
    }

    // MARK: Responses

    func asset(_ name: String) -> Response {
        guard let bytes = files.assets[name] else { return text(.notFound, "not found\n") }
        let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A page, with headers that keep it out of frames and caches and its scripts to this server's own.
    static func html(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                           .contentSecurityPolicy: "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
                                           .xContentTypeOptions: "nosniff", Self.referrerPolicy: "same-origin"],
                 body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// A path on this dashboard (no other site, no scheme-relative `//host`).
    static func isLocalPath(_ s: String) -> Bool {
        s.hasPrefix("/desk") && !s.hasPrefix("//") && !s.contains("\\") && !s.contains("\r") && !s.contains("\n")
    }

    /// The request's path and query without a `notice` (where a form sends the person back to).
    static func here(_ request: Request) -> String {
        let kept = (request.uri.query.flatMap { FormBody.parse(Array($0.utf8)) } ?? []).filter { $0.name != "notice" }
        guard !kept.isEmpty else { return request.uri.path }
        return request.uri.path + "?" + FormBody.encode(kept.map { ($0.name, $0.value) })
    }
}
