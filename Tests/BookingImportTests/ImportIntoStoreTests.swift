import BookingCore
import BookingImport
import Foundation
import Store
import TestDatabases
import Testing

@Suite("Importing into the store")
struct ImportIntoStoreTests {
    func freshStore() async throws -> any BookingStore { try await TestDatabase.make().store }

    func load(_ store: any BookingStore, _ files: [URL]) async throws -> ImportSummary {
        var reader = ImportReader(catalogue: Catalogue(locations: try await store.locations(), services: try await store.services(),
                                                       staff: try await store.staff(at: nil)), now: importNow)
        return try await store.importBatch(try reader.read(files: files))
    }

    @Test("a good file is written whole, and importing it again updates instead of duplicating")
    func importAndReimport() async throws {
        let store = try await freshStore()
        let first = try await load(store, [fixture("spa.yaml")])
        #expect(first.description == "1 locations, 1 staff, 2 services, 2 clients, 2 appointments, 1 waitlist entries")
        let again = try await load(store, [fixture("spa.yaml")])
        #expect(again.appointments == 2)
        let all = try await store.appointments(at: "soho", from: .distantPast, to: .distantFuture)
        #expect(all.count == 2)
        #expect(try await store.client(channel: .telegram, address: "123456789")?.firstName == "Олег")
        #expect(try await store.audit(subjectKind: "appointment", subjectID: "a1").first?.detail == "imported from spa.yaml:53")
    }

    @Test("an import that clashes with a booking already in the store writes nothing, and says which booking")
    func clashWritesNothing() async throws {
        let store = try await freshStore()
        _ = try await load(store, [fixture("spa.yaml")])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let clash = dir.appendingPathComponent("clash.yaml")
        try Data("""
            clients:
              - id: priya
                name: Priya Shah
                phone: "+447700900104"
            appointments:
              - client: priya
                service: nails
                staff: anna
                start: 2026-11-24T10:30
            """.utf8).write(to: clash)
        await #expect {
            try await load(store, [clash])
        } throws: { error in
            guard case StoreError.importRejected(let problems) = error else { return false }
            return problems.map(\.description) == ["clash.yaml:6: start: anna is already booked then (appointment a1, 2026-11-24 10:00-11:00)"]
        }
        #expect(try await store.client("priya") == nil, "the new client of a rejected import is not written either")
        #expect(try await store.appointments(at: "soho", from: .distantPast, to: .distantFuture).count == 2)
    }

    @Test("missed visits in an imported history count on the client's record, so the no-show ladder holds from day one; importing again counts them once")
    func importedNoShowsCount() async throws {
        let store = try await freshStore()
        _ = try await load(store, [fixture("spa.yaml")])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let history = dir.appendingPathComponent("history.yaml")
        try Data("""
            appointments:
              - id: h1
                client: maria
                service: massage-60
                staff: anna
                start: 2025-10-06T10:00
                status: noShow
              - id: h2
                client: maria
                service: massage-60
                staff: anna
                start: 2025-11-03T10:00
                status: noShow
              - id: h3
                client: maria
                service: massage-60
                staff: anna
                start: 2025-11-10T10:00
                status: completed
            """.utf8).write(to: history)
        for _ in 0..<2 { _ = try await load(store, [history]) }
        let maria = try #require(try await store.client("maria"))
        #expect(maria.attendance.map(\.kind) == [.noShow, .noShow, .attended])
        #expect(maria.tier(under: Policies.standard.noShow, now: importNow) == .depositRequired(percent: 100), "two no-shows in a year: the default ladder's deposit")
    }
}
