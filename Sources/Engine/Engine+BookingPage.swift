import BookingCore
import Channels
import Conversation
import Dialogs
import Foundation
import Store

/// What a client's own change on the booking page came to.
public struct WebOutcome: Hashable, Sendable {
    /// The visit as it stands after.
    public var appointment: Appointment
    /// The change went to a person instead (a high-value visit, or a client the policy hands over): they will be in touch.
    public var handedOver: Bool
}

extension Engine {
    /// The signer of clients' links, when the server has a booking page.
    public nonisolated var links: ClientLinks? { config.links }

    /// A client's own change on the booking page (confirm, cancel, move), decided as if they had replied so; `key` makes a
    /// form sent twice safe.
    public func web(_ action: WebAction, key: String) async throws -> WebOutcome {
        guard let before = try await store.appointment(action.appointment) else {
            throw StoreError.notFound(kind: "appointment", id: action.appointment.rawValue)
        }
        let now = self.now
        _ = try await run(.web(action), for: .client(before.clientID), key: key, focus: before.id, inbound: nil, now: now)
        let after = try await store.appointment(before.id) ?? before
        let open = after == before ? try await store.escalations(status: .open) : []
        let handedOver = open.contains { $0.appointmentID == before.id && $0.openedAt >= now.addingTimeInterval(-60) }
        return WebOutcome(appointment: after, handedOver: handedOver)
    }

    /// The channel a one-time code goes out on: SMS, or the simulator where no SMS provider is set up (the demo).
    public var codeChannel: Channel? {
        senders[.sms] != nil ? .sms : senders[.simulator] != nil ? .simulator : nil
    }

    /// Sends the booking page's one-time code to `phone` in `locale`, ahead of the round's other messages; false when there
    /// is no channel to send it on. The code's text is kept in the outbox like any message, on the phone's own thread.
    public func sendCode(_ code: String, to phone: String, locale: String) async throws -> Bool {
        guard let channel = codeChannel else { return false }
        let now = self.now, dialogs = self.dialogs
        let first = try await store.locations().first?.name
        let business = config.businessName ?? first ?? ""
        let variables: [String: DialogValue] = ["business": .text(business), "code": .text(code)]
        let rendered = try dialogs.render(.verificationCode, locale: locale, channel: channel, variables: variables)
        _ = try await store.transaction { tx in
            try tx.enqueue(OutboxDraft(party: "phone:\(phone)", channel: channel, address: phone, name: MessageName.verificationCode.rawValue,
                                       locale: dialogs.resolvedLocale(locale), body: rendered.text, variables: "{}",
                                       segments: channel == .sms ? rendered.smsSegments.segments : nil, notBefore: now), at: now)
        }
        try await dispatchDue()
        return true
    }
}
