import BookingCore
import Catalogues
import Foundation

/// Every message in every language, loaded from the `dialogs/` folder; renders one message at a time.
public struct DialogCatalogue: Sendable {
    /// The language every other one falls back to.
    public static let fallbackLocale = "en"

    /// The languages loaded, by locale tag (the file name without `.yaml`).
    public let locales: [String: LocaleCatalogue]

    /// A catalogue from already-read languages (tests build small ones this way).
    init(locales: [String: LocaleCatalogue]) { self.locales = locales }

    /// Reads every `*.yaml` in `directory` alone; throws `DialogError.invalidCatalogue` listing each problem as `file:line: …`.
    public static func load(directory: URL) throws -> DialogCatalogue {
        do { return try load(files: try CatalogueFiles.folder(directory)) } catch let error as CatalogueFolderError {
            throw DialogError.invalidCatalogue([error.description])
        }
    }

    /// Reads every `<locale>.yaml` of `files`; throws `DialogError.invalidCatalogue` listing each problem as `file:line: …`
    /// (a business's own file by its path, a built-in one by its name).
    public static func load(files catalogue: CatalogueFiles) throws -> DialogCatalogue {
        var problems: [String] = []
        var locales: [String: LocaleCatalogue] = [:]
        for name in catalogue.names(endingIn: [".yaml"]) {
            guard let file = catalogue[name] else { continue }
            let locale = String(name.dropLast(".yaml".count))
            var reader = CatalogueFileReader(file: file.shown)
            guard Client.isLocaleTag(locale) else {
                problems.append("\(file.shown): the file name must be a language tag such as en.yaml or pt-BR.yaml")
                continue
            }
            guard let yaml = file.text else {
                problems.append("\(file.shown): cannot be read as UTF-8 text")
                continue
            }
            if let read = reader.read(yaml: yaml, locale: locale) { locales[locale] = read }
            problems += reader.problems
        }
        if locales[fallbackLocale] == nil && !problems.contains(where: { $0.contains("\(fallbackLocale).yaml") }) {
            problems.append("\(catalogue.folder ?? "dialogs/"): no \(fallbackLocale).yaml, the language every other one falls back to")
        }
        guard problems.isEmpty else { throw DialogError.invalidCatalogue(problems) }
        return DialogCatalogue(locales: locales)
    }

    /// The language a `locale` resolves to: itself, its language without region (`es-MX` → `es`), else `en`.
    public func resolvedLocale(_ locale: String) -> String {
        if locales[locale] != nil { return locale }
        if let lang = locale.split(separator: "-").first.map(String.init), locales[lang] != nil { return lang }
        return Self.fallbackLocale
    }

    /// Renders one message for one client or staff member; throws naming message, locale, channel and variable when a variable is missing or of the wrong kind.
    public func render(_ name: MessageName, locale: String, channel: Channel, variables: [String: DialogValue]) throws -> RenderedMessage {
        var resolved = resolvedLocale(locale)
        if locales[resolved]?.messages[name] == nil { resolved = Self.fallbackLocale }
        guard let language = locales[resolved], let message = language.messages[name] else {
            throw DialogError.missingMessage(message: name, locale: resolved)
        }
        return try Renderer(name: name, language: language, message: message, channel: channel, variables: variables).render()
    }

    /// Why a client was handed to a person (`reason` such as `dispute`), in the words of `locale`, else English's.
    public func escalationReason(_ reason: String, locale: String) -> String? {
        locales[resolvedLocale(locale)]?.escalationReasons[reason] ?? locales[Self.fallbackLocale]?.escalationReasons[reason]
    }

    /// Each variable as plain text in the locale's messenger formats: the parameters of a provider's template
    /// (a WhatsApp template outside the 24-hour window). Lists and transcripts are left out.
    public func plainValues(_ variables: [String: DialogValue], locale: String) -> [String: String] {
        guard let formats = (locales[resolvedLocale(locale)] ?? locales[Self.fallbackLocale])?.formats else { return [:] }
        var out: [String: String] = [:]
        for (name, value) in variables {
            switch value {
            case .text(let s): out[name] = s
            case .count(let n): out[name] = String(n)
            case .money(let m): out[name] = formats.format(m)
            case .dateTime(let dt): out[name] = formats.format(dt)
            case .date(let d): out[name] = formats.format(d)
            case .time(let t): out[name] = formats.format(t)
            case .slots, .transcript: continue
            }
        }
        return out
    }
}

