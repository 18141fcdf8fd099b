import Foundation

extension WhatsAppCloud {
    /// An approved message template standing in for one dialog message outside the 24-hour window.
    public struct Template: Hashable, Sendable {
        /// The template's name in WhatsApp Manager, e.g. `appointment_reminder`.
        public var name: String
        /// The dialog message's variables that fill the template's body parameters {{1}}, {{2}}… in this order.
        public var parameters: [String]

        /// A template and the variables for its parameters.
        public init(name: String, parameters: [String] = []) {
            self.name = name
            self.parameters = parameters
        }
    }

    /// The Cloud API credentials, the webhook's secrets, and the templates for messages outside the 24-hour window.
    public struct Settings: Sendable {
        /// A System User access token with `whatsapp_business_messaging` (sent as `Authorization: Bearer`).
        public var token: String
        /// The Meta app's secret: it signs every webhook (`X-Hub-Signature-256`).
        public var appSecret: String
        /// The word you typed as "Verify token" when subscribing the webhook.
        public var verifyToken: String
        /// The business phone number's id (not the number itself): messages are sent from it, and webhooks for other numbers are ignored.
        public var phoneNumberID: String
        /// `https://graph.facebook.com/v21.0` unless a test says otherwise.
        public var apiBase: String
        /// Templates by dialog message name (`reminder_confirm` → `appointment_reminder`).
        public var templates: [String: Template]
        /// Template language codes by message locale (`en` → `en_GB`); a locale not listed is used as it is (`pt-BR` → `pt_BR`).
        public var templateLanguages: [String: String]
        /// The 24-hour window is taken to close this much earlier, for the delay between a client writing and SlotKeeper storing it.
        public var windowMargin: TimeInterval

        /// Settings as given; `apiBase` loses a trailing slash.
        public init(token: String, appSecret: String, verifyToken: String, phoneNumberID: String,
                    apiBase: String = "https://graph.facebook.com/v21.0", templates: [String: Template] = [:],
                    templateLanguages: [String: String] = [:], windowMargin: TimeInterval = 600) {
            self.token = token
            self.appSecret = appSecret
            self.verifyToken = verifyToken
            self.phoneNumberID = phoneNumberID
            self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
            self.templates = templates
            self.templateLanguages = templateLanguages
            self.windowMargin = windowMargin
        }

        /// WhatsApp is on when `SLOTKEEPER_WHATSAPP_TOKEN` is set; then the app secret, verify token and phone number id must be.
        /// `messages` (dialog message name → its plain variables: not the lists `slots`, `appointments`, `messages`, which
        /// can't fill a template parameter) lets templates naming an unknown message or variable stop start-up.
        public init?(_ env: SettingsReader, messages: [String: Set<String>]? = nil) throws(SettingError) {
            guard let token = env.optional("SLOTKEEPER_WHATSAPP_TOKEN") else { return nil }
            let secret = try env.required("SLOTKEEPER_WHATSAPP_APP_SECRET", for: "checking WhatsApp webhooks",
                                          example: "the App secret from your Meta app's Settings → Basic")
            let verify = try env.required("SLOTKEEPER_WHATSAPP_VERIFY_TOKEN", for: "subscribing the WhatsApp webhook",
                                          example: "any long random word, typed again as Meta's Verify token")
            let phone = try env.required("SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID", for: "sending WhatsApp messages",
                                         example: "106540352242922 (WhatsApp → API Setup → Phone number ID)")
            guard phone.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw SettingError("SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID", "\"\(phone)\" is not a phone number id (it is all digits, and not the phone number)",
                                   fix: "copy the Phone number ID from WhatsApp → API Setup, e.g. 106540352242922")
            }
            let base = try env.url("SLOTKEEPER_WHATSAPP_API_BASE", default: "https://graph.facebook.com/v21.0", example: "https://graph.facebook.com/v21.0")!
            let templates = try Self.templates(env.optional("SLOTKEEPER_WHATSAPP_TEMPLATES") ?? "", messages: messages)
            let languages = try Self.languages(env.optional("SLOTKEEPER_WHATSAPP_TEMPLATE_LANGUAGES") ?? "")
            self.init(token: token, appSecret: secret, verifyToken: verify, phoneNumberID: phone, apiBase: base, templates: templates,
                      templateLanguages: languages)
        }

