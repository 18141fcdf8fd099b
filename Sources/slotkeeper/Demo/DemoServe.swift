import BookingCore
import Engine
import Dialogs
import Foundation
import Intents
import Server
import Store

extension DemoCommand {
    /// `demo --serve`: the spa as it stands now, its week's reminders scheduled, one client's question waiting for a person,
    /// two accounts to sign in with, and `serve --simulate` on it: messages print here instead of going to real phones.
    func serveDemo(store: any BookingStore, spa: DemoSpa, now: Date, matcher: ReplyMatcher, dialogs: DialogCatalogue) async throws {
        let engine = Engine(store: store, matcher: matcher, dialogs: dialogs, clock: SystemClock(),
                            config: EngineConfiguration(businessName: "Willow & Stone", depositLinkTemplate: "http://127.0.0.1:\(port)/pay/{appointment}",
                                                        bookingLink: "http://127.0.0.1:\(port)/book",
                                                        links: ClientLinks(base: "http://127.0.0.1:\(port)",
                                                                           secret: try await store.linkSecret(orNew: ClientLinks.newSecret())),
                                                        personalBookingLinks: true),
                            senders: [:])
        let book = try await store.appointments(at: DemoSpa.locationID, from: now.addingTimeInterval(-86_400), to: now.addingTimeInterval(8 * 86_400))
        for a in book where a.status.isUpcoming {
            try await engine.bookingChanged(.booked(a.id), client: a.clientID, key: "demo-booked:\(a.id)")
        }
        // A question only a person can answer, so the escalation inbox has something in it from the start.
        if let asker = spa.clients.first(where: { $0.locale == "en" && $0.addresses[.sms] != nil }), let phone = asker.addresses[.sms] {
            try await engine.receive(channel: .sms, from: phone, text: "Hi, is there parking near you, and can my daughter wait in the lounge?",
                                     providerID: "demo-question")
        }
        var lines: [String] = []
        for (name, role, staff) in [("Amelia Hart", StaffAccount.Role.owner, "amelia"), ("Grace Okafor", .frontDesk, "grace")] {
            let password = DeskAuth.newPassword()
            let username = StaffAccount.username(from: name)
            try await store.addAccount(StaffAccount(username: username, displayName: name, role: role, staffID: StaffID(staff),
                                                    passwordHash: await DeskAuth.hash(password), createdAt: now))
            lines.append("  \(role.rawValue):\(String(repeating: " ", count: max(1, 11 - role.rawValue.count)))\(username) / \(password)")
        }
        print("""
            The demo spa Willow & Stone is ready in \(database): \(spa.staff.count) staff, \(spa.clients.count) clients, a week of visits.

            Dashboard:  http://127.0.0.1:\(port)/desk   sign in as
            \(lines.joined(separator: "\n"))
            Simulator:  http://127.0.0.1:\(port)/simulator   text as any client and watch the desk react
            Booking:    http://127.0.0.1:\(port)/book   book as a client (the one-time code is printed below)

            Messages SlotKeeper sends are printed below instead of reaching real phones. Stop with Ctrl-C.

            """)
        fflush(nil)
        let serve = try ServeCommand.parse(["--simulate", "--database", database, "--port", "\(port)"])
        try await serve.run()
    }
}
