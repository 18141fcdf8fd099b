import BookingCore
import Foundation

/// The demo business: a London day spa with English-, Spanish- and Russian-speaking clients.
/// Everything is derived from a seed and "now", so a run is reproducible with `--now`.
struct DemoSpa {
    static let locationID: LocationID = "shoreditch"

    let location = Location(
        id: DemoSpa.locationID, name: "Willow & Stone Day Spa, Shoreditch", timeZoneIdentifier: "Europe/London",
        openingHours: WeeklyHours([
            .monday: [range("09:00-20:00")], .tuesday: [range("09:00-20:00")], .wednesday: [range("09:00-20:00")],
            .thursday: [range("09:00-21:00")], .friday: [range("09:00-20:00")], .saturday: [range("09:00-18:00")],
            .sunday: [range("10:00-16:00")],
        ]),
        quietHours: QuietHours(start: LocalTime(minutes: 21 * 60), end: LocalTime(minutes: 8 * 60)),
        address: "14 Redchurch Street, London E2 7DJ", phone: "+442079460123")

    let services: [Service] = [
        Service(id: "swedish-60", name: "Swedish massage", durationMinutes: 60, bufferAfterMinutes: 15, price: gbp(7500), category: "massage", rebookAfterDays: 28),
        Service(id: "deep-tissue-90", name: "Deep tissue massage", durationMinutes: 90, bufferAfterMinutes: 15, price: gbp(11000),
                deposit: .percent(30), category: "massage", rebookAfterDays: 28),
        Service(id: "hot-stone-75", name: "Hot stone massage", durationMinutes: 75, bufferAfterMinutes: 15, price: gbp(9500), category: "massage"),
        Service(id: "hydrating-facial-60", name: "Signature hydrating facial", durationMinutes: 60, bufferBeforeMinutes: 10, price: gbp(8500),
                category: "facial", rebookAfterDays: 35),
        Service(id: "express-facial-30", name: "Express facial", durationMinutes: 30, price: gbp(4500), category: "facial"),
        Service(id: "gel-manicure-45", name: "Gel manicure", durationMinutes: 45, price: gbp(3800), category: "nails", rebookAfterDays: 21),
        Service(id: "luxury-pedicure-60", name: "Luxury pedicure", durationMinutes: 60, price: gbp(5200), category: "nails", rebookAfterDays: 28),
        Service(id: "brow-shape-tint-30", name: "Brow shape & tint", durationMinutes: 30, price: gbp(2800), category: "brows", rebookAfterDays: 35),
    ]

    let staff: [StaffMember] = [
        StaffMember(id: "amelia", name: "Amelia Hart", role: .manager, locationIDs: [DemoSpa.locationID],
                    workingHours: hours([.monday, .tuesday, .wednesday, .thursday, .friday], ["09:00-13:00", "14:00-18:00"]),
                    serviceIDs: ["swedish-60", "deep-tissue-90", "hydrating-facial-60", "express-facial-30"],
                    escalationChannel: .sms, escalationAddress: "+447700900901"),
        StaffMember(id: "lucia", name: "Lucía Fernández", locationIDs: [DemoSpa.locationID],
                    workingHours: hours([.tuesday, .wednesday, .thursday, .friday, .saturday], ["10:00-14:00", "14:30-19:00"]),
                    serviceIDs: ["gel-manicure-45", "luxury-pedicure-60", "hydrating-facial-60", "brow-shape-tint-30"],
                    escalationChannel: .whatsapp, escalationAddress: "447700900902"),
        StaffMember(id: "dmitri", name: "Dmitri Volkov", locationIDs: [DemoSpa.locationID],
                    workingHours: WeeklyHours([.monday: [range("12:00-20:00")], .tuesday: [range("12:00-20:00")], .wednesday: [range("12:00-20:00")],
                                               .thursday: [range("13:00-21:00")], .saturday: [range("09:00-13:00"), range("13:30-18:00")]]),
                    serviceIDs: ["swedish-60", "deep-tissue-90", "hot-stone-75"],
                    escalationChannel: .telegram, escalationAddress: "500100903"),
        StaffMember(id: "grace", name: "Grace Okafor", role: .reception, locationIDs: [DemoSpa.locationID],
                    workingHours: WeeklyHours([.monday: [range("09:00-17:00")], .wednesday: [range("11:00-20:00")], .friday: [range("11:00-20:00")],
                                               .saturday: [range("09:00-18:00")], .sunday: [range("10:00-16:00")]]),
                    serviceIDs: ["gel-manicure-45", "luxury-pedicure-60", "brow-shape-tint-30", "express-facial-30"],
                    escalationChannel: .sms, escalationAddress: "+447700900904"),
    ]