        /// Reads `SLOTKEEPER_WHATSAPP_TEMPLATES`: entries `message=template` or `message=template:var,var`, separated by commas,
        /// semicolons or spaces; a word without `=` after `message=template:` is one more variable of that entry.
        /// E.g. `reminder=appointment_reminder:first_name,when,location;waitlist_offer=slot_offer:when`.
        public static func templates(_ text: String, messages: [String: Set<String>]? = nil) throws(SettingError) -> [String: Template] {
            let name = "SLOTKEEPER_WHATSAPP_TEMPLATES"
            let example = "reminder=appointment_reminder:first_name,when,location"
            var result: [String: Template] = [:]
            var open: String?
            for token in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init) {
                guard let eq = token.firstIndex(of: "=") else {
                    guard let message = open else {
                        throw SettingError(name, "\"\(token)\" is neither message=template nor a variable after message=template:", fix: "write e.g. \(example)")
                    }
                    try check(variable: token, of: message, messages)
                    result[message]!.parameters.append(token)
                    continue
                }
                let message = String(token[..<eq])
                let rest = token[token.index(after: eq)...]
                let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                let template = String(parts[0])
                guard isName(message), isName(template) else {
                    throw SettingError(name, "\"\(token)\": message and template names are lower-case letters, digits and _", fix: "write e.g. \(example)")
                }
                if let messages, messages[message] == nil {
                    throw SettingError(name, "\"\(message)\" is not a message SlotKeeper sends", fix: "use a name from docs/dialogs.md, e.g. \(example)")
                }
                guard result[message] == nil else { throw SettingError(name, "\"\(message)\" is given two templates", fix: "keep one of them") }
                result[message] = Template(name: template)
                open = parts.count > 1 ? message : nil
                if parts.count > 1, !parts[1].isEmpty {
                    try check(variable: String(parts[1]), of: message, messages)
                    result[message]!.parameters.append(String(parts[1]))
                }
            }
            return result
        }

        static func check(variable: String, of message: String, _ messages: [String: Set<String>]?) throws(SettingError) {
            guard isName(variable) else {
                throw SettingError("SLOTKEEPER_WHATSAPP_TEMPLATES", "\"\(variable)\" is not a variable name", fix: "use the names of docs/dialogs.md, e.g. when, service")
            }
            if let known = messages?[message], !known.contains(variable) {
                throw SettingError("SLOTKEEPER_WHATSAPP_TEMPLATES", "message \"\(message)\" has no variable \"\(variable)\"",
                                   fix: "use one of \(known.sorted().joined(separator: ", "))")
            }
        }

        /// Reads `SLOTKEEPER_WHATSAPP_TEMPLATE_LANGUAGES`: `locale=code` pairs such as `en=en_GB,es=es_ES`.
        static func languages(_ text: String) throws(SettingError) -> [String: String] {
            var result: [String: String] = [:]
            for token in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
                let kv = token.split(separator: "=", maxSplits: 1)
                guard kv.count == 2, !kv[0].isEmpty, kv[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) else {
                    throw SettingError("SLOTKEEPER_WHATSAPP_TEMPLATE_LANGUAGES", "\"\(token)\" is not locale=language_code",
                                       fix: "write e.g. en=en_GB,es=es_ES (the languages your templates were approved in)")
                }
                result[String(kv[0])] = String(kv[1])
            }
            return result
        }

        static func isName(_ s: String) -> Bool {
            !s.isEmpty && s.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
        }

        /// The language code a template is sent in for a message in `locale`.
        public func templateLanguage(for locale: String) -> String {
            if let code = templateLanguages[locale] { return code }
            if let primary = locale.split(separator: "-").first, let code = templateLanguages[String(primary)] { return code }
            let parts = locale.split(separator: "-")
            return parts.count == 2 ? "\(parts[0].lowercased())_\(parts[1].uppercased())" : locale.lowercased()
        }
    }
}
