import BookingCore
import Channels
import Foundation
import Server
import Yams

/// The settings of `slotkeeper serve`: `slotkeeper.yaml` (non-secret settings, nested by channel) overlaid by
/// `SLOTKEEPER_…` environment variables. A file key `twilio: {account_sid: …}` is the setting
/// `SLOTKEEPER_TWILIO_ACCOUNT_SID`, so one name works in both places. Secrets come from the environment only.
enum ServeSettings {
    /// Every setting serve reads, with what it is for (shown when a name is misspelt).
    static let known: [String: String] = [
        "SLOTKEEPER_PORT": "port to listen on",
        "SLOTKEEPER_HOST": "address to bind",
        "SLOTKEEPER_PUBLIC_URL": "the https address providers call",
        "SLOTKEEPER_DATABASE_URL": "the store",
        "SLOTKEEPER_BUSINESS_NAME": "the name clients know the business by",
        "SLOTKEEPER_BOOKING_URL": "the public booking page clients are sent to",
        "SLOTKEEPER_DEPOSIT_URL": "your own deposit payment page when Stripe is not set up ({appointment} is replaced)",
        "SLOTKEEPER_STAFF_LOCALE": "the language of messages to staff",
        "SLOTKEEPER_SMS_SEGMENT_PRICE": "what one SMS segment costs, for the reports (e.g. 0.04 GBP)",
        "SLOTKEEPER_LOG_LEVEL": "trace, debug, info, notice, warning, error",
        "SLOTKEEPER_LOG_FORMAT": "text (the default) or json, one object a line for log shippers",
        "SLOTKEEPER_INTENTS_DIR": "your own reply rules, each <locale>.yaml replacing or adding to the built-in ones",
        "SLOTKEEPER_DIALOGS_DIR": "your own messages, each <locale>.yaml replacing or adding to the built-in ones",
        "SLOTKEEPER_DASHBOARD_DIR": "your own dashboard and booking page files, each replacing the built-in one of its name",
        "SLOTKEEPER_ADMIN_TOKEN": "bearer token of the admin API (secret)",
        "SLOTKEEPER_POLLER_LEASE": "seconds before another process takes over the polling of one that died (default 120)",
        "SLOTKEEPER_TWILIO_ACCOUNT_SID": "SMS account", "SLOTKEEPER_TWILIO_AUTH_TOKEN": "SMS auth token (secret)",
        "SLOTKEEPER_TWILIO_FROM": "SMS sender number", "SLOTKEEPER_TWILIO_MESSAGING_SERVICE_SID": "SMS messaging service",
        "SLOTKEEPER_TWILIO_API_BASE": "SMS API base URL",
        "SLOTKEEPER_TWILIO_PER_SECOND": "SMS sends a second your number allows (default 10)",
        "SLOTKEEPER_TELEGRAM_TOKEN": "Telegram bot token (secret)", "SLOTKEEPER_TELEGRAM_API_BASE": "Telegram API base URL",
        "SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET": "Telegram webhook secret (secret)",
        "SLOTKEEPER_WHATSAPP_TOKEN": "WhatsApp access token (secret)", "SLOTKEEPER_WHATSAPP_APP_SECRET": "WhatsApp app secret (secret)",
        "SLOTKEEPER_WHATSAPP_VERIFY_TOKEN": "WhatsApp webhook verify token (secret)",
        "SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID": "WhatsApp phone number id", "SLOTKEEPER_WHATSAPP_API_BASE": "WhatsApp Graph API base URL",
        "SLOTKEEPER_WHATSAPP_TEMPLATES": "approved templates per message",
        "SLOTKEEPER_WHATSAPP_TEMPLATE_LANGUAGES": "template language codes per locale, e.g. en=en_GB",
        "SLOTKEEPER_SMTP_URL": "SMTP server", "SLOTKEEPER_SMTP_USER": "SMTP user", "SLOTKEEPER_SMTP_PASSWORD": "SMTP password (secret)",
        "SLOTKEEPER_EMAIL_FROM": "the From address of e-mail",
        "SLOTKEEPER_IMAP_URL": "IMAP mailbox", "SLOTKEEPER_IMAP_USER": "IMAP user", "SLOTKEEPER_IMAP_PASSWORD": "IMAP password (secret)",
        "SLOTKEEPER_IMAP_POLL_SECONDS": "seconds between mailbox polls",
        "SLOTKEEPER_STRIPE_SECRET_KEY": "Stripe secret key (secret)", "SLOTKEEPER_STRIPE_WEBHOOK_SECRET": "Stripe webhook secret (secret)",
        "SLOTKEEPER_STRIPE_API_BASE": "Stripe API base URL",
        "SLOTKEEPER_CALCOM_WEBHOOK_SECRET": "Cal.com webhook secret (secret)",
        "SLOTKEEPER_CALCOM_EVENT_TYPES": "Cal.com event type slug=service pairs", "SLOTKEEPER_CALCOM_STAFF": "Cal.com organizer e-mail=staff pairs",
    ]

