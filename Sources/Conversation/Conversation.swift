import BookingCore
import Foundation
import Intents

/// The conversation state machine: `decide(state, event, context, now) → (state, [effect])`.
/// Pure: no clock, store or network; everything it needs comes in as arguments.
public enum Conversation {
    /// Below this confidence a reply goes to a person rather than being acted on.
    public static let minimumConfidence = 0.6
    /// At or above this confidence a reply cancels the visit it answers; between the two the client is asked first.
    public static let sureToCancel = 0.8

    /// What the thread's next reply is expected to answer, for the reply matcher.
    public static func expecting(_ state: ConversationState, now: Date) -> Expecting {
        state.openQuestions(at: now).first?.expecting ?? .none
    }

    /// Decides what one event means for one thread.
    public static func decide(_ state: ConversationState, _ event: ConversationEvent, _ context: ConversationContext, now: Date) -> Decision {
        var turn = Turn(state, context, now: now)
        // Questions past their expiry are closed before anything else looks at them.
        for q in turn.state.questions where q.expiresAt.map({ $0 <= now }) ?? false { turn.lapse(q) }
        turn.state.lapsedOffers.removeAll { ($0.expiresAt ?? now) < now.addingTimeInterval(-86_400) }
        switch event {
        case .inbound(let reply):
            if case .staff = state.party { turn.staffReply(reply) } else { turn.clientReply(reply) }
        case .timer(let timer): turn.timer(timer)
        case .staff(let action): turn.staffAction(action)
        case .booking(let change): turn.bookingChange(change)
        case .web(let action): turn.webAction(action)
        }
        return turn.decision
    }
}
