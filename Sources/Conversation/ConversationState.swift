import BookingCore
import Foundation

/// Who a thread is with: a client, or a staff member answering escalations and attendance checks.
public enum Party: Hashable, Sendable, Codable {
    case client(ClientID)
    case staff(StaffID)
}

/// One thread: everything the bot remembers between messages with one person, across channels.
public struct ConversationState: Hashable, Sendable, Codable {
    public var party: Party
    /// The channel the person last wrote on; replies go back there.
    public var lastChannel: Channel?
    /// Open questions, oldest first.
    public var questions: [OpenQuestion]
    /// Clarifying questions asked in a row without a usable answer.
    public var clarificationsInARow: Int
    /// Handed to a person and not yet answered: the bot stays quiet on new free text until staff answer.
    public var awaitingStaff: Bool
    /// When the thread was last handed to a person; after a day the client is told again.
    public var handedOverAt: Date?
    /// Counts questions opened, for stable question ids.
    public var questionCounter: Int
    /// Offers that lapsed unanswered lately, so a late "yes" hears that the offer is gone.
    public var lapsedOffers: [OpenQuestion] = []

    public init(party: Party, lastChannel: Channel? = nil, questions: [OpenQuestion] = [], clarificationsInARow: Int = 0,
                awaitingStaff: Bool = false, questionCounter: Int = 0) {
        self.party = party
        self.lastChannel = lastChannel
        self.questions = questions
        self.clarificationsInARow = clarificationsInARow
        self.awaitingStaff = awaitingStaff
        self.questionCounter = questionCounter
    }

    /// Questions still open at `now`, newest first.
    public func openQuestions(at now: Date) -> [OpenQuestion] {
        questions.filter { $0.expiresAt.map { now < $0 } ?? true }.reversed()
    }

    /// A fresh question id for this thread.
    mutating func nextQuestionID() -> String {
        questionCounter += 1
        switch party {
        case .client(let c): return "q-\(c)-\(questionCounter)"
        case .staff(let s): return "q-staff-\(s)-\(questionCounter)"
        }
    }
}
