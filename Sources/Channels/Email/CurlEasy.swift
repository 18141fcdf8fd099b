import CCurl
import Foundation
import Synchronization

/// A libcurl failure: curl's code and message, with the mail server's last reply when there was one.
public struct CurlError: Error, Sendable, Equatable, CustomStringConvertible {
    /// curl's result code (`CURLE_…`).
    public var code: Int
    /// curl's own words, e.g. "Failed to connect to 127.0.0.1 port 25: Connection refused".
    public var message: String
    /// The last SMTP or IMAP status the server sent (550, 421…), 0 when none.
    public var responseCode: Int
    /// The server's last reply line, e.g. "550 5.1.1 <x@example.com>: Recipient address rejected".
    public var serverReply: String?

    /// A failure with curl's code and message, and what the server last said.
    public init(code: Int, message: String, responseCode: Int = 0, serverReply: String? = nil) {
        self.code = code
        self.message = message
        self.responseCode = responseCode
        self.serverReply = serverReply
    }

    /// curl's message, with the server's reply when it adds something.
    public var description: String {
        if let serverReply, !message.contains(serverReply) { return "\(message) (server said: \(serverReply))" }
        return message
    }

    /// The transfer could not reach the server or lost it: refused, unresolvable, reset or timed out.
    public var isConnectionProblem: Bool {
        [CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT, CURLE_OPERATION_TIMEDOUT, CURLE_SEND_ERROR,
         CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_SSL_CONNECT_ERROR, CURLE_AGAIN].contains { Int($0.rawValue) == code } && responseCode == 0
    }

    /// The transfer was stopped because the task waiting for it was cancelled.
    public var isCancelled: Bool { code == Int(CURLE_ABORTED_BY_CALLBACK.rawValue) }
}

/// A flag another thread sets to stop a running transfer at its next progress check (about once a second).
final class CurlCancellation: Sendable {
    private let flag = Atomic<Bool>(false)
    func cancel() { flag.store(true, ordering: .relaxed) }
    var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// One libcurl easy handle, owned: cleaned up when released. Not thread-safe; use it from one thread at a time
/// (`CurlTransfer` runs it on a thread of its own, away from the cooperative pool).
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var lists: [UnsafeMutablePointer<curl_slist>] = []
    /// What the server sent as the transfer's body (a fetched message, a custom command's untagged replies).
    private(set) var body: [UInt8] = []
    /// Every reply line the server sent (libcurl hands SMTP/IMAP responses to the header callback), in order.
    private(set) var transcript: [UInt8] = []
    private var upload: [UInt8] = []
    private var uploadOffset = 0
    var cancellation: CurlCancellation?

    /// libcurl's process-wide setup, done once before the first handle.
    private static let globalSetup: Bool = sk_global_init() == CURLE_OK

    init() throws(CurlError) {
        guard Self.globalSetup, let raw = curl_easy_init() else {
            throw CurlError(code: Int(CURLE_FAILED_INIT.rawValue), message: "libcurl could not be initialised")
        }
        handle = raw
        errorBuffer = .allocate(capacity: sk_error_size())
        errorBuffer.initialize(repeating: 0, count: sk_error_size())
        try installCallbacks()
    }

