import BookingCore
import Conversation
import Engine
import Foundation
import Hummingbird
import Store

/// Threads handed to a person: open ones first, each with why it came, the client's words and the thread before them; a
/// reply box that answers on the client's own channel, and resolve. `/desk/events` tells an open page when the inbox
/// changed (server-sent events), and the page fetches the inbox again without a reload.
struct EscalationDesk: Sendable {
    let desk: Dashboard
    /// How often the events stream looks at the store, and how long one stream lasts before the browser reconnects.
    static let pollInterval: Duration = .seconds(2)
    static let streamLength: Duration = .seconds(300)

    func register(on router: Router<BasicRequestContext>) {
        router.get("/desk/escalations") { request, context in await desk.desk(request, context) { try await inbox($0) } }
        router.post("/desk/escalations/{id}/answer") { request, context in await desk.desk(request, context) { try await answer($0) } }
        router.post("/desk/escalations/{id}/resolve") { request, context in await desk.desk(request, context) { try await resolve($0) } }
        router.get("/desk/events") { request, context in await desk.desk(request, context) { events($0) } }
    }

    func inbox(_ call: DeskCall) async throws -> Response {
        let all = try await call.store.escalations(status: nil)
        // The inbox: open ones, the one waiting longest first. Below it, answered ones (a person may still resolve them) and the
        // last resolved.
        let open = all.filter { $0.status == .open }
        let answered = all.filter { $0.status == .answered }
        let resolved = all.filter { $0.status == .resolved }.sorted { ($0.resolvedAt ?? $0.openedAt) > ($1.resolvedAt ?? $1.openedAt) }.prefix(10)
        let zone = try await call.store.locations().first?.timeZone ?? .gmt
        let format = DeskFormat(locale: call.account.locale, zone: zone)
        let staff = try await call.staffNames()
        func item(_ e: EscalationRecord) async throws -> [String: Any] {
            let client = try await call.store.client(e.clientID)
            let thread = try await call.store.messages(party: "client:\(e.clientID.rawValue)").suffix(6).map { m -> [String: Any] in
                ["in": m.direction == "in", "body": m.body, "at": format.dayTime(m.createdAt)]
            }
            return [
                "id": e.id, "client": client?.fullName ?? e.clientID.rawValue, "clientId": e.clientID.rawValue,
                "reason": call.word("reason_\(e.reason)"), "status": call.word("escalation_\(e.status)"), "open": e.status != .resolved,
                "isOpen": e.status == .open, "clientText": e.clientText, "openedAt": format.dayTime(e.openedAt),
                "assigned": e.assignedStaff.flatMap { staff[$0] } ?? "", "thread": thread,
            ]
        }
        var items: [[String: Any]] = [], handled: [[String: Any]] = []
        for e in open { items.append(try await item(e)) }
        for e in answered + Array(resolved) { handled.append(try await item(e)) }
        let values: [String: Any] = ["items": items, "none": items.isEmpty, "handled": handled, "signature": Self.signature(all)]
        if call.query("fragment") == "inbox" {
            var fragment = values
            fragment["t"] = call.words
            fragment["csrf"] = call.session.csrfToken
            fragment["nonce"] = UUID().uuidString
            return Dashboard.html(.ok, call.desk.files.templates.render(fragment, withTemplate: "escalation_list") ?? "")
        }
        return await call.page("escalations", title: call.word("escalations_title"), tab: "escalations", values)
    }

    func answer(_ call: DeskCall) async throws -> Response {
        let e = try await escalation(call)
        guard let text = try call.field("text", maxLength: 1000) else { throw DeskError(.unprocessableContent, call.word("error_answer_empty")) }
        let staff = try call.staffID(default: e.assignedStaff)
        try await call.engine.staffAction(.answer(escalationID: e.id, text: text, by: staff), key: call.eventKey("answer:\(e.id)"))
        try await call.audit("escalation", e.id, "answered", detail: text, separator: ": ")
        return call.done("answered", fallback: "/desk/escalations")
    }

    func resolve(_ call: DeskCall) async throws -> Response {
        let e = try await escalation(call)
        let staff = try call.staffID(default: e.assignedStaff)
        try await call.engine.staffAction(.resolve(escalationID: e.id, by: staff), key: call.eventKey("resolve:\(e.id)"))
        try await call.audit("escalation", e.id, "resolved")
        return call.done("resolved", fallback: "/desk/escalations")
    }

    /// The escalation named, still open or answered (a resolved one takes no more answers).
    func escalation(_ call: DeskCall) async throws -> EscalationRecord {
        guard let e = try await call.store.escalation(call.parameter("id")) else { throw DeskError(.notFound, call.word("error_not_found")) }
        if e.status == .resolved { throw DeskError(.conflict, call.word("error_resolved")) }
        return e
    }
    /// What changes when the inbox does: each escalation's status and when it was last touched.
    static func signature(_ all: [EscalationRecord]) -> String {
        let open = all.filter { $0.status != .resolved }
        let latest = all.map { max($0.openedAt, $0.answeredAt ?? .distantPast, $0.resolvedAt ?? .distantPast, $0.remindedAt ?? .distantPast) }.max()
        return "\(open.count)-\(all.count)-\(Int((latest ?? .distantPast).timeIntervalSince1970 * 1000))-\(all.map(\.context.count).reduce(0, +))"
    }

    /// Server-sent events: `escalations` with the open count whenever the inbox changes, a comment every few seconds to keep
    /// proxies from closing the stream, and an end after a while (the browser reconnects, and the session is checked again).
    /// With `?once`, the stream ends after the first event (a script's check).
    func events(_ call: DeskCall) -> Response {
        let store = call.store
        let once = call.query("once") != nil
        let session = call.session.tokenHash, desk = call.desk
        let body = ResponseBody { writer in
            var last = ""
            let clock = ContinuousClock()
            let end = clock.now.advanced(by: Self.streamLength)
            try await writer.write(ByteBuffer(string: "retry: 3000\n\n"))
            while clock.now < end && !Task.isCancelled {
                // Signed out (or the session ended) meanwhile: the stream ends with it.
                guard let live = try await store.session(tokenHash: session), live.expiresAt > desk.engine.currentTime() else { break }
                let all = try await store.escalations(status: nil)
                let signature = Self.signature(all)
                if signature != last {
                    let open = all.filter { $0.status == .open }.count
                    try await writer.write(ByteBuffer(string: "event: escalations\ndata: {\"open\": \(open), \"signature\": \"\(signature)\"}\n\n"))
                    last = signature
                    if once { break }
                } else {
                    try await writer.write(ByteBuffer(string: ": waiting\n\n"))
                }
                try await Task.sleep(for: Self.pollInterval)
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}