/// One language of the catalogue: its formats and its messages.
public struct LocaleCatalogue: Sendable {
    /// The locale tag, e.g. `es`.
    public let locale: String
    /// The file it came from, e.g. `es.yaml`, for messages.
    public let file: String
    /// The language's name, e.g. `Español`.
    public let language: String
    /// Whether SMS in this language should stay within GSM-7 (`sms_gsm7`); `dialogs check` holds it to that.
    public let smsExpectsGSM7: Bool
    /// Date, time and money formats for messenger and e-mail.
    public let formats: LocaleFormats
    /// The same, with the file's `sms_formats` overrides, for SMS.
    public let smsFormats: LocaleFormats
    let emailSignature: Template?
    /// Why a client was handed to a person, in words for staff, by reason (`unclear`, `dispute`, …).
    let escalationReasons: [String: String]
    let messages: [MessageName: MessageTemplates]

    /// The messages this file has.
    public var messageNames: Set<MessageName> { Set(messages.keys) }
}

/// What a rendered message is made of, ready for a channel adapter.
public struct RenderedMessage: Hashable, Sendable {
    /// Which message it is.
    public var name: MessageName
    /// The language actually used (after falling back).
    public var locale: String
    /// The channel it was rendered for.
    public var channel: Channel
    /// The plain text: the SMS, the chat message, or the e-mail's text part.
    public var text: String
    /// The e-mail's subject; nil on other channels.
    public var subject: String?
    /// The e-mail's HTML part (escaped, paragraphs, links); nil on other channels.
    public var html: String?
    /// Reply buttons (messenger channels only), at most 3.
    public var buttons: [ReplyButton]

    /// How the text travels as SMS: encoding, length and segments.
    public var smsSegments: SMSSegments { SMSSegments(text) }
}

/// A reply button: what the client sees, and what comes back when they tap it.
public struct ReplyButton: Hashable, Sendable {
    /// At most 20 characters (WhatsApp).
    public var title: String
    /// At most 64 bytes (Telegram callback data); short words such as `confirm` or `slot:2`.
    public var payload: String

    /// A button.
    public init(title: String, payload: String) {
        self.title = title
        self.payload = payload
    }
}

/// The catalogue's variant a channel uses: SMS, messenger (WhatsApp, Telegram, the simulator) or e-mail.
public enum DialogVariant: String, Sendable, CaseIterable {
    case sms, messenger, email

    /// The variant for a channel.
    public init(_ channel: Channel) {
        switch channel {
        case .sms: self = .sms
        case .email: self = .email
        case .whatsapp, .telegram, .simulator: self = .messenger
        }
    }
}

/// Why a message could not be loaded or rendered.
public enum DialogError: Error, Equatable, CustomStringConvertible {
    /// The catalogue files have problems, each `file:line: …`.
    case invalidCatalogue([String])
    /// Neither the language nor English has this message.
    case missingMessage(message: MessageName, locale: String)
    /// A template uses a variable the caller did not pass.
    case missingVariable(message: MessageName, locale: String, channel: Channel, variable: String)
    /// A variable was passed with another kind than the message declares.
    case wrongKind(message: MessageName, locale: String, channel: Channel, variable: String, expected: DialogValue.Kind, got: DialogValue.Kind)
    /// A template uses a variable the message doesn't declare (a catalogue mistake).
    case undeclaredVariable(message: MessageName, locale: String, channel: Channel, variable: String)
    /// A template shows `{{label}}` for a list entry that has none.
    case missingLabel(message: MessageName, locale: String, channel: Channel, variable: String)

    public var description: String {
        switch self {
        case .invalidCatalogue(let problems):
            return problems.joined(separator: "\n")
        case .missingMessage(let m, let l):
            return "\(l).yaml:\(m.rawValue): the message is missing, in \(l) and in \(DialogCatalogue.fallbackLocale)"
        case .missingVariable(let m, let l, let c, let v):
            return "\(l).yaml:\(m.rawValue):\(DialogVariant(c).rawValue): variable \"\(v)\" was not supplied (channel \(c.rawValue))"
        case .wrongKind(let m, let l, let c, let v, let e, let g):
            return "\(l).yaml:\(m.rawValue):\(DialogVariant(c).rawValue): variable \"\(v)\" must be \(e.rawValue), got \(g.rawValue)"
        case .undeclaredVariable(let m, let l, let c, let v):
            return "\(l).yaml:\(m.rawValue):\(DialogVariant(c).rawValue): uses \"\(v)\", which \(m.rawValue) does not take (it takes \(m.variables.map(\.name).joined(separator: ", ")))"
        case .missingLabel(let m, let l, let c, let v):
            return "\(l).yaml:\(m.rawValue):\(DialogVariant(c).rawValue): every entry of \"\(v)\" needs a label (the template shows {{label}})"
        }
    }
}
