import BookingCore
import BookingImport
import Foundation
import Store
import Testing

/// The fixture files beside this test.
func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
}

let importNow = Date(timeIntervalSince1970: 1_763_888_400) // 2025-11-23, before every fixture's visits

func problems(reading files: [String], catalogue: Catalogue = Catalogue()) -> [String] {
    var reader = ImportReader(catalogue: catalogue, now: importNow)
    do {
        _ = try reader.read(files: files.map(fixture))
        return []
    } catch let rejected as ImportRejected {
        return rejected.problems.map(\.description)
    } catch {
        return ["unexpected: \(error)"]
    }
}

@Suite("Reading import files")
struct ImportReaderTests {
    @Test("a spa written in YAML reads with local times, hours, closures and normalised addresses")
    func goodYAML() throws {
        var reader = ImportReader(catalogue: Catalogue(), now: importNow)
        let batch = try reader.read(files: [fixture("spa.yaml")])
        let soho = try #require(batch.locations.first?.record)
        #expect(soho.openingHours.ranges(on: .wednesday).map(\.description) == ["09:00-20:00"])
        #expect(soho.openingHours.ranges(on: .saturday).map(\.description) == ["10:00-13:00", "14:00-17:00"])
        #expect(soho.openingHours.ranges(on: .sunday).isEmpty)
        #expect(soho.closures == [LocalDate(iso: "2026-12-25")!, LocalDate(iso: "2026-12-26")!])

        let services = batch.services.map(\.record)
        #expect(services.map(\.price) == [Money(minorUnits: 7500, currency: "GBP"), Money(minorUnits: 3800, currency: "GBP")])
        #expect(services.first?.deposit == .percent(30))

        let anna = try #require(batch.staff.first?.record)
        #expect(anna.escalationAddress == "+447700900999")
        #expect(anna.workingHours.ranges(on: .monday).count == 2)
        #expect(anna.timeOff.first.map { Int($0.duration) } == 2 * 86_400, "a date range runs through its last day")

        let maria = try #require(batch.clients.first?.record)
        #expect(maria.addresses == [.sms: "+447700900001", .email: "maria.lopez@example.com"])
        #expect(maria.firstName == "María" && maria.lastName == "López")
        #expect(maria.tags == ["vip", "referral"])

        let appointments = batch.appointments.map(\.record)
        #expect(appointments.count == 2)
        let london = TimeZone(identifier: "Europe/London")!
        #expect(appointments[0].start == LocalDateTime(text: "2026-11-24T10:00")!.instant(in: london))
        #expect(appointments[0].end.timeIntervalSince(appointments[0].start) == 3600, "the end comes from the service's length")
        #expect(appointments[1].status == .confirmed)
        #expect(batch.appointments[1].source == SourceLine(file: "spa.yaml", line: 58))

        let wait = try #require(batch.waitlist.first?.record)
        #expect(wait.windows.count == 2 && wait.flexibility == .exact)
    }

    @Test("a broken YAML file lists every problem as file:line: field and is refused whole")
    func brokenYAML() {
        let found = problems(reading: ["broken.yaml"])
        let expected = [
            "broken.yaml:4: timeZone: unknown time zone \"Europe/Londn\"",
            "broken.yaml:10: duration: 0 is outside 5-720",
            "broken.yaml:16: phone: \"07700 900001\" is not an international phone number",
            "broken.yaml:18: id: \"maria\" appears twice (also at broken.yaml:14)",
            "broken.yaml:24: service: no service with id \"facial\"",
            "broken.yaml:25: staff: no staff member with id \"anna\"",
        ]
        for e in expected {
            #expect(found.contains { $0.hasPrefix(e) }, "missing: \(e)\nfound:\n\(found.joined(separator: "\n"))")
        }
        #expect(found.count == expected.count, "\(found)")
    }

    @Test("a YAML syntax error names its line")
    func syntaxError() {
        let found = problems(reading: ["syntax.yaml"])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("syntax.yaml:4: syntax:") == true, "\(found)")
    }

    @Test("CSV: quoted commas and newlines, a byte-order mark, kinds told by the file name")
    func goodCSV() throws {
        var reader = ImportReader(catalogue: Catalogue(), now: importNow)
        let batch = try reader.read(files: [fixture("clients.csv")])
        let clients = batch.clients.map(\.record)
        #expect(clients.map(\.id) == ["c1", "c2", "c3"])
        #expect(clients[0].notes == "Prefers the quiet room, please")
        #expect(clients[0].tags == ["vip", "regular"])
        #expect(clients[1].notes == "Allergic to nuts.\nAsk before using oils.")
        #expect(clients[2].addresses[.sms] == "+79161234567")
        #expect(batch.clients[2].source.line == 5, "the row after a two-line quoted field starts on line 5")
    }

    @Test("a broken CSV names the line of each bad row and field")
    func brokenCSV() {
        let found = problems(reading: ["broken-clients.csv"])
        #expect(found.contains { $0.hasPrefix("broken-clients.csv:3: phone: \"0770 0900102\"") })
        #expect(found.contains("broken-clients.csv:4: row: has 5 columns but the header has 7"))
        #expect(found.contains { $0.hasPrefix("broken-clients.csv:5: email: \"priya@\" is not an e-mail address") })
        #expect(found.contains { $0.hasPrefix("broken-clients.csv:5: locale: \"english\"") })
        #expect(found.count == 4, "\(found)")
    }

    @Test("a CSV whose name doesn't say what it holds is refused with the fix; a missing file too")
    func unknownKindAndMissingFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("export.csv")
        try Data("id,name\n1,x\n".utf8).write(to: file)
        var reader = ImportReader(catalogue: Catalogue(), now: importNow)
        #expect(throws: ImportRejected.self) { try reader.read(files: [file, dir.appendingPathComponent("nope.yaml")]) }
        do {
            _ = try reader.read(files: [file, dir.appendingPathComponent("nope.yaml")])
        } catch let r as ImportRejected {
            #expect(r.problems.map(\.description).contains { $0.contains("export.csv:1: file: can't tell what it holds") })
            #expect(r.problems.map(\.description).contains("nope.yaml:0: file: cannot be read (does it exist?)"))
        }
    }

    @Test("weekday ranges wrap around the weekend", arguments: [
        ("mon-fri", 5), ("fri-mon", 4), ("sat,sun", 2), ("daily", 7), ("sun", 1),
    ])
    func weekdayRanges(text: String, count: Int) {
        let hours = "\(text) 09:00-17:00"
        let yaml = "locations:\n  - id: x\n    name: X\n    timeZone: UTC\n    hours: \"\(hours)\"\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sk-\(UUID().uuidString).yaml")
        try? Data(yaml.utf8).write(to: url)
        var reader = ImportReader(catalogue: Catalogue(), now: importNow)
        let batch = try? reader.read(files: [url])
        #expect(batch?.locations.first?.record.openingHours.days.count == count)
    }
}
