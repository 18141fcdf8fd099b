import Foundation

/// A setting that stops start-up: which one, what is wrong, and how to fix it.
public struct SettingError: Error, CustomStringConvertible, Equatable {
    public var name: String
    public var problem: String
    public var fix: String

    public init(_ name: String, _ problem: String, fix: String) {
        self.name = name
        self.problem = problem
        self.fix = fix
    }

    public var description: String { "\(name): \(problem); \(fix)" }
}

/// Reading settings out of the merged environment (`slotkeeper.yaml` overlaid by environment variables).
public struct SettingsReader: Sendable {
    public let values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    /// A value, nil when unset or empty.
    public func optional(_ name: String) -> String? {
        guard let v = values[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        return v
    }

    /// A value that must be there once its channel is turned on.
    public func required(_ name: String, for what: String, example: String) throws(SettingError) -> String {
        guard let v = optional(name) else { throw SettingError(name, "missing, and \(what) needs it", fix: "set it, e.g. \(name)=\(example)") }
        return v
    }

    /// An http(s) base URL without a trailing slash.
    public func url(_ name: String, default fallback: String? = nil, example: String) throws(SettingError) -> String? {
        guard let text = optional(name) ?? fallback else { return nil }
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw SettingError(name, "\"\(text)\" is not an http(s) URL", fix: "use a full address, e.g. \(example)")
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}

extension TwilioSMS.Settings {
    /// SMS is on when `SLOTKEEPER_TWILIO_ACCOUNT_SID` is set; then the token and a sender must be too.
    public init?(_ env: SettingsReader, publicURL: String?) throws(SettingError) {
        guard let sid = env.optional("SLOTKEEPER_TWILIO_ACCOUNT_SID") else { return nil }
        let token = try env.required("SLOTKEEPER_TWILIO_AUTH_TOKEN", for: "sending SMS", example: "your auth token")
        let from = env.optional("SLOTKEEPER_TWILIO_FROM"), service = env.optional("SLOTKEEPER_TWILIO_MESSAGING_SERVICE_SID")
        if from == nil && service == nil {
            throw SettingError("SLOTKEEPER_TWILIO_FROM", "missing, and sending SMS needs a sender",
                               fix: "set it to your number, e.g. +442071838750, or set SLOTKEEPER_TWILIO_MESSAGING_SERVICE_SID")
        }
        let base = try env.url("SLOTKEEPER_TWILIO_API_BASE", default: "https://api.twilio.com", example: "https://api.twilio.com")!
        self.init(accountSID: sid, authToken: token, from: from, messagingServiceSID: service, apiBase: base,
                  statusCallback: publicURL.map { $0 + "/webhooks/sms/status" })
    }
}
