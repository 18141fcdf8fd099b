import BookingCore
import Foundation
import Testing

@Suite("Free slots")
struct AvailabilityTests {
    static let day = "2026-11-24"

    func search(_ service: Service, staff: [StaffMember] = [Spa.anna, Spa.ben], staffID: StaffID? = nil,
                appointments: [Appointment] = [], location: Location = Spa.location(), zone: TimeZone = Spa.london,
                from: String = "\(day)T00:00", to: String = "\(day)T23:59", near: String? = nil,
                distinct: Bool = false, limit: Int? = nil) -> [Slot] {
        var busy = BusyCalendar(appointments: appointments, services: Spa.services)
        for s in staff { busy.add(timeOff: s.timeOff, for: s.id) }
        let q = SlotQuery(service: service, staffID: staffID, from: Spa.at(from, zone), to: Spa.at(to, zone),
                          near: near.map { Spa.at($0, zone) }, distinctTimes: distinct, limit: limit)
        return SlotSearch.freeSlots(q, location: location, staff: staff, busy: busy)
    }

    func times(_ slots: [Slot], _ zone: TimeZone = Spa.london) -> [String] { slots.map { Spa.clock($0.start, zone) } }

    @Test("an empty day follows the staff member's hours and lunch break on a 15-minute grid")
    func emptyDay() {
        let slots = search(Spa.massage, staffID: "anna")
        let t = times(slots)
        #expect(t.first == "09:00")
        #expect(t.contains("12:00") && !t.contains("12:15"), "a 60-minute massage must end by the 13:00 break")
        #expect(!t.contains("13:00") && t.contains("14:00"))
        #expect(t.last == "16:00")
        #expect(slots.count == 13 + 9)
        #expect(slots.allSatisfy { $0.end.timeIntervalSince($0.start) == 3600 && $0.staffID == "anna" })
    }

    @Test("only staff who perform the service and work there are offered")
    func whoPerforms() {
        #expect(Set(search(Spa.nails).map(\.staffID)) == ["ben"])
        #expect(Set(search(Spa.massage).map(\.staffID)) == ["anna", "ben"])
        var away = Spa.ben
        away.locationIDs = ["elsewhere"]
        #expect(search(Spa.nails, staff: [Spa.anna, away]).isEmpty)
        var inactive = Spa.ben
        inactive.active = false
        #expect(search(Spa.nails, staff: [inactive]).isEmpty)
    }

    @Test("a booking and its clean-up buffer block the time; a cancelled one doesn't")
    func bookingsAndBuffers() {
        let booked = Spa.appointment("a1", start: "\(Self.day)T10:00")  // massage: 10:00-11:00 + 15 min clean-up
        let t = times(search(Spa.massage, staffID: "anna", appointments: [booked]))
        #expect(!t.contains("09:00"), "a 09:00 massage's own clean-up would run into the 10:00 booking")
        #expect(t.first == "11:15", "the 10:00 booking's clean-up runs to 11:15")

        var cancelled = booked
        cancelled.status = .cancelled
        #expect(times(search(Spa.massage, staffID: "anna", appointments: [cancelled])).contains("10:00"))
    }

    @Test("a service's preparation buffer keeps it clear of the booking before it")
    func bufferBefore() {
        let nailsAt = Spa.appointment("a1", service: Spa.massage, start: "\(Self.day)T09:00")  // busy to 10:15 with clean-up
        let t = times(search(Spa.facial, staffID: "anna", appointments: [nailsAt]))
        #expect(!t.contains("10:15"), "the facial's 15-minute preparation would start inside the clean-up")
        #expect(t.first == "10:30")
    }

    @Test("time off and closures leave no slots")
    func timeOffAndClosures() {
        var off = Spa.anna
        off.timeOff = [DateInterval(start: Spa.at("\(Self.day)T00:00"), end: Spa.at("\(Self.day)T12:00"))]
        let t = times(search(Spa.massage, staff: [off], staffID: "anna"))
        #expect(t.first == "12:00", "nothing before noon")
        let closed = Spa.location(closures: [LocalDate(iso: Self.day)!])
        #expect(search(Spa.massage, location: closed).isEmpty)
    }

