import ArgumentParser
import BookingImport
import Foundation
import Store

/// `slotkeeper import FILE…`: loads locations, services, staff, clients, appointments and waitlist entries, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import YAML or CSV files of locations, services, staff, clients, appointments and waitlist entries.",
        discussion: """
            Everything is checked first and written in one transaction: if any line is wrong, every problem is \
            listed as file:line: field: message and nothing at all is written. Records whose id already exists are updated. \
            CSV files hold one kind each, told by the file name (clients.csv) or --kind. See docs/import.md for the fields.
            """)

    @OptionGroup var db: DatabaseOptions

    @Option(help: "What the CSV files hold when their names don't say: \(RecordKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @Argument(help: "YAML (.yaml, .yml) or CSV (.csv) files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to import") }
        if let kind, RecordKind(rawValue: kind) == nil {
            throw ValidationError("--kind \"\(kind)\" is not one of \(RecordKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let store = try await db.open()
        let catalogue = Catalogue(locations: try await store.locations(), services: try await store.services(),
                                  staff: try await store.staff(at: nil))
        var reader = ImportReader(catalogue: catalogue, now: Date())
        do {
            let batch = try reader.read(files: files.map { URL(fileURLWithPath: $0) }, kind: kind.flatMap(RecordKind.init(rawValue:)))
            let summary = try await store.importBatch(batch)
            print("Imported \(summary) into \(store.address).")
        } catch let rejected as ImportRejected {
            throw CommandFailure(Self.report(rejected.problems))
        } catch StoreError.importRejected(let problems) {
            throw CommandFailure(Self.report(problems))
        }
    }

    static func report(_ problems: [ImportProblem]) -> String {
        problems.map(\.description).joined(separator: "\n")
            + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") found; nothing was imported."
    }
}
