import Foundation

/// An IMAP4rev1 server on loopback with one mailbox, speaking enough of RFC 3501 for libcurl: CAPABILITY, LOGIN (atoms,
/// quoted strings), SELECT, UID SEARCH, UID FETCH with literals (BODY[] sets \Seen, BODY.PEEK[] does not), UID STORE,
/// NOOP, LOGOUT. It records every command and can be told to refuse the next STOREs.
final class FakeIMAPServer: Sendable {
    struct Message: Sendable, Hashable {
        var uid: UInt32
        var raw: [UInt8]
        var flags: Set<String>
    }

    private struct State {
        var messages: [Message] = []
        var nextUID: UInt32 = 101
        var commands: [String] = []
        var failingStores = 0
    }

    private let state: Locked<State>
    private let server: LoopbackServer
    let user: String
    let password: String

    init(user: String = "bookings@spa.example.com", password: String = "imap \"pass\"") throws {
        self.user = user
        self.password = password
        let state = Locked(State())
        self.state = state
        server = try LoopbackServer { connection in
            FakeIMAPServer.serve(connection, state: state, user: user, password: password)
        }
    }

    /// `imap://127.0.0.1:port/INBOX`.
    var url: String { "imap://127.0.0.1:\(server.port)/INBOX" }

    /// Puts a message in the mailbox, unseen; returns its UID.
    @discardableResult
    func deliver(_ raw: String) -> UInt32 {
        let bytes = Array(raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
        return state.withLock { s in
            let uid = s.nextUID
            s.nextUID += 1
            s.messages.append(Message(uid: uid, raw: bytes, flags: []))
            return uid
        }
    }

    /// The flags of a message.
    func flags(_ uid: UInt32) -> Set<String> { state.withLock { s in s.messages.first { $0.uid == uid }?.flags ?? [] } }

    /// Every command received, without its tag, in order.
    var commands: [String] { state.withLock { $0.commands } }

    /// The next `count` UID STOREs are answered NO.
    func failStores(_ count: Int) { state.withLock { $0.failingStores = count } }

    func stop() { server.stop() }

    private static func serve(_ c: LineConnection, state: Locked<State>, user: String, password: String) {
        c.line("* OK [CAPABILITY IMAP4rev1 LITERAL+] Fake IMAP ready")
        var authenticated = false
        var selected = false
        while let line = c.readLine() {
            guard let space = line.firstIndex(of: " ") else { c.line("* BAD Missing tag"); continue }
            let tag = String(line[..<space])
            let rest = String(line[line.index(after: space)...])
            state.withLock { $0.commands.append(rest) }
            let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
            let command = words[0].uppercased()
            let arguments = words.count > 1 ? words[1] : ""
            switch command {
            case "CAPABILITY":
                c.line("* CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS")
                c.line("\(tag) OK CAPABILITY completed")
            case "NOOP":
                c.line("\(tag) OK NOOP completed")
            case "LOGIN":
                let args = strings(arguments, connection: c)
                if args.count == 2, args[0] == user, args[1] == password {
                    authenticated = true
                    c.line("\(tag) OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS] Logged in")
                } else {
                    c.line("\(tag) NO [AUTHENTICATIONFAILED] Authentication failed.")
                }
            case "SELECT", "EXAMINE":
                guard authenticated else { c.line("\(tag) NO Log in first"); continue }
                guard strings(arguments, connection: c).first?.uppercased() == "INBOX" else { c.line("\(tag) NO Mailbox doesn't exist"); continue }
                let (count, next) = state.withLock { ($0.messages.count, $0.nextUID) }
                c.line("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
                c.line("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.")
                c.line("* \(count) EXISTS")
                c.line("* 0 RECENT")
                c.line("* OK [UIDVALIDITY 1700000000] UIDs valid")
                c.line("* OK [UIDNEXT \(next)] Predicted next UID")
                selected = true
                c.line("\(tag) OK [READ-WRITE] Select completed.")
            case "UID":
                guard selected else { c.line("\(tag) BAD No mailbox selected"); continue }
                uid(arguments, tag: tag, connection: c, state: state)
            case "LOGOUT":
                c.line("* BYE Logging out")
                c.line("\(tag) OK Logout completed.")
                return
            default:
                c.line("\(tag) BAD Error in IMAP command \(command): Unknown command.")
            }
        }
    }

    private static func uid(_ arguments: String, tag: String, connection c: LineConnection, state: Locked<State>) {
        let words = arguments.split(separator: " ", maxSplits: 2).map(String.init)
        let command = words.first?.uppercased() ?? ""
        switch command {
        case "SEARCH":
            let criterion = words.dropFirst().joined(separator: " ").uppercased()
            let found = state.withLock { s in
                s.messages.filter { criterion == "ALL" || (criterion == "UNSEEN" && !$0.flags.contains("\\Seen")) }.map(\.uid)
            }
            c.line("* SEARCH" + found.map { " \($0)" }.joined())
            c.line("\(tag) OK Search completed.")
        case "FETCH":
            guard words.count == 3, let uid = UInt32(words[1]) else { c.line("\(tag) BAD Error in IMAP command UID FETCH"); return }
            let items = words[2].uppercased()
            let peek = items.contains("BODY.PEEK[]")
            guard peek || items.contains("BODY[]") else { c.line("\(tag) BAD Only BODY[] and BODY.PEEK[] here"); return }
            let found = state.withLock { s -> (Int, Message)? in
                guard let index = s.messages.firstIndex(where: { $0.uid == uid }) else { return nil }
                if !peek { s.messages[index].flags.insert("\\Seen") }
                return (index + 1, s.messages[index])
            }
            if let found {
                let (sequence, message) = found
                c.write("* \(sequence) FETCH (UID \(uid) BODY[] {\(message.raw.count)}\r\n")
                c.write(message.raw)
                c.write(peek ? ")\r\n" : " FLAGS (\\Seen))\r\n")
            }
            c.line("\(tag) OK Fetch completed.")
        case "STORE":
            guard words.count == 3, let uid = UInt32(words[1]) else { c.line("\(tag) BAD Error in IMAP command UID STORE"); return }
            let change = words[2]
            let refused = state.withLock { s -> Bool in
                guard s.failingStores == 0 else { s.failingStores -= 1; return true }
                return false
            }
            if refused { c.line("\(tag) NO [SERVERBUG] Internal error occurred."); return }
            let flags = Set(change.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }.split(separator: " ").map(String.init))
            let updated = state.withLock { s -> (Int, Set<String>)? in
                guard let index = s.messages.firstIndex(where: { $0.uid == uid }) else { return nil }
                if change.uppercased().hasPrefix("-FLAGS") { s.messages[index].flags.subtract(flags) } else { s.messages[index].flags.formUnion(flags) }
                return (index + 1, s.messages[index].flags)
            }
            if let updated {
                let (sequence, now) = updated
                c.line("* \(sequence) FETCH (UID \(uid) FLAGS (\(now.sorted().joined(separator: " "))))")
            }
            c.line("\(tag) OK Store completed.")
        default:
            c.line("\(tag) BAD Unknown UID command")
        }
    }

    /// The arguments of LOGIN or SELECT: atoms, "quoted strings" with \-escapes, or {n} literals (read from the connection).
    private static func strings(_ text: String, connection c: LineConnection) -> [String] {
        var out: [String] = []
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == " " { i += 1; continue }
            if chars[i] == "\"" {
                var value = ""
                i += 1
                while i < chars.count, chars[i] != "\"" {
                    if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                    value.append(chars[i])
                    i += 1
                }
                out.append(value)
                i += 1
            } else if chars[i] == "{", let close = chars[i...].firstIndex(of: "}"), let size = Int(String(chars[(i + 1)..<close]).replacingOccurrences(of: "+", with: "")) {
                if !String(chars[(i + 1)..<close]).hasSuffix("+") { c.line("+ go ahead") }
                out.append(String(decoding: c.read(count: size) ?? [], as: UTF8.self))
                chars = Array(c.readLine() ?? "")
                i = 0
            } else {
                var value = ""
                while i < chars.count, chars[i] != " " { value.append(chars[i]); i += 1 }
                out.append(value)
            }
        }
        return out
    }
}
