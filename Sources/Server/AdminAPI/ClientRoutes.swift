import BookingCore
import Channels
import Conversation
import Foundation
import Hummingbird
import Store

/// Clients: search, one client with their conversation, create, and change contact details, language and opt-outs.
enum ClientRoutes {
    /// Messages shown with a client, newest kept.
    static let messageLimit = 200

    static let routes: [AdminRoute] = [
        AdminRoute(.get, "/clients") { call in
            let query = call.query()
            let q = query.string("q") ?? ""
            let limit = query.integer("limit", in: 1...1000, default: 100), offset = query.integer("offset", in: 0...1_000_000, default: 0)
            try query.finish()
            let policies = try await call.store.policies(for: nil)
            let found = try await call.store.searchClients(q, limit: limit, offset: offset)
            return .json(Wire.List(items: found.map { Wire.ClientJSON($0, policies: policies, now: call.now) }))
        },
        AdminRoute(.get, "/clients/{id}") { call in
            try call.query().finish()
            let id = ClientID(call.parameter("id"))
            guard let client = try await call.store.client(id) else { throw APIProblem.notFound("client", id.rawValue) }
            return .json(try await detail(client, call))
        },
        AdminRoute(.post, "/clients") { call in
            let f = try call.fields()
            let id = f.string("id", maxLength: 64)
            if let id, id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) {
                f.problem("id", "\"\(id)\" is not an id: use letters, digits, - _ or .")
            }
            let changes = try ClientChanges.read(f, creating: true)
            // Without a locale the client's language is not known yet: their first clear reply settles it.
            var client = Client(id: ClientID(id ?? call.newID("c")), firstName: "", localeKnown: false)
            try changes.apply(to: &client)
            // A retry whose first answer was lost finds the client it made.
            if call.idempotencyKey != nil, id == nil, let existing = try await call.store.client(client.id) {
                return .json(try await detail(existing, call), status: .created, location: location(existing.id))
            }
            try await call.store.insertClient(client, by: call.actor, at: call.now)
            return .json(try await detail(client, call), status: .created, location: location(client.id))
        },
        AdminRoute(.patch, "/clients/{id}") { call in
            let id = ClientID(call.parameter("id"))
            let changes = try ClientChanges.read(try call.fields(), creating: false)
            // Read, changed and written in one transaction: a STOP arriving meanwhile is not undone.
            let updated = try await call.store.updateClient(id, by: call.actor, at: call.now) { client in try changes.apply(to: &client) }
            return .json(try await detail(updated, call))
        },
        // A start link that links the client's Telegram chat when they open it: one use, valid seven days.
        AdminRoute(.post, "/clients/{id}/telegram-link") { call in
            try call.fields().finish()
            let id = ClientID(call.parameter("id"))
            guard try await call.store.client(id) != nil else { throw APIProblem.notFound("client", id.rawValue) }
            guard let bot = call.telegram else {
                throw APIProblem.conflict("telegram-off", title: "Telegram is not configured",
                                          detail: "set SLOTKEEPER_TELEGRAM_TOKEN to connect the business's bot first")
            }
            let username: String
            do { username = try await bot.username() } catch {
                throw APIProblem.unavailable("telegram-unreachable", title: "Telegram did not answer",
                                             detail: "the bot's name could not be read from Telegram (\(error)); try again in a minute")
            }
            let valid: TimeInterval = 7 * 86_400
            let code = try await call.store.createTelegramLinkCode(for: id, at: call.now, validFor: valid)
            return .json(Wire.TelegramLinkJSON(code: code, link: TelegramBot.startLink(username: username, code: code),
                                               expiresAt: call.now.addingTimeInterval(valid)), status: .created)
        },
    ]

    static func location(_ id: ClientID) -> String { "\(AdminAPI.prefix)/clients/\(id.rawValue)" }

    /// The client with their conversation (open questions, the latest messages) and appointments.
    static func detail(_ client: Client, _ call: AdminCall) async throws -> Wire.ClientDetailJSON {
        let party = "client:\(client.id.rawValue)"
        let state = try await call.store.thread(party).flatMap { try? JSONDecoder().decode(ConversationState.self, from: Data($0.utf8)) }
        let messages = try await call.store.messages(party: party).suffix(messageLimit)
        let conversation = Wire.ConversationJSON(lastChannel: state?.lastChannel?.rawValue, awaitingStaff: state?.awaitingStaff ?? false,
                                                 openQuestions: state?.openQuestions(at: call.now).map(Wire.QuestionJSON.init) ?? [],
                                                 messages: messages.map(Wire.MessageJSON.init))
        return Wire.ClientDetailJSON(client: Wire.ClientJSON(client, policies: try await call.store.policies(for: nil), now: call.now),
                                     conversation: conversation,
                                     appointments: try await call.store.appointments(of: client.id).map(Wire.AppointmentJSON.init))
    }
}

