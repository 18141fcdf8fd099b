import BookingCore
import Foundation
import GRDB
import Store
import Testing

@Suite("SQLite booking store")
struct SQLiteStoreTests {
    @Test("what is saved reads back the same, including addresses, hours and policies")
    func roundTrip() async throws {
        let t = try await TestStore.make()
        #expect(try await t.store.location("soho") == TestStore.location)
        #expect(try await t.store.services() == [TestStore.massage])
        #expect(try await t.store.staff(at: "soho") == [TestStore.anna])
        #expect(try await t.store.staff(at: "elsewhere").isEmpty)
        #expect(try await t.store.client("maria") == TestStore.maria)
        #expect(try await t.store.client(channel: .telegram, address: "123456789")?.id == "oleg")
        #expect(try await t.store.client(channel: .sms, address: "+440000000000") == nil)

        var policies = Policies()
        policies.waitlist.mode = .sequential(holdMinutes: 15)
        policies.noShow.thresholds = [.init(marks: 1, tier: .depositRequired(percent: 50))]
        try await t.store.save(policies, for: "soho")
        #expect(try await t.store.policies(for: "soho") == policies)
        #expect(try await t.store.policies(for: "other") == .standard)

        let entry = WaitlistEntry(id: "w1", clientID: "oleg", locationID: "soho", serviceIDs: ["massage"],
                                  windows: [WaitlistWindow(weekdays: [.friday], hours: LocalTimeRange(text: "17:00-20:00")!)],
                                  createdAt: TestStore.at("2026-11-20T10:00"), expiresAt: TestStore.at("2026-12-20T10:00"))
        try await t.store.save(entry)
        #expect(try await t.store.waitlist(at: "soho", openAt: TestStore.at("2026-11-23T10:00")) == [entry])
        #expect(try await t.store.waitlist(at: "soho", openAt: TestStore.at("2026-12-21T10:00")).isEmpty, "expired entries don't wait")
    }

