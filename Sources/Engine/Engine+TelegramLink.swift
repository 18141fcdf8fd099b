import BookingCore
import Channels
import Dialogs
import Foundation
import Store

/// What a `/start` did.
public enum TelegramLinkOutcome: Hashable, Sendable {
    /// The chat is now the client's Telegram address; they were welcomed.
    case linked(ClientID)
    /// The chat already belonged to the client (the link tapped again, or `/start` in a known chat): welcomed again, and
    /// a Telegram opt-out is lifted, since pressing Start asks for the bot's messages.
    case alreadyLinked(ClientID)
    /// The code was unknown, expired or used by another chat: the chat was told to ask for a new link.
    case expired
    /// `/start` without a code from a chat nobody is known by: told to open their personal link.
    case noCode
    /// `/start` without a code from a staff member's escalation chat: nothing to link, and no reply.
    case staff
    /// The same update was applied before.
    case duplicate
}

extension Engine {
    /// A Telegram update from the poller or the webhook: `/start` goes to `linkTelegram`, anything else to `receive`.
    public func receive(_ inbound: TelegramInbound) async throws {
        switch inbound {
        case .message(let message): try await receive(message)
        case .start(let start): _ = try await linkTelegram(start)
        }
    }

    /// Links a chat to a client through a start link's one-time code, in one transaction with the update id as the
    /// idempotency key: the code is burned, the chat becomes the client's (preferred) Telegram address, and a welcome is
    /// queued. A bad code, or no code from an unknown chat, gets a polite answer instead of silence.
    @discardableResult
    public func linkTelegram(_ start: TelegramStart) async throws -> TelegramLinkOutcome {
        let now = self.now
        let key = "in:telegram:\(start.providerID)"
        let dialogs = self.dialogs, config = self.config, catalogue = self.catalogue
        return try await store.transaction { tx -> TelegramLinkOutcome in
            if try tx.isProcessed(key) { return .duplicate }
            let business = try config.businessName ?? catalogue.catalogue(tx).locations.first?.name ?? ""
            let outcome: TelegramLinkOutcome
            if let code = start.code {
                switch try tx.redeemTelegramLink(code: code, chat: start.chat, at: now) {
                case .linked(let client):
                    try tx.linkAddress(start.chat, channel: .telegram, to: client, preferred: true, by: .client(client), at: now)
                    outcome = .linked(client)
                case .alreadyUsedHere(let client):
                    // The chat may have been given to someone else since; only the client it belongs to is welcomed again.
                    outcome = try tx.client(channel: .telegram, address: start.chat)?.id == client ? .alreadyLinked(client) : .expired
                case .invalid:
                    outcome = .expired
                }
            } else if let known = try tx.client(channel: .telegram, address: start.chat) {
                outcome = .alreadyLinked(known.id)
            } else if try catalogue.catalogue(tx).staff.contains(where: { $0.escalationChannel == .telegram && $0.escalationAddress == start.chat }) {
                outcome = .staff
            } else {
                outcome = .noCode
            }
            let text = start.code.map { "/start \($0)" } ?? "/start"
            switch outcome {
            case .linked(let id), .alreadyLinked(let id):
                // Pressing Start in the bot is asking for its messages: a Telegram opt-out ends here (linking clears it too).
                if case .alreadyLinked = outcome { try tx.setOptedOut(id, channel: .telegram, false) }
                guard let client = try tx.client(id) else { throw StoreError.notFound(kind: "client", id: id.rawValue) }
                let party = "client:\(id)"
                _ = try tx.logInbound(party: party, channel: .telegram, providerID: start.providerID, body: text, at: now)
                try Self.enqueue(.telegramLinked, to: start.chat, party: party, locale: client.locale,
                                 variables: ["business": .text(business), "first_name": .text(client.firstName)], dialogs: dialogs, tx: tx, now: now)
            case .expired, .noCode:
                // Nobody's thread yet: the chat's own party key keeps the exchange on record.
                let party = "telegram:\(start.chat)"
                _ = try tx.logInbound(party: party, channel: .telegram, providerID: start.providerID, body: text, at: now)
                try Self.enqueue(outcome == .expired ? .telegramLinkExpired : .telegramLinkMissing, to: start.chat, party: party,
                                 locale: start.languageCode ?? "en", variables: ["business": .text(business)], dialogs: dialogs, tx: tx, now: now)
            case .staff, .duplicate:
                break
            }
            try tx.markProcessed(key, at: now)
            return outcome
        }
    }

    /// Renders a message for Telegram and puts it in the outbox: it answers the chat's own message, so it goes at once.
    static func enqueue(_ name: MessageName, to chat: String, party: String, locale: String, variables: [String: DialogValue],
                        dialogs: DialogCatalogue, tx: any StoreTransaction, now: Date) throws {
        let rendered = try dialogs.render(name, locale: locale, channel: .telegram, variables: variables)
        try tx.enqueue(OutboxDraft(party: party, channel: .telegram, address: chat, name: name.rawValue, locale: dialogs.resolvedLocale(locale),
                                   body: rendered.text, variables: StoredVariables.encode(variables), notBefore: now), at: now)
    }
}
