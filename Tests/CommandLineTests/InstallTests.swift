import Foundation
import ProviderFakes
import Store
import Testing

/// The binary as `scripts/install` lays it out, and the commands that keep a business's data: backup, restore, versions.
@Suite("Installed and kept", .serialized)
struct InstallTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A prefix like `/usr/local` holding only `bin/slotkeeper`: the program carries its catalogues.
    static func prefix() throws -> URL {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-prefix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        // A hard link where the file system allows (the debug binary is large; copying it would hold a thread for seconds).
        let installed = prefix.appendingPathComponent("bin/slotkeeper")
        do { try FileManager.default.linkItem(at: Run.binary, to: installed) } catch { try FileManager.default.copyItem(at: Run.binary, to: installed) }
        return prefix
    }

    /// Runs an installed binary in `dir`, with no SLOTKEEPER_ settings from the test's environment.
    static func run(_ binary: URL, _ arguments: [String], in dir: URL) async throws -> Run {
        try await Run.run(binary, arguments, in: dir, environment: ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SLOTKEEPER_") })
    }

    @Test("the binary alone, run from any folder, has its messages, reply rules and pages; a business's own folder goes over them")
    func installedLayout() async throws {
        let dir = try scratchFolder()
        let installed = try Self.prefix().appendingPathComponent("bin/slotkeeper")
        let version = try await Self.run(installed, ["--version"], in: dir)
        #expect(version.stdout.hasPrefix("slotkeeper ") && version.stdout.contains("database schema \(SQLiteBookingStore.schemaVersion)"))
        let check = try await Self.run(installed, ["dialogs", "check"], in: dir)
        #expect(check.status == 0 && check.stdout.contains("Dialogs OK") && check.stdout.contains("the built-in messages"), "\(check.stderr)")
        let demo = try await Self.run(installed, ["demo", "--no-day", "--database", "demo.sqlite"], in: dir)
        #expect(demo.status == 0 && demo.stdout.contains("Willow & Stone"), "\(demo.stderr)")
        let understood = try await Self.run(installed, ["intent", "--locale", "es", "--expecting", "confirm", "no puedo ir"], in: dir)
        #expect(understood.status == 0 && understood.stdout.contains("\"intent\":\"cancel\""), "\(understood.stdout) \(understood.stderr)")

        // The business's own Spanish file, with a mistake: the check names the file; serve stops before it prints or opens anything.
        let own = dir.appendingPathComponent("my-dialogs")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        let spanish = try String(contentsOf: Self.repository.appendingPathComponent("dialogs/es.yaml"), encoding: .utf8)
        try spanish.replacingOccurrences(of: "{{first_name}}", with: "{{nombre}}").write(to: own.appendingPathComponent("es.yaml"), atomically: true, encoding: .utf8)
        let ownCheck = try await Self.run(installed, ["dialogs", "check", "--dialogs", own.path], in: dir)
        #expect(ownCheck.status != 0 && ownCheck.stderr.contains(own.appendingPathComponent("es.yaml").path) && ownCheck.stderr.contains("nombre"),
                "\(ownCheck.stderr)")
        let refused = try await Run.slotkeeper(["serve", "--port", "1"], in: dir, environment: ["SLOTKEEPER_DIALOGS_DIR": own.path])
        #expect(refused.status != 0 && refused.stdout.isEmpty && refused.stderr.contains("es.yaml"), "\(refused.stdout) \(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("slotkeeper.sqlite").path), "nothing was created")
        let missing = try await Run.slotkeeper(["serve"], in: dir, environment: ["SLOTKEEPER_DASHBOARD_DIR": dir.appendingPathComponent("nowhere").path])
        #expect(missing.status != 0 && missing.stderr.contains("nowhere: no such folder"), "\(missing.stderr)")

        // Serving from a folder with no catalogues in it: the dashboard and the booking page are there.
        let port = LoopbackPort.free()
        let (server, output) = try Run.serve(in: dir, port: port, environment: ["SLOTKEEPER_DATABASE_URL": "demo.sqlite", "SLOTKEEPER_LOG_LEVEL": "error",
                                                                                "SLOTKEEPER_DEPOSIT_URL": "https://pay.example.com/{appointment}"])
        defer { if server.isRunning { server.terminate() } }
        let healthy = try await Run.waitUntilHealthy("http://127.0.0.1:\(port)")
        if !healthy { server.terminate() }
        #expect(healthy, "\(healthy ? "" : String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        #expect(try await Run.curl(["http://127.0.0.1:\(port)/desk/signin"]).contains("<form"))
        #expect(try await Run.curl(["-L", "http://127.0.0.1:\(port)/book"]).contains("Willow"))
        #expect(try await Run.curl(["http://127.0.0.1:\(port)/book/static/book.css"]).contains("{"))
    }

    @Test("backup while serving, restore refused while serving and accepted after, with what it restored; migrate --dry-run")
    func backupAndRestore() async throws {
        let dir = try scratchFolder()
        #expect(try await Run.slotkeeper(["import", "spa.yaml"], in: dir).status == 0)
        let dry = try await Run.slotkeeper(["migrate", "--dry-run", "--database", "fresh.sqlite"], in: dir)
        #expect(dry.stdout.contains("would apply \(SQLiteBookingStore.migrations.count) migrations: v1-booking"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("fresh.sqlite").path), "a dry run creates nothing")

        let port = LoopbackPort.free()
        let (server, _) = try Run.serve(in: dir, port: port, environment: ["SLOTKEEPER_DEPOSIT_URL": "https://pay.example.com/{appointment}",
                                                                            "SLOTKEEPER_LOG_LEVEL": "error"])
        defer { if server.isRunning { server.terminate() } }
        #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(port)"))
        let backup = try await Run.slotkeeper(["backup", "copy.sqlite"], in: dir)
        #expect(backup.status == 0 && backup.stdout.contains("2 clients, 2 appointments"), "\(backup.stderr)")
        let again = try await Run.slotkeeper(["backup", "copy.sqlite"], in: dir)
        #expect(again.status != 0 && again.stderr.contains("already exists"))
        let busy = try await Run.slotkeeper(["restore", "copy.sqlite"], in: dir)
        #expect(busy.status != 0 && busy.stderr.contains("in use by a running slotkeeper serve"), "\(busy.stderr)")
        let second = try await Run.slotkeeper(["serve", "--port", "\(port + 1)"], in: dir, environment: ["SLOTKEEPER_DEPOSIT_URL": "https://pay.example.com/{appointment}"])
        #expect(second.status != 0 && second.stderr.contains("already in use by another slotkeeper serve"), "\(second.stderr)")
        server.terminate()
        await Run.exit(of: server)

        let restored = try await Run.slotkeeper(["restore", "copy.sqlite"], in: dir)
        #expect(restored.status == 0 && restored.stdout.contains("Restored copy.sqlite into slotkeeper.sqlite: 2 clients, 2 appointments"), "\(restored.stderr)")
        try Data("not a database".utf8).write(to: dir.appendingPathComponent("junk.sqlite"))
        let junk = try await Run.slotkeeper(["restore", "junk.sqlite"], in: dir)
        #expect(junk.status != 0 && junk.stderr.contains("junk.sqlite"))
    }
}