    /// Variables read elsewhere than serve's settings.
    static let otherVariables: Set<String> = ["SLOTKEEPER_CONFIG"]

    /// `SLOTKEEPER_…` environment variables serve doesn't know, each with the nearest known name: most likely misspelt.
    static func unknown(in environment: [String: String]) -> [String] {
        environment.keys.filter { $0.hasPrefix("SLOTKEEPER_") && known[$0] == nil && !otherVariables.contains($0) }.sorted().map { name in
            let near = known.keys.min { distance($0, name) < distance($1, name) }
            return near.map { "\(name) (did you mean \($0)?)" } ?? name
        }
    }

    /// Settings that are secrets: refused in the file, where they would end up in backups and version control.
    static func isSecret(_ name: String) -> Bool { known[name]?.hasSuffix("(secret)") ?? false }

    /// The settings file in use: the one given, else SLOTKEEPER_CONFIG, else `slotkeeper.yaml` in the working directory when present.
    static func path(file: String?, environment: [String: String]) -> String? {
        file ?? environment["SLOTKEEPER_CONFIG"] ?? (FileManager.default.fileExists(atPath: "slotkeeper.yaml") ? "slotkeeper.yaml" : nil)
    }

    /// The file's `policies:` section as written (nil when the file has none), for `PolicyDocument` to read.
    static func policies(_ path: String) throws(SettingError) -> DocumentValue? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw SettingError(path, "cannot be read", fix: "check the path given to --config (or SLOTKEEPER_CONFIG)")
        }
        let node: Yams.Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw SettingError(path, "is not valid YAML (\(error))", fix: "fix the line it names")
        }
        guard let section = node?.mapping?["policies"] else { return nil }
        return YAMLDocument.document(section)
    }

    /// The merged settings: the file (when given, or `slotkeeper.yaml` in the working directory when present), then the environment.
    static func load(file: String?, environment: [String: String]) throws(SettingError) -> SettingsReader {
        var values: [String: String] = [:]
        if let path = path(file: file, environment: environment) { values = try read(path) }
        for (name, value) in environment where name.hasPrefix("SLOTKEEPER_") { values[name] = value }
        return SettingsReader(values)
    }

    /// A settings file flattened into setting names.
    static func read(_ path: String) throws(SettingError) -> [String: String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw SettingError(path, "cannot be read", fix: "check the path given to --config (or SLOTKEEPER_CONFIG)")
        }
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw SettingError(path, "is not valid YAML (\(error))", fix: "fix the line it names")
        }
        guard let root else { return [:] }
        guard let mapping = root as? [String: Any] else {
            throw SettingError(path, "must be a mapping of settings", fix: "write `name: value` lines, e.g. `port: 8080`")
        }
        var out: [String: String] = [:]
        // The policies are a document of their own (PolicyDocument), not settings.
        try flatten(mapping.filter { $0.key != "policies" }, prefix: "SLOTKEEPER", path: path, into: &out)
        return out
    }

    private static func flatten(_ mapping: [String: Any], prefix: String, path: String, into out: inout [String: String]) throws(SettingError) {
        for (key, value) in mapping {
            let name = prefix + "_" + key.uppercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_")
            let shown = "\(path): \(fileKey(name))"
            if let nested = value as? [String: Any] {
                try flatten(nested, prefix: name, path: path, into: &out)
                continue
            }
            guard let description = known[name] else {
                let near = known.keys.min { distance($0, name) < distance($1, name) }
                throw SettingError(shown, "is not a setting", fix: near.map { "did you mean \(fileKey($0)) (\(known[$0]!))?" } ?? "remove it")
            }
            if isSecret(name) {
                throw SettingError(shown, "is a secret (\(description.replacingOccurrences(of: " (secret)", with: ""))) and must not be in the file",
                                   fix: "remove it from the file and set the environment variable \(name) instead")
            }
            switch value {
            case let s as String: out[name] = s
            case let i as Int: out[name] = String(i)
            case let d as Double: out[name] = String(d)
            case let b as Bool: out[name] = b ? "true" : "false"
            default: throw SettingError(shown, "must be a single value", fix: "write it as text, e.g. \(fileKey(name)): value")
            }
        }
    }

    /// How a setting is written in the file: `twilio.account_sid`.
    static func fileKey(_ name: String) -> String {
        let rest = name.dropFirst("SLOTKEEPER_".count).lowercased()
        for group in ["twilio", "telegram", "whatsapp", "smtp", "imap", "email", "stripe", "calcom"] where rest.hasPrefix(group + "_") {
            return group + "." + rest.dropFirst(group.count + 1)
        }
        return String(rest)
    }

    /// Edit distance, for "did you mean".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
