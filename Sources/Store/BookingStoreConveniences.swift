import BookingCore
import Foundation

/// What every store offers on top of its requirements: reads and writes made of one transaction, and the shorter forms
/// of requirements with optional parts.
extension BookingStore {
    /// How an appointment's deposit is being paid, if anything was recorded yet.
    public func depositPayment(_ appointment: AppointmentID) async throws -> DepositPaymentRecord? {
        try await read { try $0.depositPayment(appointment) }
    }

    /// A client's deposit credit per currency (what the next deposit is reduced by).
    public func credit(of client: ClientID) async throws -> [Money] {
        try await read { try $0.creditBalances(client) }
    }

    /// A client's credit lines, oldest first.
    public func creditHistory(of client: ClientID) async throws -> [CreditEntry] {
        try await read { try $0.creditHistory(client) }
    }

    /// A fresh start-link code for `client`, valid for `validFor` (a week unless said): 24 random letters and digits,
    /// within Telegram's start parameter alphabet and length, and too many to guess.
    public func createTelegramLinkCode(for client: ClientID, at now: Date, validFor: TimeInterval = 7 * 86_400) async throws -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let code = String((0..<24).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        try await transaction { tx in try tx.createTelegramLink(code: code, client: client, expiresAt: now.addingTimeInterval(validFor), at: now) }
        return code
    }

    /// Records one send.
    public func markSent(_ id: Int64, providerID: String?, at now: Date) async throws {
        try await markSent([SentRow(id: id, providerID: providerID)], at: now)
    }

    /// Claims rows to send with no pause between messages to one recipient.
    public func markSending(_ ids: [Int64], at now: Date) async throws -> Set<Int64> {
        try await markSending(ids, at: now, recipientInterval: 0)
    }

    /// A permanent failure with nothing else to do in the same write.
    public func markFailed(_ id: Int64, error: String, at now: Date) async throws {
        try await markFailed(id, error: error, at: now, then: nil)
    }

    /// Every escalation, oldest first.
    public func escalations() async throws -> [EscalationRecord] { try await escalations(status: nil) }

    /// Claims `key` with the usual limits: a running claim is taken over after a minute; keys are kept a day.
    public func claimAPIRequest(key: String, fingerprint: String, at now: Date) async throws -> APIRequestClaim {
        try await claimAPIRequest(key: key, fingerprint: fingerprint, at: now, staleAfter: 60, keepFor: 86_400)
    }

    /// Waitlist entries open at `now` (every one when nil), of every location and client.
    public func waitlistEntries(openAt now: Date?) async throws -> [WaitlistEntry] {
        try await waitlistEntries(location: nil, client: nil, openAt: now)
    }
}
