import Foundation

/// An SMTP server on loopback that speaks enough of RFC 5321 for libcurl (EHLO, AUTH PLAIN and LOGIN, MAIL, RCPT,
/// DATA with dot-stuffing, RSET, QUIT), records what it received, and can be told to refuse a recipient or the session.
final class FakeSMTPServer: Sendable {
    /// One accepted message: the envelope and the DATA as received (dot-stuffing undone, CRLF lines).
    struct Envelope: Sendable, Hashable {
        var helo: String
        var login: String?
        var mailFrom: String
        var recipients: [String]
        var data: String
    }

    private struct State {
        var received: [Envelope] = []
        var rejections: [String: String] = [:]
        var greeting = "220 mail.fake.test ESMTP ready"
        var sessions = 0
    }

    private let state: Locked<State>
    private let server: LoopbackServer
    let user: String
    let password: String

    init(user: String = "bookings@spa.example.com", password: String = "s3cret pass") throws {
        self.user = user
        self.password = password
        let state = Locked(State())
        self.state = state
        server = try LoopbackServer { connection in
            FakeSMTPServer.serve(connection, state: state, user: user, password: password)
        }
    }

    var url: String { "smtp://127.0.0.1:\(server.port)" }

    /// Messages accepted so far.
    var received: [Envelope] { state.withLock { $0.received } }

    /// How many connections were served.
    var sessions: Int { state.withLock { $0.sessions } }

    /// RCPT TO this address is answered with `reply`, e.g. `550 5.1.1 <x@y>: Recipient address rejected`.
    func reject(_ address: String, with reply: String) { state.withLock { $0.rejections[address.lowercased()] = reply } }

    /// The first line every new session gets, e.g. `421 4.3.2 Service not available` (the server then hangs up).
    func greet(with line: String) { state.withLock { $0.greeting = line } }

    func stop() { server.stop() }

    private static func serve(_ c: LineConnection, state: Locked<State>, user: String, password: String) {
        let greeting = state.withLock { s -> String in
            s.sessions += 1
            return s.greeting
        }
        c.line(greeting)
        guard greeting.hasPrefix("220") else { return }
        var helo = "", login: String?, from: String?, recipients: [String] = []
        while let line = c.readLine() {
            let upper = line.uppercased()
            if upper.hasPrefix("EHLO ") || upper.hasPrefix("HELO ") {
                helo = String(line.dropFirst(5))
                c.write("250-mail.fake.test greets \(helo)\r\n250-AUTH PLAIN LOGIN\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n")
            } else if upper.hasPrefix("AUTH PLAIN") {
                var token = String(line.dropFirst(10)).trimmingCharacters(in: .whitespaces)
                if token.isEmpty {
                    c.line("334 ")
                    token = c.readLine() ?? ""
                }
                let parts = String(decoding: Data(base64Encoded: token) ?? Data(), as: UTF8.self).split(separator: "\0", omittingEmptySubsequences: false)
                if parts.count == 3, parts[1] == user, parts[2] == password {
                    login = user
                    c.line("235 2.7.0 Authentication successful")
                } else {
                    c.line("535 5.7.8 Error: authentication failed")
                }
            } else if upper.hasPrefix("AUTH LOGIN") {
                c.line("334 VXNlcm5hbWU6")
                let name = String(decoding: Data(base64Encoded: c.readLine() ?? "") ?? Data(), as: UTF8.self)
                c.line("334 UGFzc3dvcmQ6")
                let secret = String(decoding: Data(base64Encoded: c.readLine() ?? "") ?? Data(), as: UTF8.self)
                if name == user, secret == password {
                    login = user
                    c.line("235 2.7.0 Authentication successful")
                } else {
                    c.line("535 5.7.8 Error: authentication failed")
                }
            } else if upper.hasPrefix("MAIL FROM:") {
                guard login != nil else { c.line("530 5.7.0 Authentication required"); continue }
                from = address(in: line)
                recipients = []
                c.line("250 2.1.0 Ok")
            } else if upper.hasPrefix("RCPT TO:") {
                guard from != nil else { c.line("503 5.5.1 Error: need MAIL command"); continue }
                let to = address(in: line)
                if let refusal = state.withLock({ $0.rejections[to.lowercased()] }) {
                    c.line(refusal)
                } else {
                    recipients.append(to)
                    c.line("250 2.1.5 Ok")
                }
            } else if upper == "DATA" {
                guard let sender = from, !recipients.isEmpty else { c.line("554 5.5.1 Error: no valid recipients"); continue }
                c.line("354 End data with <CR><LF>.<CR><LF>")
                var lines: [String] = []
                while let dataLine = c.readLine(), dataLine != "." {
                    lines.append(dataLine.hasPrefix(".") ? String(dataLine.dropFirst()) : dataLine)
                }
                let envelope = Envelope(helo: helo, login: login, mailFrom: sender, recipients: recipients,
                                        data: lines.joined(separator: "\r\n") + "\r\n")
                state.withLock { $0.received.append(envelope) }
                from = nil
                recipients = []
                c.line("250 2.0.0 Ok: queued")
            } else if upper == "RSET" {
                from = nil
                recipients = []
                c.line("250 2.0.0 Ok")
            } else if upper == "NOOP" {
                c.line("250 2.0.0 Ok")
            } else if upper == "QUIT" {
                c.line("221 2.0.0 Bye")
                return
            } else {
                c.line("502 5.5.2 Error: command not recognized")
            }
        }
    }

    /// The address between `<` and `>` of a MAIL or RCPT command.
    private static func address(in line: String) -> String {
        guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">"), open < close else { return "" }
        return String(line[line.index(after: open)..<close])
    }
}
