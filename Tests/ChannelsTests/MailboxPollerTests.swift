@testable import Channels
import Foundation
import Testing

/// Reading replies through libcurl from a real IMAP conversation on loopback.
@Suite("Mailbox poller over IMAP")
struct MailboxPollerTests {
    /// The engine could not take the message in this time.
    struct Busy: Error {}

    /// What the engine side saw: each message handed over, with the flags it had on the server at that moment.
    final class Intake: Sendable {
        private let state = Locked<[(InboundMessage, Set<String>)]>([])
        private let reports = Locked<[DeliveryReport]>([])
        private let refusals = Locked(0)

        var messages: [InboundMessage] { state.withLock { $0.map(\.0) } }
        var flagsAtHandOver: [Set<String>] { state.withLock { $0.map(\.1) } }
        var delivered: [DeliveryReport] { reports.withLock { $0 } }

        /// The next `count` hand-overs fail, as an engine whose database is busy would.
        func refuse(_ count: Int) { refusals.withLock { $0 = count } }

        func poller(_ server: FakeIMAPServer, password: String? = nil) -> MailboxPoller {
            let settings = EmailSettings.IMAP(url: server.url, user: server.user, password: password ?? server.password, pollSeconds: 5,
                                              ownAddress: "bookings@spa.example.com", connectTimeout: 5, timeout: 20)
            return MailboxPoller(settings: settings, deliver: { message in
                let refuse = self.refusals.withLock { n -> Bool in
                    guard n > 0 else { return false }
                    n -= 1
                    return true
                }
                if refuse { throw Busy() }
                // The server's flags are read here, while the hand-over is in progress.
                let uid = self.uid(for: message, in: server)
                self.state.withLock { $0.append((message, server.flags(uid))) }
            }, report: { report in self.reports.withLock { $0.append(report) } })
        }

        private func uid(for message: InboundMessage, in server: FakeIMAPServer) -> UInt32 {
            let fetched = server.commands.last { $0.hasPrefix("UID FETCH ") } ?? ""
            return UInt32(fetched.split(separator: " ")[2]) ?? 0
        }
    }

    @Test("a reply is read, its quote stripped, handed over with its sender and Message-ID, and marked seen only after")
    func readsReply() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        let uid = server.deliver(MailFixtures.gmail)
        let intake = Intake()
        let pass = try await intake.poller(server).poll()

