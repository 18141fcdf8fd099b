import BookingCore
import Foundation
import Store
import TestDatabases

/// A fresh store (SQLite, or PostgreSQL when the suites run on it), with a small spa in it.
struct TestStore {
    let store: any BookingStore
    let address: StoreAddress

    static let zone = TimeZone(identifier: "Europe/London")!
    static let location = Location(id: "soho", name: "Soho", timeZoneIdentifier: "Europe/London",
                                   openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!]))
    static let massage = Service(id: "massage", name: "Deep tissue massage", durationMinutes: 60, bufferAfterMinutes: 15,
                                 price: Money(minorUnits: 8500, currency: "GBP"))
    static let anna = StaffMember(id: "anna", name: "Anna", role: .manager, locationIDs: ["soho"],
                                  workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-17:00")!]),
                                  serviceIDs: ["massage"], escalationChannel: .sms, escalationAddress: "+447700900999")
    static let maria = Client(id: "maria", firstName: "María", lastName: "López", addresses: [.sms: "+447700900001", .email: "maria@example.com"],
                              preferredChannel: .sms, locale: "es", tags: ["vip"])
    static let oleg = Client(id: "oleg", firstName: "Олег", addresses: [.telegram: "123456789"], locale: "ru")

    static func temporaryPath() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("store.sqlite").path
    }

    /// On the database the suites run on; with `sqlite`, always a SQLite file (for what only SQLite has: file backups).
    static func make(seeded: Bool = true, sqlite: Bool = false) async throws -> TestStore {
        let (store, address): (any BookingStore, StoreAddress)
        if sqlite {
            let path = temporaryPath()
            (store, address) = (try SQLiteBookingStore(path: path), .sqlite(path: path))
        } else {
            (store, address) = try await TestDatabase.make()
        }
        if seeded {
            try await store.save(location)
            try await store.save(massage)
            try await store.save(anna)
            try await store.save(maria)
            try await store.save(oleg)
        }
        return TestStore(store: store, address: address)
    }

    static func at(_ text: String) -> Date { LocalDateTime(text: text)!.instant(in: zone) }

    static func appointment(_ id: String, client: ClientID = "maria", start: String, minutes: Int = 60) -> Appointment {
        let s = at(start)
        return Appointment(id: AppointmentID(id), clientID: client, serviceID: "massage", staffID: "anna", locationID: "soho",
                           start: s, end: s.addingTimeInterval(Double(minutes) * 60), price: massage.price, source: .phone,
                           createdAt: s.addingTimeInterval(-86_400 * 3))
    }
}