/// What a create or update of a client asks for, read and checked field by field before anything is written.
struct ClientChanges: Sendable {
    var firstName: String?
    var lastName: String?
    /// Addresses to set (normalised for their channel) or, when nil, to remove.
    var addresses: [Channel: String?] = [:]
    var preferredChannel: Channel??
    var locale: String?
    var optedOut: Set<Channel>?
    var tags: Set<String>?
    var notes: String?

    /// Reads the body; a create needs `firstName`. Throws a 422 naming every bad or unknown field.
    static func read(_ f: JSONFields, creating: Bool) throws(APIProblem) -> ClientChanges {
        var c = ClientChanges()
        if let first = f.string("firstName", required: creating) {
            let trimmed = first.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { f.problem("firstName", "must not be empty") } else { c.firstName = trimmed }
        }
        c.lastName = f.string("lastName")?.trimmingCharacters(in: .whitespaces)
        if let o = f.object("addresses") {
            for (name, value) in o.sorted(by: { $0.key < $1.key }) {
                let field = "addresses.\(name)"
                guard let channel = Channel(rawValue: name) else {
                    f.problem(field, "\"\(name)\" is not a channel; use \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                switch value {
                case .null:
                    c.addresses[channel] = .some(nil)
                case .string(let s):
                    switch ContactAddress.validate(s, for: channel) {
                    case .success(let normalised): c.addresses[channel] = .some(normalised)
                    case .failure(let p): f.problem(field, p.description)
                    }
                default:
                    f.problem(field, "expected a string or null, got \(value.kind)")
                }
            }
        }
        switch f.nullableString("preferredChannel", maxLength: 20) {
        case .absent: break
        case .clear: c.preferredChannel = .some(nil)
        case .set(let s):
            if let ch = Channel(rawValue: s) { c.preferredChannel = .some(ch) } else { f.problem("preferredChannel", "\"\(s)\" is not a channel") }
        }
        if let locale = f.string("locale", maxLength: 20) {
            if Client.isLocaleTag(locale) { c.locale = locale } else { f.problem("locale", "\"\(locale)\" is not a language tag such as en or es") }
        }
        if let list = f.strings("optedOut") {
            var set: Set<Channel> = []
            for (i, s) in list.enumerated() {
                if let ch = Channel(rawValue: s) { set.insert(ch) } else { f.problem("optedOut[\(i)]", "\"\(s)\" is not a channel") }
            }
            c.optedOut = set
        }
        if let tags = f.strings("tags") { c.tags = Set(tags) }
        c.notes = f.string("notes", maxLength: 2000)
        try f.finish()
        return c
    }

    /// Applies the changes; a preferred channel without an address is refused (422).
    func apply(to client: inout Client) throws(APIProblem) {
        if let firstName { client.firstName = firstName }
        if let lastName { client.lastName = lastName }
        for (channel, address) in addresses { client.addresses[channel] = address }
        if let preferredChannel { client.preferredChannel = preferredChannel }
        if let locale { client.locale = locale; client.localeKnown = true }
        if let optedOut { client.optedOut = optedOut }
        if let tags { client.tags = tags }
        if let notes { client.notes = notes }
        if let p = client.preferredChannel, client.addresses[p] == nil {
            throw APIProblem.invalid("preferredChannel", "\(p.rawValue) is preferred but the client has no \(p.rawValue) address")
        }
    }
}
