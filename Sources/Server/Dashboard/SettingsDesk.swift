import BookingCore
import Channels
import Dialogs
import Engine
import Foundation
import Hummingbird
import Store

/// Settings, for managers and the owner: the whole policy document edited in place and checked exactly as the settings file
/// and the API are (every problem named by its field; nothing changes until all are fixed), its version history; every
/// message previewed per language and channel with its SMS segments; and each channel's state.
struct SettingsDesk: Sendable {
    let desk: Dashboard

    func register(on router: Router<BasicRequestContext>) {
        router.get("/desk/settings") { request, context in await desk.desk(request, context) { try await page($0, draft: nil, problems: []) } }
        router.post("/desk/settings/policies") { request, context in await desk.desk(request, context) { try await save($0) } }
    }

    /// `basedOn`: the version a returned draft was written on, kept so that saving it again can't overwrite a change made since.
    func page(_ call: DeskCall, draft: String?, problems: [String], basedOn: Int? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        try call.require(call.account.role.maySetPolicies)
        let record = try await call.store.currentPolicy()
        let document = if let record { record.document } else { PolicyDocument.write(try await call.store.policies(for: nil)) }
        let zone = try await call.store.locations().first?.timeZone ?? .gmt
        let format = DeskFormat(locale: call.account.locale, zone: zone)
        let history = try await call.store.policyHistory(limit: 10).map { r -> [String: Any] in
            ["version": r.version, "at": format.dayTime(r.at), "who": r.actor.description, "source": r.source.rawValue, "note": r.note]
        }
        return await call.page("settings", title: call.word("settings_title"), tab: "settings", [
            "version": basedOn ?? record?.version ?? 0, "document": draft ?? document.yaml(), "problems": problems.map { ["problem": $0] },
            "hasProblems": !problems.isEmpty, "history": history, "defaults": record == nil,
            "preview": preview(call), "channels": try await channels(call),
            "effective": PolicyDocument.write(try await call.store.policies(for: nil)).yaml(),
        ], status: status)
    }

    /// Reads the edited document and puts it in force as a new version; with any problem the page comes back with the text as
    /// typed and every problem listed, and nothing changed.
    func save(_ call: DeskCall) async throws -> Response {
        try call.require(call.account.role.maySetPolicies)
        let text = call.form["document"] ?? ""
        let note = try call.field("note", maxLength: 500) ?? ""
        guard let version = Int(call.form["version"] ?? "") else { throw DeskError(.badRequest, call.word("error_bad_form")) }
        let document: DocumentValue
        do {
            guard let read = try YAMLDocument.read(text) else {
                return try await page(call, draft: text, problems: [call.word("settings_empty")], basedOn: version, status: .unprocessableContent)
            }
            document = read
        } catch {
            return try await page(call, draft: text, problems: [call.word("settings_not_yaml", ["error": "\(error)"])], basedOn: version,
                                  status: .unprocessableContent)
        }
        do {
            try await PolicyUpdate.apply(document, to: call.store, source: .dashboard, actor: call.actor,
                                         note: note.isEmpty ? "on the dashboard by \(call.account.displayName)" : note,
                                         basedOn: version, at: call.now)
        } catch let problems as PolicyProblems {
            return try await page(call, draft: text, problems: problems.problems.map { "\($0.field): \($0.message)" }, basedOn: version,
                                  status: .unprocessableContent)
        } catch StoreError.policyChanged(let current) {
            return try await page(call, draft: text, problems: [call.word("settings_changed_meanwhile", ["version": "\(current)"])], basedOn: version,
                                  status: .conflict)
        }
        return call.done("policies_saved", fallback: "/desk/settings")
    }

    /// One message rendered with sample values in the language and channel picked, with its SMS segments.
    func preview(_ call: DeskCall) -> [String: Any] {
        let name = call.query("message").flatMap(MessageName.init(rawValue:)) ?? .reminderConfirm
        let locale = call.query("locale").flatMap { call.desk.files.locales.contains($0) ? $0 : nil } ?? call.account.locale
        let channel = call.query("channel").flatMap(Channel.init(rawValue:)) ?? .sms
        var values: [String: Any] = [
            "messages": MessageName.allCases.map { ["name": $0.rawValue, "selected": $0 == name] },
            "locales": call.desk.files.locales.map { ["locale": $0, "selected": $0 == locale] },
            "channelsList": [Channel.sms, .whatsapp, .telegram, .email].map { ["channel": $0.rawValue, "selected": $0 == channel] },
        ]
        do {
            let rendered = try call.engine.dialogs.render(name, locale: locale, channel: channel,
                                                          variables: DialogSamples.variables(for: name, locale: locale))
            values["text"] = rendered.text
            values["subject"] = rendered.subject ?? ""
            values["buttons"] = rendered.buttons.map { ["title": $0.title] }
            if channel == .sms { values["segments"] = rendered.smsSegments.description }
        } catch {
            values["error"] = "\(error)"
        }
        return values
    }

    /// Each channel: connected (set up for this server) or not, and the last failure to send on it.
    func channels(_ call: DeskCall) async throws -> [[String: Any]] {
        let configured = call.desk.configuration.channels
        return try await [Channel.sms, .whatsapp, .telegram, .email].asyncMap { channel -> [String: Any] in
            let failure = try await call.store.lastSendFailure(on: channel)
            return ["channel": channel.rawValue, "connected": configured.contains(channel),
                    "state": call.word(configured.contains(channel) ? "channel_connected" : "channel_off"),
                    "lastError": failure ?? ""]
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for e in self { out.append(try await transform(e)) }
        return out
    }
}
