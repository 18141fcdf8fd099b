import CCurl
import Foundation
import Synchronization

/// One IMAP mailbox through libcurl: unseen messages' UIDs, a message's bytes without marking it read, and marking it
/// read. The logged-in connection is kept between commands and opened afresh after any failure.
final class IMAPMailbox: Sendable {
    let settings: EmailSettings.IMAP
    /// The session's handle; the lock also keeps two commands from interleaving on one connection.
    private let connection = Mutex<CurlEasy?>(nil)

    init(settings: EmailSettings.IMAP) { self.settings = settings }

    /// `UID SEARCH UNSEEN` in the mailbox.
    func unseenUIDs() async throws(CurlError) -> [UInt32] {
        try await command("UID SEARCH UNSEEN") { easy throws(CurlError) in IMAPResponse.searchUIDs(easy.body) }
    }

    /// The whole message, fetched with `BODY.PEEK[]` so it stays unseen until SlotKeeper has taken it in; nil when it
    /// was deleted since the search.
    func fetch(uid: UInt32) async throws(CurlError) -> [UInt8]? {
        try await command("UID FETCH \(uid) BODY.PEEK[]") { easy throws(CurlError) in
            // libcurl hands a custom command's literal to the header callback, line by line, exactly as it arrived.
            switch IMAPResponse.fetchedMessage(easy.transcript) {
            case .message(let bytes): return bytes
            case .gone: return nil
            case .truncated:
                throw CurlError(code: Int(CURLE_WEIRD_SERVER_REPLY.rawValue), message: "the IMAP server's answer for UID \(uid) was cut short",
                                serverReply: easy.lastReplyLine)
            }
        }
    }

    /// `UID STORE n +FLAGS (\Seen)`.
    func markSeen(uid: UInt32) async throws(CurlError) {
        try await command("UID STORE \(uid) +FLAGS (\\Seen)") { _ throws(CurlError) in () }
    }

    /// Closes the session; the next command logs in again.
    func close() { connection.withLock { $0 = nil } }

    private func command<T: Sendable>(_ request: String, read: @escaping @Sendable (CurlEasy) throws(CurlError) -> T) async throws(CurlError) -> T {
        try await CurlTransfer.run { cancellation in
            self.connection.withLock { easy -> Result<T, CurlError> in
                do throws(CurlError) {
                    let handle: CurlEasy
                    if let open = easy {
                        handle = open
                    } else {
                        handle = try self.makeHandle()
                        easy = handle
                    }
                    handle.cancellation = cancellation
                    try handle.set(CURLOPT_CUSTOMREQUEST, request)
                    try handle.perform()
                    return .success(try read(handle))
                } catch {
                    // A failed command can leave the session anywhere: the next one starts on a new connection.
                    easy = nil
                    return .failure(error)
                }
            }
        }
    }

    private func makeHandle() throws(CurlError) -> CurlEasy {
        let easy = try CurlEasy()
        try easy.set(CURLOPT_URL, settings.url)
        try easy.set(CURLOPT_USE_SSL, MailTransportSecurity.useSSL(for: settings.url))
        try easy.set(CURLOPT_USERNAME, settings.user)
        try easy.set(CURLOPT_PASSWORD, settings.password)
        try easy.set(CURLOPT_CONNECTTIMEOUT, settings.connectTimeout)
        try easy.set(CURLOPT_TIMEOUT, settings.timeout)
        return easy
    }
}