    @Test("\"Thursday at 4\" gives 16:00 when free, else the nearest, earlier first on a tie")
    func nearest() {
        #expect(times(search(Spa.nails, near: "\(Self.day)T16:00", limit: 3)) == ["16:00", "15:45", "16:15"])
        let taken = Spa.appointment("a1", staff: "ben", service: Spa.nails, start: "\(Self.day)T16:00")
        #expect(times(search(Spa.nails, appointments: [taken], near: "\(Self.day)T16:00", limit: 3)) == ["15:30", "16:30", "15:15"])
    }

    @Test("a short list for a client has each time once")
    func distinctTimes() {
        let slots = search(Spa.massage, near: "\(Self.day)T14:00", distinct: true, limit: 3)
        #expect(times(slots) == ["14:00", "13:45", "14:15"])
        #expect(slots[0].staffID == "anna")
        #expect(slots[1].staffID == "ben", "Anna is on her break at 13:45")
    }

    @Test("a short list is the head of the whole list in the same order, whatever it is near, with each time once or not",
          arguments: ["00:30", "09:00", "12:40", "14:00", "16:00", "19:59", "23:50"])
    func shortListIsHead(near: String) {
        let busy = [Spa.appointment("a1", staff: "ben", service: Spa.nails, start: "\(Self.day)T16:00"),
                    Spa.appointment("a2", staff: "anna", start: "\(Self.day)T10:00")]
        for service in [Spa.massage, Spa.nails] {
            for distinct in [false, true] {
                // One day, and three days around it (the nearest days are searched first).
                for (from, to) in [("\(Self.day)T00:00", "\(Self.day)T23:59"), ("2026-11-23T00:00", "2026-11-26T00:00")] {
                    let all = search(service, appointments: busy, from: from, to: to, near: "\(Self.day)T\(near)", distinct: distinct)
                    for limit in [1, 3, 5, 60] {
                        #expect(search(service, appointments: busy, from: from, to: to, near: "\(Self.day)T\(near)", distinct: distinct, limit: limit)
                                == Array(all.prefix(limit)), "\(service.id) near \(near), distinct \(distinct), limit \(limit), from \(from)")
                    }
                    #expect(!distinct || Set(all.map(\.start)).count == all.count)
                }
            }
        }
    }

    @Test("the window bounds the starts")
    func window() {
        let t = times(search(Spa.nails, from: "\(Self.day)T17:10", to: "\(Self.day)T18:00"))
        #expect(t == ["17:15", "17:30", "17:45"])
    }

    @Test("on the London spring-forward day a 24-hour location has 23 hours of slots, and 25 in autumn")
    func londonChangeDays() {
        let allDay = Spa.location(hours: "00:00-24:00")
        let nightOwl = StaffMember(id: "owl", name: "Owl", locationIDs: ["soho"],
                                   workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "00:00-24:00")!]), serviceIDs: ["nails"])
        func count(_ day: String) -> [Slot] {
            search(Spa.nails, staff: [nightOwl], location: allDay, from: "\(day)T00:00", to: "\(LocalDate(iso: day)!.adding(days: 1))T00:00")
        }
        let spring = count("2026-03-29")
        #expect(spring.count == 23 * 4 - 1, "30-minute service on a 15-minute grid in a 23-hour day")
        #expect(!times(spring).contains("01:00") && times(spring).contains("02:00"), "01:00-02:00 does not exist that night")
        let autumn = count("2026-10-25")
        #expect(autumn.count == 25 * 4 - 1)
        #expect(times(autumn).filter { $0 == "01:30" }.count == 2, "01:30 happens twice")
        #expect(count("2026-11-24").count == 24 * 4 - 1)
    }

    @Test("New York's change days keep 09:00 local at the right instant", arguments: [
        ("2026-03-07", "14:00"), ("2026-03-08", "13:00"), ("2026-10-31", "13:00"), ("2026-11-01", "14:00"),
    ])
    func newYorkChangeDays(day: String, utcOfNine: String) {
        let ny = Spa.location(zone: "America/New_York", hours: "09:00-17:00")
        let slots = search(Spa.nails, staff: [Spa.ben], location: ny, zone: Spa.newYork, from: "\(day)T00:00", to: "\(day)T23:59")
        #expect(times(slots, Spa.newYork).first == "12:00", "Ben starts at noon")
        let nineAM = search(Spa.massage, staff: [Spa.anna], location: ny, zone: Spa.newYork, from: "\(day)T00:00", to: "\(day)T23:59").first
        #expect(nineAM.map { Spa.clock($0.start, TimeZone(identifier: "UTC")!) } == utcOfNine)
    }
}