        #expect(pass == MailboxPoller.Pass(delivered: 1))
        #expect(intake.messages == [InboundMessage(channel: .email, from: "anna.smith@gmail.com", text: "Can we do Thursday at 4 instead? 🙏",
                                                   providerID: "CAGx7=Yq8Z+0a@mail.gmail.com")])
        #expect(intake.flagsAtHandOver == [[]])
        #expect(server.flags(uid) == ["\\Seen"])
        let commands = server.commands
        #expect(commands.contains("UID SEARCH UNSEEN"))
        #expect(commands.contains("UID FETCH \(uid) BODY.PEEK[]"))
        #expect(commands.contains("UID STORE \(uid) +FLAGS (\\Seen)"))
        #expect(commands.firstIndex(of: "UID FETCH \(uid) BODY.PEEK[]")! < commands.firstIndex(of: "UID STORE \(uid) +FLAGS (\\Seen)")!)
    }

    @Test("a reply taken in is not handed over again, and later mail is, on the same connection")
    func notTwice() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        server.deliver(MailFixtures.yandex)
        let intake = Intake()
        let poller = intake.poller(server)
        #expect(try await poller.poll() == MailboxPoller.Pass(delivered: 1))
        #expect(try await poller.poll() == MailboxPoller.Pass())
        server.deliver(MailFixtures.outlookSpanish)
        #expect(try await poller.poll() == MailboxPoller.Pass(delivered: 1))
        #expect(intake.messages.map(\.text) == ["Да, приду", "No podré ir, lo siento. ¿Podemos cambiarla al jueves?"])
        #expect(server.commands.filter { $0.hasPrefix("LOGIN") }.count == 1)
    }

    @Test("a reply the engine does not accept stays unseen and is handed over on the next pass")
    func refusedStaysUnseen() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        let uid = server.deliver(MailFixtures.appleMail)
        let intake = Intake()
        intake.refuse(1)
        let poller = intake.poller(server)
        #expect(try await poller.poll() == MailboxPoller.Pass(refused: 1))
        #expect(server.flags(uid).isEmpty)
        #expect(intake.messages.isEmpty)
        #expect(try await poller.poll() == MailboxPoller.Pass(delivered: 1))
        #expect(server.flags(uid) == ["\\Seen"])
        #expect(intake.messages.map(\.from) == ["james.wright@icloud.com"])
    }

    @Test("when marking seen fails after the hand-over, the next pass marks it without handing it over twice")
    func storeFailure() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        let uid = server.deliver(MailFixtures.koi8r)
        server.failStores(1)
        let intake = Intake()
        let poller = intake.poller(server)
        await #expect(throws: CurlError.self) { try await poller.poll() }
        #expect(intake.messages.count == 1)
        #expect(server.flags(uid).isEmpty)
        #expect(try await poller.poll() == MailboxPoller.Pass())
        #expect(server.flags(uid) == ["\\Seen"])
        #expect(intake.messages.count == 1)
    }

    @Test("bounces are reported, automatic answers and own copies marked seen and left")
    func bouncesAndAutomatic() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        let uids = [server.deliver(MailFixtures.bounce), server.deliver(MailFixtures.outOfOffice), server.deliver(MailFixtures.ownCopy)]
        let intake = Intake()
        #expect(try await intake.poller(server).poll() == MailboxPoller.Pass(reported: 1, ignored: 2))
        #expect(intake.delivered.map(\.providerID) == ["slotkeeper.7.abc@spa.example.com"])
        #expect(intake.messages.isEmpty)
        #expect(uids.allSatisfy { server.flags($0) == ["\\Seen"] })
    }

    @Test("a message whose lines look like IMAP responses arrives whole")
    func literalWithResponseLikeLines() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        server.deliver("""
            From: Ana <ana@example.es>
            Message-ID: <lines@example.es>
            Subject: Re: Recordatorio

            * 1 FETCH (FLAGS (\\Seen))
            + sigo aquí
            )
            Sí, confirmo.

            """)
        let intake = Intake()
        _ = try await intake.poller(server).poll()
        #expect(intake.messages.map(\.text) == ["* 1 FETCH (FLAGS (\\Seen))\n+ sigo aquí\n)\nSí, confirmo."])
    }

    @Test("run() looks at once, keeps polling, and stops when its task is cancelled")
    func runsUntilCancelled() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        server.deliver(MailFixtures.gmail)
        let (arrivals, arrived) = AsyncStream<InboundMessage>.makeStream()
        let settings = EmailSettings.IMAP(url: server.url, user: server.user, password: server.password, pollSeconds: 5, connectTimeout: 5, timeout: 20)
        let poller = MailboxPoller(settings: settings, deliver: { arrived.yield($0) })
        let loop = Task { await poller.run() }
        var iterator = arrivals.makeAsyncIterator()
        #expect(await iterator.next()?.providerID == "CAGx7=Yq8Z+0a@mail.gmail.com")
        // Cancelling ends the loop: this await returns instead of waiting out the poll interval.
        loop.cancel()
        await loop.value
    }

    @Test("a refused login is an error and hands nothing over")
    func refusedLogin() async throws {
        let server = try FakeIMAPServer()
        defer { server.stop() }
        let uid = server.deliver(MailFixtures.gmail)
        let intake = Intake()
        let error = await #expect(throws: CurlError.self) { try await intake.poller(server, password: "wrong").poll() }
        #expect(error?.code == 67)  // CURLE_LOGIN_DENIED
        #expect(intake.messages.isEmpty)
        #expect(server.flags(uid).isEmpty)
    }

    @Test("an unreachable server is an error the loop backs off from")
    func unreachable() async throws {
        let port = try LoopbackServer.closedPort()
        let poller = MailboxPoller(settings: EmailSettings.IMAP(url: "imap://127.0.0.1:\(port)/INBOX", user: "u", password: "p", connectTimeout: 5, timeout: 10),
                                   deliver: { _ in })
        let error = await #expect(throws: CurlError.self) { try await poller.poll() }
        #expect(error?.isConnectionProblem == true)
    }
}