    @Test("two clients can't share one phone number")
    func addressClash() async throws {
        let t = try await TestStore.make()
        let impostor = Client(id: "x", firstName: "X", addresses: [.sms: "+447700900001"])
        await #expect(throws: StoreError.missingReference("sms address +447700900001 already belongs to client maria")) {
            try await t.store.save(impostor)
        }
        #expect(try await t.store.client("x") == nil)
    }

    @Test("a booking reads back and is audited; an overlapping one is refused with the one in the way")
    func bookAndOverlap() async throws {
        let t = try await TestStore.make()
        let a = TestStore.appointment("a1", start: "2026-11-24T10:00")
        try await t.store.book(a, by: .staff("anna"))
        #expect(try await t.store.appointment("a1") == a)
        #expect(try await t.store.audit(subjectKind: "appointment", subjectID: "a1").map(\.action) == ["booked"])

        await #expect(throws: StoreError.slotTaken(staff: "anna", conflicting: "a1")) {
            try await t.store.book(TestStore.appointment("a2", client: "oleg", start: "2026-11-24T10:30"), by: .external("api"))
        }
        // Back to back is fine; the store guards overlaps, slot search guards buffers.
        try await t.store.book(TestStore.appointment("a3", client: "oleg", start: "2026-11-24T11:00"), by: .external("api"))
        let day = try await t.store.appointments(at: "soho", from: TestStore.at("2026-11-24T00:00"), to: TestStore.at("2026-11-25T00:00"))
        #expect(day.map(\.id) == ["a1", "a3"])
    }

    @Test("a booking that names a client who doesn't exist is refused by name")
    func missingClient() async throws {
        let t = try await TestStore.make()
        await #expect(throws: StoreError.notFound(kind: "client", id: "ghost")) {
            try await t.store.book(TestStore.appointment("a1", client: "ghost", start: "2026-11-24T10:00"), by: .external("api"))
        }
    }

    @Test("a cancelled slot can be booked again, and moving into a busy time is refused")
    func cancelFreesAndMoveChecks() async throws {
        let t = try await TestStore.make()
        try await t.store.book(TestStore.appointment("a1", start: "2026-11-24T10:00"), by: .staff("anna"))
        try await t.store.book(TestStore.appointment("a2", client: "oleg", start: "2026-11-24T12:00"), by: .staff("anna"))
        let now = TestStore.at("2026-11-22T09:00")
        try await t.store.change("a1", .cancel(reason: "flu"), by: .client("maria"), at: now, policies: .standard)
        try await t.store.book(TestStore.appointment("a9", client: "oleg", start: "2026-11-24T10:00"), by: .staff("anna"))

        let into = AppointmentChange.move(start: TestStore.at("2026-11-24T10:30"), end: TestStore.at("2026-11-24T11:30"), staffID: nil, confirmed: true)
        await #expect(throws: StoreError.slotTaken(staff: "anna", conflicting: "a9")) {
            try await t.store.change("a2", into, by: .client("oleg"), at: now, policies: .standard)
        }
        #expect(try await t.store.appointment("a2")?.start == TestStore.at("2026-11-24T12:00"), "a refused move changes nothing")
        let free = AppointmentChange.move(start: TestStore.at("2026-11-24T14:00"), end: TestStore.at("2026-11-24T15:00"), staffID: nil, confirmed: true)
        let moved = try await t.store.change("a2", free, by: .client("oleg"), at: now, policies: .standard)
        #expect(moved.appointment.status == .confirmed)
        #expect(try await t.store.audit(subjectKind: "appointment", subjectID: "a2").map(\.action) == ["booked", "moved"])
    }

    @Test("a late cancel and a no-show land on the client's record and raise their tier; reinstating lowers it")
    func attendance() async throws {
        let t = try await TestStore.make()
        try await t.store.book(TestStore.appointment("a1", start: "2026-11-24T10:00"), by: .staff("anna"))
        try await t.store.book(TestStore.appointment("a2", start: "2026-11-25T10:00"), by: .staff("anna"))
        let late = try await t.store.change("a1", .cancel(reason: "late"), by: .client("maria"), at: TestStore.at("2026-11-24T08:00"), policies: .standard)
        #expect(late.appointment.cancellation?.fee == Money(minorUnits: 4250, currency: "GBP"))
        try await t.store.change("a2", .noShow, by: .staff("anna"), at: TestStore.at("2026-11-25T10:30"), policies: .standard)
        let maria = try #require(try await t.store.client("maria"))
        #expect(maria.attendance.map(\.kind) == [.lateCancel, .noShow])
        let now = TestStore.at("2026-11-26T10:00")
        #expect(maria.tier(under: NoShowPolicy(thresholds: [.init(marks: 1.5, tier: .depositRequired(percent: 100))]), now: now) == .depositRequired(percent: 100))

        try await t.store.change("a2", .reinstate, by: .staff("anna"), at: now, policies: .standard)
        #expect(try await t.store.client("maria")?.attendance.map(\.kind) == [.lateCancel, .attended], "the no-show is gone; she came after all")
    }

    @Test("an illegal change is refused with its reason and changes nothing")
    func illegalChange() async throws {
        let t = try await TestStore.make()
        try await t.store.book(TestStore.appointment("a1", start: "2026-11-24T10:00"), by: .staff("anna"))
        await #expect(throws: LifecycleError.notYetStarted) {
            try await t.store.change("a1", .noShow, by: .staff("anna"), at: TestStore.at("2026-11-23T10:00"), policies: .standard)
        }
        #expect(try await t.store.appointment("a1")?.status == .booked)
        #expect(try await t.store.audit(subjectKind: "appointment", subjectID: "a1").count == 1)
        await #expect(throws: StoreError.notFound(kind: "appointment", id: "nope")) {
            try await t.store.change("nope", .confirm, by: .client("maria"), at: .now, policies: .standard)
        }
    }

    @Test("many clients booking the same slots at once: exactly one winner per slot")
    func concurrentBookingHammer() async throws {
        let t = try await TestStore.make()
        let clients = (0..<16).map { Client(id: ClientID("c\($0)"), firstName: "Client \($0)", addresses: [.sms: "+4477009011\(String(format: "%02d", $0))"]) }
        for c in clients { try await t.store.save(c) }
        let slots = ["2026-11-24T09:00", "2026-11-24T10:00", "2026-11-24T10:30", "2026-11-24T11:00", "2026-11-24T14:00"]
        let store = t.store
        let outcomes = await withTaskGroup(of: (String, Bool).self) { group in
            for (si, slot) in slots.enumerated() {
                for c in clients {
                    group.addTask {
                        let a = TestStore.appointment("\(si)-\(c.id)", client: c.id, start: slot)
                        do { try await store.book(a, by: .client(c.id)); return (slot, true) } catch { return (slot, false) }
                    }
                }
            }
            var results: [(String, Bool)] = []
            for await r in group { results.append(r) }
            return results
        }
        #expect(outcomes.count == slots.count * clients.count)
        let booked = try await t.store.appointments(at: "soho", from: TestStore.at("2026-11-24T00:00"), to: TestStore.at("2026-11-25T00:00"))
        for (a, b) in zip(booked, booked.dropFirst()) {
            #expect(a.end <= b.start, "\(a.id) and \(b.id) overlap")
        }
        // 09:00 always wins; 10:00 and 10:30 overlap each other, so exactly one of them; 11:00 only if 10:00 lost; 14:00 always.
        let winners = outcomes.filter(\.1).map(\.0)
        #expect(winners.filter { $0 == "2026-11-24T09:00" }.count == 1)
        #expect(winners.filter { $0 == "2026-11-24T14:00" }.count == 1)
        #expect(winners.filter { $0 == "2026-11-24T10:00" || $0 == "2026-11-24T10:30" }.count == 1)
        #expect(booked.count == winners.count)
    }

    @Test("a database file from the first migration opens, keeps its data and migrates forward")
    func migratesForward() async throws {
        let path = TestStore.temporaryPath()
        let first = try #require(SQLiteBookingStore.migrations.first)
        do {
            let old = try SQLiteBookingStore.openMigrated(path: path, upTo: first)
            try await old.write { db in
                try db.execute(sql: """
                    INSERT INTO location (id, name, time_zone, opening_hours, closures, quiet_start, quiet_end)
                    VALUES ('soho', 'Soho', 'Europe/London', '{"days":{"monday":["09:00-18:00"]}}', '[]', 1260, 480)
                    """)
                #expect(try db.tableExists("outbox") == false)
            }
            try old.close()
        }
        let store = try SQLiteBookingStore(path: path)
        #expect(try await store.appliedMigrations() == SQLiteBookingStore.migrations)
        let soho = try #require(try await store.location("soho"))
        #expect(soho.openingHours.ranges(on: .monday).map(\.description) == ["09:00-18:00"])
        let tables = try await store.pool.read { db in
            try ["outbox", "job", "open_question", "escalation", "processed_event", "message", "conversation_thread"].filter { try db.tableExists($0) }
        }
        #expect(tables.count == 7, "the newer migration creates the conversation and engine tables")
    }

    @Test("a file that isn't a database is refused with its path")
    func notADatabase() throws {
        let path = TestStore.temporaryPath()
        try Data("this is not sqlite at all, just text that is long enough to look like a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteBookingStore(path: path)
        } throws: { error in
            "\(error)".contains(path)
        }
    }

    @Test("any change to locations, staff, services or policies moves the catalogue version; bookings don't")
    func catalogueVersion() async throws {
        let t = try await TestStore.make()
        let version = { try await t.store.read { try $0.catalogueVersion() } }
        let v0 = try await version()
        try await t.store.book(TestStore.appointment("a1", start: "2026-11-24T10:00"), by: .staff("anna"))
        #expect(try await version() == v0, "appointments are not part of the catalogue")
        var anna = TestStore.anna
        anna.escalationAddress = "+447700900998"
        try await t.store.save(anna)
        let v1 = try await version()
        #expect(v1 > v0)
        try await t.store.save(Policies(depositHoldMinutes: 45), for: "soho")
        #expect(try await version() > v1)
    }

    @Test("staff lift a blocked client's tier by hand: it takes effect and the audit says who and why")
    func tierOverride() async throws {
        let t = try await TestStore.make()
        let now = TestStore.at("2026-11-23T10:00")
        var oleg = TestStore.oleg
        oleg.attendance = (1...3).map { AttendanceMark(kind: .noShow, at: TestStore.at("2026-11-0\($0)T10:00")) }
        try await t.store.save(oleg)
        #expect(try await t.store.client("oleg")?.tier(under: NoShowPolicy(), now: now) == .noOnlineBooking)
        try await t.store.overrideTier("oleg", to: .good, by: .staff("anna"), reason: "paid up front, regular since 2019", at: now)
        #expect(try await t.store.client("oleg")?.tier(under: NoShowPolicy(), now: now) == .good)
        let audit = try await t.store.audit(subjectKind: "client", subjectID: "oleg")
        #expect(audit.last?.actor == .staff("anna"))
        #expect(audit.last?.detail == "good: paid up front, regular since 2019")
        await #expect(throws: StoreError.notFound(kind: "client", id: "ghost")) {
            try await t.store.overrideTier("ghost", to: .good, by: .staff("anna"), reason: "x", at: now)
        }
    }
}

@Suite("A client's language, kept")
struct ClientLanguageTests {
    @Test("saving a client again without a language keeps the one said before; a new one said replaces it")
    func keptOnReimport() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try SQLiteBookingStore(path: dir.appendingPathComponent("spa.sqlite").path)
        try await store.save(Client(id: "jana", firstName: "Jana", addresses: [.sms: "+447700900301"], locale: "de"))
        // The same import file again, which says no language: "en" is only a guess and must not replace German.
        try await store.save(Client(id: "jana", firstName: "Jana", addresses: [.sms: "+447700900301"], localeKnown: false))
        var jana = try #require(try await store.client("jana"))
        #expect(jana.locale == "de" && jana.localeKnown)
        try await store.save(Client(id: "jana", firstName: "Jana", addresses: [.sms: "+447700900301"], locale: "fr"))
        jana = try #require(try await store.client("jana"))
        #expect(jana.locale == "fr")
        try await store.save(Client(id: "tom", firstName: "Tom", addresses: [.sms: "+447700900302"], localeKnown: false))
        #expect(try await store.client("tom")?.localeKnown == false)
    }
}