    deinit {
        curl_easy_cleanup(handle)
        for list in lists { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    private func installCallbacks() throws(CurlError) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        try check(sk_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), CURLOPT_ERRORBUFFER)
        try check(sk_setopt_long(handle, CURLOPT_NOSIGNAL, 1), CURLOPT_NOSIGNAL)
        try check(sk_setopt_write(handle, CURLOPT_WRITEFUNCTION) { data, size, count, user in
            let n = size * count
            guard let data, let user else { return n }
            Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue().body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: n))
            return n
        }, CURLOPT_WRITEFUNCTION)
        try check(sk_setopt_pointer(handle, CURLOPT_WRITEDATA, me), CURLOPT_WRITEDATA)
        try check(sk_setopt_write(handle, CURLOPT_HEADERFUNCTION) { data, size, count, user in
            let n = size * count
            guard let data, let user else { return n }
            Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue().transcript.append(contentsOf: UnsafeRawBufferPointer(start: data, count: n))
            return n
        }, CURLOPT_HEADERFUNCTION)
        try check(sk_setopt_pointer(handle, CURLOPT_HEADERDATA, me), CURLOPT_HEADERDATA)
        try check(sk_setopt_read(handle, CURLOPT_READFUNCTION) { buffer, size, count, user in
            guard let buffer, let user else { return sk_readfunc_abort() }
            let easy = Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue()
            let n = min(size * count, easy.upload.count - easy.uploadOffset)
            guard n > 0 else { return 0 }
            easy.upload.withUnsafeBytes { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + easy.uploadOffset, byteCount: n)
            }
            easy.uploadOffset += n
            return n
        }, CURLOPT_READFUNCTION)
        try check(sk_setopt_pointer(handle, CURLOPT_READDATA, me), CURLOPT_READDATA)
        try check(sk_setopt_xferinfo(handle, CURLOPT_XFERINFOFUNCTION) { user, _, _, _, _ in
            guard let user else { return 0 }
            return Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue().cancellation?.isCancelled == true ? 1 : 0
        }, CURLOPT_XFERINFOFUNCTION)
        try check(sk_setopt_pointer(handle, CURLOPT_XFERINFODATA, me), CURLOPT_XFERINFODATA)
        try check(sk_setopt_long(handle, CURLOPT_NOPROGRESS, 0), CURLOPT_NOPROGRESS)
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(CurlError) {
        guard code == CURLE_OK else {
            throw CurlError(code: Int(code.rawValue), message: "libcurl refused option \(option.rawValue): \(String(cString: curl_easy_strerror(code)))")
        }
    }

    /// Sets a numeric option (timeouts, flags, enum values).
    func set(_ option: CURLoption, _ value: Int) throws(CurlError) { try check(sk_setopt_long(handle, option, value), option) }

    /// Sets a string option; libcurl copies it.
    func set(_ option: CURLoption, _ value: String) throws(CurlError) { try check(sk_setopt_string(handle, option, value), option) }

    /// Clears a string option back to libcurl's default.
    func clear(_ option: CURLoption) throws(CurlError) { try check(sk_setopt_string(handle, option, nil), option) }

    /// Sets a list option (`CURLOPT_MAIL_RCPT`); the list lives as long as the handle.
    func set(_ option: CURLoption, list values: [String]) throws(CurlError) {
        var list: UnsafeMutablePointer<curl_slist>?
        for value in values { list = curl_slist_append(list, value) }
        if let list { lists.append(list) }
        try check(sk_setopt_slist(handle, option, list), option)
    }

    /// The bytes the next `perform` uploads (an SMTP message).
    func setUpload(_ bytes: [UInt8]) throws(CurlError) {
        upload = bytes
        uploadOffset = 0
        try set(CURLOPT_UPLOAD, 1)
        try check(sk_setopt_offset(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(bytes.count)), CURLOPT_INFILESIZE_LARGE)
    }

    /// Stops uploading on later transfers of this handle.
    func clearUpload() throws(CurlError) {
        upload = []
        uploadOffset = 0
        try set(CURLOPT_UPLOAD, 0)
    }

    /// The last SMTP/IMAP status code the server sent.
    var responseCode: Int {
        var code = 0
        _ = sk_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    /// Runs one transfer with the options set so far; blocks until it ends. Body and transcript start empty each time.
    func perform() throws(CurlError) {
        body = []
        transcript = []
        errorBuffer[0] = 0
        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else {
            let detail = String(cString: errorBuffer)
            let status = responseCode
            throw CurlError(code: Int(code.rawValue), message: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail,
                            responseCode: status, serverReply: status > 0 ? replyLine(status: status) : lastReplyLine)
        }
    }

    /// The last non-empty line of the transcript: the server's final word.
    var lastReplyLine: String? { replyLines.last }

    /// The server's last reply line with that status, e.g. "550 5.1.1 unknown user" (libcurl may say QUIT after it).
    private func replyLine(status: Int) -> String? {
        let prefix = String(status)
        return replyLines.last { $0.hasPrefix(prefix) } ?? lastReplyLine
    }

    private var replyLines: [String] {
        String(decoding: transcript, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