    /// 45 clients: names, locales and channels as a London spa's list might hold them.
    let clients: [Client]

    init() {
        let people: [(String, String, String)] = [
            ("Olivia", "Bennett", "en"), ("Charlotte", "Hughes", "en"), ("James", "Whitaker", "en"), ("Sophie", "Turner", "en"),
            ("Hannah", "Price", "en"), ("Emily", "Carter", "en"), ("Priya", "Shah", "en"), ("Daniel", "Brooks", "en"),
            ("Grace", "Mitchell", "en"), ("Isla", "Robertson", "en"), ("Amara", "Nwosu", "en"), ("Thomas", "Reid", "en"),
            ("Lucy", "Harrington", "en"), ("Zara", "Ahmed", "en"), ("Megan", "Doyle", "en"), ("Rebecca", "Lloyd", "en"),
            ("María", "López", "es"), ("Carmen", "Ruiz", "es"), ("Lucía", "Martín", "es"), ("Sofía", "García", "es"),
            ("Valentina", "Torres", "es"), ("Javier", "Moreno", "es"), ("Elena", "Navarro", "es"), ("Isabel", "Romero", "es"),
            ("Paula", "Castillo", "es"), ("Marta", "Ortega", "es"), ("Andrés", "Jiménez", "es"), ("Camila", "Vargas", "es"),
            ("Анна", "Иванова", "ru"), ("Олег", "Смирнов", "ru"), ("Екатерина", "Кузнецова", "ru"), ("Мария", "Попова", "ru"),
            ("Наталья", "Соколова", "ru"), ("Ирина", "Лебедева", "ru"), ("Дмитрий", "Козлов", "ru"), ("Ольга", "Новикова", "ru"),
            ("Татьяна", "Морозова", "ru"), ("Светлана", "Волкова", "ru"), ("Алексей", "Павлов", "ru"), ("Юлия", "Семёнова", "ru"),
            ("Lena", "Hoffmann", "de"), ("Camille", "Dubois", "fr"), ("Sanne", "de Vries", "nl"), ("Giulia", "Rossi", "it"),
            ("Beatriz", "Almeida", "pt"),
        ]
        clients = people.enumerated().map { i, p in
            // 07700 900000–900999 is the UK range set aside for drama and examples: nobody gets texted.
            var addresses: [Channel: String] = [.sms: "+44770090\(String(format: "%04d", 100 + i))"]
            var preferred = Channel.sms
            if i % 5 == 1 && p.2 != "ru" { addresses[.email] = "\(DemoSpa.ascii(p.0)).\(DemoSpa.ascii(p.1))@example.com" }
            if p.2 == "ru" && i % 2 == 0 { addresses[.telegram] = String(700_200_000 + i); preferred = .telegram }
            if p.2 == "es" && i % 3 == 0 { addresses[.whatsapp] = "44770090\(String(format: "%04d", 100 + i))"; preferred = .whatsapp }
            return Client(id: ClientID(String(format: "client-%02d", i + 1)), firstName: p.0, lastName: p.1, addresses: addresses,
                          preferredChannel: preferred, locale: p.2, tags: i % 9 == 0 ? ["vip"] : [])
        }
    }

