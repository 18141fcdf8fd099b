import BookingCore
import Foundation
import Testing

/// The kept book must offer exactly the times a book built afresh from the same appointments would: after new visits,
/// moves, changes of staff and service, cancellations and their undoing, and with the visit being moved left out.
@Suite("The kept book")
struct BusyBookTests {
    static let staff = [Spa.anna, Spa.ben]
    static let services = Spa.services
    static let day = "2026-11-24"

    /// Every free start of every service over two days, with anyone, as a client would be offered them.
    static func offers(_ busy: BusyCalendar) -> [String] {
        [Spa.massage, Spa.facial, Spa.nails].flatMap { service in
            SlotSearch.freeSlots(SlotQuery(service: service, from: Spa.at("\(day)T00:00"), to: Spa.at("2026-11-26T00:00")),
                                 location: Spa.location(), staff: staff, busy: busy)
                .map { "\(service.id) \($0.staffID) \(LocalDateTime($0.start, in: Spa.london))" }
        }
    }

    static func fresh(_ appointments: [Appointment], excluding: AppointmentID? = nil) -> [String] {
        offers(BusyCalendar(appointments: appointments.filter { $0.id != excluding }, services: services))
    }

    /// A random change to one of `appointments`, or a new one: a move, another staff member or service, a cancellation
    /// or its undoing.
    static func change(_ appointments: inout [Appointment], _ rng: inout some RandomNumberGenerator) -> Appointment {
        let start = "\(Bool.random(using: &rng) ? day : "2026-11-25")T\(String(format: "%02d", Int.random(in: 9...18, using: &rng))):\(["00", "15", "30", "45"].randomElement(using: &rng)!)"
        let service = [Spa.massage, Spa.facial, Spa.nails].randomElement(using: &rng)!
        let staff: StaffID = Bool.random(using: &rng) ? "anna" : "ben"
        if appointments.isEmpty || Int.random(in: 0..<3, using: &rng) == 0 {
            let a = Spa.appointment("a\(appointments.count)", staff: staff, service: service, start: start)
            appointments.append(a)
            return a
        }
        let i = Int.random(in: 0..<appointments.count, using: &rng)
        var a = appointments[i]
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            let moved = Spa.appointment(a.id.rawValue, staff: a.staffID, service: Spa.services[a.serviceID]!, start: start)
            a.start = moved.start
            a.end = moved.end
        case 1: a.staffID = staff
        case 2:
            a.serviceID = service.id
            a.end = a.start.addingTimeInterval(Double(service.durationMinutes) * 60)
        default: a.status = a.status == .cancelled ? .confirmed : .cancelled
        }
        appointments[i] = a
        return a
    }

    @Test("a book built from appointments offers what a fresh calendar offers, and one kept change by change still does", arguments: [1, 2, 3, 4, 5])
    func keptMatchesFresh(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var appointments: [Appointment] = []
        var kept = BusyBook()
        for step in 0..<40 {
            let changed = Self.change(&appointments, &rng)
            kept.update([changed.bookedTime], services: Self.services)
            if step % 8 == 7 {
                #expect(Self.offers(kept.calendar()) == Self.fresh(appointments), "seed \(seed), step \(step)")
                #expect(Self.offers(BusyBook(appointments: appointments, services: Self.services).calendar()) == Self.fresh(appointments))
                #expect(kept.count == appointments.filter(\.holdsSlot).count)
            }
        }
        // Leaving out the visit being moved frees its time (and only its time), whoever else is booked around it.
        for a in appointments.prefix(10) {
            #expect(Self.offers(kept.calendar(excluding: a.id)) == Self.fresh(appointments, excluding: a.id), "\(a.id)")
        }
    }

    @Test("a cancelled visit gives its time back; booked again it takes it; buffers count on both sides")
    func cancelAndRebook() {
        let massage = Spa.appointment("m", staff: "anna", start: "\(Self.day)T10:00")  // 15 minutes' buffer after
        var book = BusyBook(appointments: [massage], services: Self.services)
        let annaAt = { (book: BusyBook) in
            Self.offers(book.calendar()).filter { $0.hasPrefix("massage anna \(Self.day)") }.map { String($0.suffix(5)) }
        }
        #expect(!annaAt(book).contains("10:00") && !annaAt(book).contains("11:00") && annaAt(book).contains("11:15"))
        var cancelled = massage
        cancelled.status = .cancelled
        book.update([cancelled.bookedTime], services: Self.services)
        #expect(annaAt(book).contains("10:00") && book.count == 0)
        book.update([massage.bookedTime], services: Self.services)
        #expect(!annaAt(book).contains("10:00") && book.count == 1)
    }
}
