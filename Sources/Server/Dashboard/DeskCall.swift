import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import Store

/// One signed-in request to the dashboard: who is asking, in which language, the form they sent and "now".
struct DeskCall: Sendable {
    let desk: Dashboard
    let request: Request
    let context: BasicRequestContext
    let account: StaffAccount
    let session: DeskSession
    /// The form's fields (a POST), each name at most once.
    let form: [String: String]
    let now: Date

    var store: any BookingStore { desk.store }
    var engine: Engine { desk.engine }
    var words: [String: String] { desk.files.words(account.locale) }

    /// The audit trail's name for a person on the dashboard.
    static func actorName(_ username: String) -> String { "dashboard:\(username)" }
    var actor: Actor { .external(Self.actorName(account.username)) }

    /// A word of the interface in the account's language (the key itself when missing, so a gap shows rather than hides).
    func word(_ key: String) -> String { words[key] ?? key }

    /// A word with `{name}` placeholders filled in.
    func word(_ key: String, _ values: [String: String]) -> String {
        var s = word(key)
        for (k, v) in values { s = s.replacingOccurrences(of: "{\(k)}", with: v) }
        return s
    }

    func parameter(_ name: String) -> String { context.parameters.get(name) ?? "" }
    func query(_ name: String) -> String? { Self.queryValue(request, name) }

    /// A query parameter decoded as a browser's form encodes it (`+` is a space), the first of its name.
    static func queryValue(_ request: Request, _ name: String) -> String? {
        guard let query = request.uri.query else { return nil }
        return FormBody.parse(Array(query.utf8))?.first { $0.name == name }?.value
    }

    /// A form field, trimmed; nil when absent or blank.
    func field(_ name: String, maxLength: Int = 500) throws(DeskError) -> String? {
        guard let raw = form[name] else { return nil }
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.count > maxLength { throw DeskError(.badRequest, word("error_too_long", ["field": name, "max": "\(maxLength)"])) }
        return value.isEmpty ? nil : value
    }

    /// Refuses the request (403) when the account's role may not do this.
    func require(_ allowed: Bool) throws(DeskError) {
        if !allowed { throw DeskError(.forbidden, word("error_forbidden")) }
    }

    /// Who acts in the engine: the account's own staff member, else `fallback` (the visit's or escalation's staff member).
    func staffID(default fallback: StaffID?) throws(DeskError) -> StaffID {
        if let own = account.staffID { return own }
        if let fallback { return fallback }
        throw DeskError(.unprocessableContent, word("error_no_staff"))
    }

    /// An engine event key for this form post: a retried post of the same form (the same nonce) is applied once.
    func eventKey(_ what: String) -> String {
        "desk:\(account.username):\(what):\(form["nonce"] ?? UUID().uuidString)"
    }

    // MARK: Reading for pages

    /// Every staff member's name by id (deactivated ones too: their visits still show).
    func staffNames() async throws -> [StaffID: String] {
        Dictionary(try await store.staff(at: nil).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every service's name by id.
    func serviceNames() async throws -> [ServiceID: String] {
        Dictionary(try await store.services().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// A location picker's choices, or none when the business has one location.
    static func locationChoices(_ locations: [Location], selected: LocationID?) -> [[String: Any]] {
        locations.count > 1 ? locations.map { ["id": $0.id.rawValue, "name": $0.name, "selected": $0.id == selected] } : []
    }

    /// Records the person behind a change on the dashboard, beside the engine's own entry (which names the staff member it
    /// was done as): "on the dashboard by NAME", then `detail` after `separator`.
    func audit(_ kind: String, _ id: String, _ action: String, detail: String = "", separator: String = "; ") async throws {
        try await store.audit(AuditEntry(at: now, actor: actor, subjectKind: kind, subjectID: id, action: action,
                                         detail: "on the dashboard by \(account.displayName)" + (detail.isEmpty ? "" : separator + detail)))
    }

    // MARK: Rendering

    /// A whole page: `template` inside the layout, with the navigation, the account and the words.
    func page(_ template: String, title: String, tab: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) async -> Response {
        var context = values
        context["t"] = words
        context["csrf"] = session.csrfToken
        context["nonce"] = UUID().uuidString
        if let back = context["back"] as? String { context["backQuery"] = FormBody.encode([("", back)]).dropFirst().description }
        let body = desk.files.templates.render(context, withTemplate: template) ?? "template \(template) is missing"
        var layout: [String: Any] = ["t": words, "title": title, "body": body, "csrf": session.csrfToken, "account": account.displayName,
                                     "role": word("role_\(account.role.rawValue.replacingOccurrences(of: "-", with: "_"))"),
                                     "lang": account.locale, "signedIn": true, "here": Dashboard.here(request), "simulator": desk.configuration.simulator,
                                     "maySetPolicies": account.role.maySetPolicies, "maySeeRevenue": account.role.maySeeRevenue, "tab_\(tab)": true, "lang_\(account.locale)": true]
        if let notice = query("notice"), let text = words["notice_\(notice)"] { layout["notice"] = text }
        if let open = try? await store.escalations(status: .open).count, open > 0 { layout["openEscalations"] = open }
        return Dashboard.html(status, desk.files.templates.render(layout, withTemplate: "layout") ?? body)
    }

    /// After a change: back to the page the form came from (a path of the dashboard only), with a notice.
    func done(_ notice: String, fallback: String) -> Response {
        var back = form["back"] ?? fallback
        if !Dashboard.isLocalPath(back) { back = fallback }
        let target = back.replacingOccurrences(of: #"[?&]notice=[a-z_]*"#, with: "", options: .regularExpression)
        return Dashboard.redirect(target + (target.contains("?") ? "&" : "?") + "notice=\(notice)")
    }
}

/// A refusal shown to the person as a page with its reason.
struct DeskError: Error {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }
}