    /// A week of appointments from the start of today: each staff member about half to two-thirds busy.
    /// Visits already over are completed; a few clients carry earlier no-shows on their record.
    func week(now: Date, seed: UInt64 = 2026) -> (appointments: [Appointment], attendance: [ClientID: [AttendanceMark]]) {
        var rng = SplitMix64(seed: seed)
        let zone = location.timeZone
        let today = LocalDateTime(now, in: zone).date
        let byID = Dictionary(uniqueKeysWithValues: services.map { ($0.id, $0) })
        var appointments: [Appointment] = []
        var n = 0
        for offset in 0..<7 {
            let day = today.adding(days: offset)
            let dayStart = ZoneDay(day, in: zone).start
            let dayEnd = ZoneDay(day.adding(days: 1), in: zone).start
            for member in staff {
                var busy = BusyCalendar(appointments: appointments, services: byID)
                busy.add(timeOff: member.timeOff, for: member.id)
                let own = member.serviceIDs.sorted()
                for _ in 0..<9 {
                    guard rng.next(below: 100) < 62 else { continue }
                    let service = byID[own[rng.next(below: own.count)]]!
                    let q = SlotQuery(service: service, staffID: member.id, from: dayStart, to: dayEnd)
                    let free = SlotSearch.freeSlots(q, location: location, staff: staff, busy: busy)
                    guard !free.isEmpty else { break }
                    let slot = free[rng.next(below: free.count)]
                    // The client with two recent no-shows has the first booking of tomorrow's first column, and no other visit.
                    let drawn = rng.next(below: clients.count)
                    let client = offset == 1 && member.id == staff[0].id && !appointments.contains(where: { $0.clientID == clients[4].id })
                        ? clients[4] : clients[drawn == 4 ? 5 : drawn]
                    n += 1
                    let created = slot.start.addingTimeInterval(-Double(3 + rng.next(below: 20)) * 86_400)
                    var a = Appointment(id: AppointmentID(String(format: "appt-%03d", n)), clientID: client.id, serviceID: service.id,
                                        staffID: member.id, locationID: location.id, start: slot.start, end: slot.end, price: service.price,
                                        status: .booked, source: [.online, .phone, .online, .walkIn][rng.next(below: 4)], createdAt: created)
                    if slot.end <= now { a.status = .completed } else if slot.start <= now { a.status = .arrived } else if rng.next(below: 100) < 35 {
                        a.status = .confirmed
                    }
                    appointments.append(a)
                    busy = BusyCalendar(appointments: appointments, services: byID)
                }
            }
        }
        // Two clients with a history: one missed twice this year (deposit tier), one missed once and cancelled late once.
        let history: [ClientID: [AttendanceMark]] = [
            clients[4].id: [AttendanceMark(kind: .noShow, at: now.addingTimeInterval(-60 * 86_400)),
                            AttendanceMark(kind: .noShow, at: now.addingTimeInterval(-21 * 86_400))],
            clients[31].id: [AttendanceMark(kind: .noShow, at: now.addingTimeInterval(-90 * 86_400)),
                             AttendanceMark(kind: .lateCancel, at: now.addingTimeInterval(-14 * 86_400))],
        ]
        return (appointments.sorted { $0.start < $1.start }, history)
    }

    /// Clients waiting for a slot: some for a weekday evening, some for any time this week.
    func waitlist(now: Date) -> [WaitlistEntry] {
        let evenings = WaitlistWindow(weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday], hours: range("17:00-21:00"))
        let saturday = WaitlistWindow(weekdays: [.saturday], hours: range("09:00-14:00"))
        let mornings = WaitlistWindow(hours: range("09:00-12:00"))
        let specs: [(Int, [ServiceID], [StaffID], [WaitlistWindow], WaitlistEntry.Flexibility)] = [
            (29, ["deep-tissue-90"], ["dmitri"], [evenings], .exact),
            (17, ["gel-manicure-45", "luxury-pedicure-60"], [], [saturday], .flexible),
            (2, ["hydrating-facial-60"], [], [mornings], .flexible),
            (22, ["swedish-60"], [], [], .anytime),
            (33, ["brow-shape-tint-30"], ["grace"], [evenings, saturday], .flexible),
            (9, ["hot-stone-75"], [], [evenings], .exact),
        ]
        return specs.enumerated().map { i, s in
            WaitlistEntry(id: WaitlistEntryID(String(format: "wait-%02d", i + 1)), clientID: clients[s.0].id, locationID: location.id,
                          serviceIDs: s.1, preferredStaff: s.2, windows: s.3, flexibility: s.4,
                          createdAt: now.addingTimeInterval(-Double(2 + i) * 86_400), expiresAt: now.addingTimeInterval(21 * 86_400))
        }
    }

    /// `maría` → `maria`, for e-mail addresses.
    static func ascii(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).filter { $0.isLetter && $0.isASCII }
    }
}

private func range(_ text: String) -> LocalTimeRange { LocalTimeRange(text: text)! }
private func hours(_ days: [Weekday], _ ranges: [String]) -> WeeklyHours { .every(days, ranges.map(range)) }
private func gbp(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "GBP") }
