import Foundation
import ProviderFakes
import Store
import Testing

/// Runs the `slotkeeper` binary built beside the tests, in a fresh folder, as a user would.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    static let binary: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("slotkeeper")

    /// Runs `slotkeeper` with `arguments` in `dir`, until it ends; what it printed.
    static func slotkeeper(_ arguments: [String], in dir: URL, environment: [String: String] = [:]) async throws -> Run {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SLOTKEEPER_DATABASE_URL")
        for (k, v) in environment { env[k] = v }
        return try await run(binary, arguments, in: dir, environment: env)
    }

    /// Runs `executable` in `dir` with exactly `environment`, until it ends; what it printed.
    static func run(_ executable: URL, _ arguments: [String], in dir: URL, environment: [String: String]) async throws -> Run {
        try await offThePool { try runBlocking(executable, arguments, in: dir, environment: environment) }
    }

    /// `body`, which waits on a child process, on a thread of its own. The tests run on Swift's shared pool, which has
    /// one thread a core: a test waiting there for seconds left no thread on two cores for another test's in-process
    /// fake provider, whose requests then timed out.
    static func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Waits, off the shared pool, until `process` has ended.
    static func exit(of process: Process) async {
        _ = try? await offThePool { process.waitUntilExit() }
    }

    private static func runBlocking(_ executable: URL, _ arguments: [String], in dir: URL, environment: [String: String]) throws -> Run {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = dir
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Both pipes drained at once: a program that fills one while the other is being read would wait forever.
        nonisolated(unsafe) var e = Data()
        let drained = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            e = err.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Starts `slotkeeper serve` in `dir` with `environment`; returns the process and its combined output pipe.
    static func serve(in dir: URL, port: Int, environment: [String: String]) throws -> (Process, Pipe) {
        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--port", String(port)]
        server.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SLOTKEEPER_") }
        for (k, v) in environment { env[k] = v }
        server.environment = env
        let out = Pipe()
        server.standardOutput = out
        server.standardError = out
        try server.run()
        return (server, out)
    }

    /// `curl -s` with these arguments; what it printed.
    static func curl(_ arguments: [String]) async throws -> String {
        try await offThePool { try curlBlocking(arguments) }
    }

    private static func curlBlocking(_ arguments: [String]) throws -> String {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-s"] + arguments
        let body = Pipe()
        curl.standardOutput = body
        curl.standardError = Pipe()
        try curl.run()
        curl.waitUntilExit()
        return String(decoding: body.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// Whether `GET {base}/healthz` answers `ok` within thirty seconds: three `serve` processes opening one PostgreSQL
    /// database beside the rest of the suite on two cores took more than ten once.
    static func waitUntilHealthy(_ base: String) async throws -> Bool {
        for _ in 0..<150 {
            try await Task.sleep(for: .milliseconds(200))
            if try await curl(["\(base)/healthz"]) == "ok\n" { return true }
        }
        return false
    }
}

func scratchFolder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for name in ["spa.yaml", "broken.yaml"] {
        try FileManager.default.copyItem(at: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)"),
                                         to: dir.appendingPathComponent(name))
    }
    return dir
}

@Suite("The slotkeeper command line", .serialized)
struct CommandLineTests {
    @Test("demo plays a day at a fresh demo spa, reports it, and prints tomorrow's book, the same way each run")
    func demo() async throws {
        let dir = try scratchFolder()
        let run = try await Run.slotkeeper(["demo", "--now", "2026-11-23T09:00:00Z"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Willow & Stone Day Spa"))
        #expect(run.stdout.contains("Tomorrow, Tuesday 24 November 2026"))
        #expect(run.stdout.contains("45 clients (English, Spanish, Russian, and one each in German"))
        #expect(run.stdout.contains("Free slots tomorrow"))
        #expect(run.stdout.contains("Waitlist"))
        #expect(run.stdout.contains("deposit 100% required"), "a repeat no-show is flagged on tomorrow's book")
        #expect(run.stdout.contains("A day at Willow & Stone, Monday 23 November 2026"))
        #expect(run.stdout.contains("(read as confirm"), "replies are read and shown")
        #expect(run.stdout.contains("(read as optout"), "someone opts out")
        #expect(run.stdout.contains("Свободно") || run.stdout.contains("Спасибо"), "Russian-speaking clients get Russian")
        #expect(run.stdout.contains("Freed slots refilled from the waitlist: 1"))
        #expect(run.stdout.contains("Rebooked after a missed visit: 1"))
        #expect(run.stdout.contains("Cancelled by clients: 1 (1 late, fees £37.50)"))
        #expect(run.stdout.contains("Escalations to staff: 1 (1 answered)"))
        #expect(run.stdout.contains("1 no-show"), "exactly the one who stayed away is marked")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("slotkeeper-demo.sqlite").path))
        let again = try await Run.slotkeeper(["demo", "--now", "2026-11-23T09:00:00Z"], in: dir)
        #expect(again.stdout == run.stdout, "a second run starts from a fresh file and prints the same day")
    }

    @Test("demo refuses to overwrite a database that isn't the demo's")
    func demoProtectsRealData() async throws {
        let dir = try scratchFolder()
        #expect(try await Run.slotkeeper(["import", "spa.yaml", "--database", "real.sqlite"], in: dir).status == 0)
        let run = try await Run.slotkeeper(["demo", "--database", "real.sqlite"], in: dir)
        #expect(run.status != 0)
        #expect(run.stderr.contains("real.sqlite is not a demo database"))
    }

    @Test("import reports a broken file line by line, exits non-zero and leaves the database as it was")
    func brokenImport() async throws {
        let dir = try scratchFolder()
        let good = try await Run.slotkeeper(["import", "spa.yaml"], in: dir)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Imported 1 locations, 1 staff, 2 services, 2 clients, 2 appointments, 1 waitlist entries"))
        let bad = try await Run.slotkeeper(["import", "broken.yaml"], in: dir)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("broken.yaml:4: timeZone: unknown time zone \"Europe/Londn\""))
        #expect(bad.stderr.contains("broken.yaml:16: phone:"))
        #expect(bad.stderr.contains("nothing was imported"))
        #expect(bad.stdout.isEmpty)
        let store = try SQLiteBookingStore(path: dir.appendingPathComponent("slotkeeper.sqlite").path)
        #expect(try await store.clients().map(\.id) == ["maria", "oleg"], "the store holds exactly the good import")
        #expect(try await store.location("soho")?.timeZoneIdentifier == "Europe/London")
        #expect(try await store.services().map(\.durationMinutes).sorted() == [45, 60])
    }

    @Test("the database comes from --database, else SLOTKEEPER_DATABASE_URL; a bad one is named")
    func databaseSetting() async throws {
        let dir = try scratchFolder()
        let viaEnv = try await Run.slotkeeper(["migrate"], in: dir, environment: ["SLOTKEEPER_DATABASE_URL": "sqlite://from-env.sqlite"])
        #expect(viaEnv.status == 0, "\(viaEnv.stderr)")
        #expect(viaEnv.stdout.hasPrefix("from-env.sqlite: schema up to date ("), "every migration applied, however many there are")
        let bad = try await Run.slotkeeper(["migrate"], in: dir, environment: ["SLOTKEEPER_DATABASE_URL": "mysql://db/spa"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("SLOTKEEPER_DATABASE_URL"))
        let missingFolder = try await Run.slotkeeper(["migrate", "--database", "no/such/folder/x.sqlite"], in: dir)
        #expect(missingFolder.status != 0)
        #expect(missingFolder.stderr.contains("does not exist"))
    }

    @Test("dialogs check proves the shipped catalogue; preview renders one message per language with its SMS segments")
    func dialogs() async throws {
        let dir = try scratchFolder()
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let env = ["SLOTKEEPER_DIALOGS_DIR": repo.appendingPathComponent("dialogs").path]
        let check = try await Run.slotkeeper(["dialogs", "check"], in: dir, environment: env)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("Dialogs OK: 52 messages in 8 languages (de, en, es, fr, it, nl, pt, ru)"), "\(check.stdout)")
        let expected = [("en", "Reply YES to confirm", "GSM-7"), ("es", "Responde SI para confirmar", "GSM-7"), ("ru", "Придёте? Ответьте ДА", "UCS-2")]
        for (locale, text, encoding) in expected {
            let run = try await Run.slotkeeper(["dialogs", "preview", "reminder_confirm", "--locale", locale, "--channel", "sms"], in: dir, environment: env)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains(text), "\(run.stdout)")
            #expect(run.stdout.contains("SMS: 1 segment, \(encoding)") || run.stdout.contains("SMS: 2 segments, \(encoding)"), "\(run.stdout)")
        }
        let buttons = try await Run.slotkeeper(["dialogs", "preview", "reschedule_options", "--locale", "es", "--channel", "whatsapp"], in: dir, environment: env)
        #expect(buttons.stdout.contains("[jue 26 nov 16:30] → slot:1"), "\(buttons.stdout)")
        let unknown = try await Run.slotkeeper(["dialogs", "preview", "remindr"], in: dir, environment: env)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("\"remindr\" is not a message"))
    }

    @Test("dialogs check names file:message:channel and exits non-zero when a file is wrong")
    func dialogsCheckFails() async throws {
        let dir = try scratchFolder()
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dialogs = dir.appendingPathComponent("dialogs")
        try FileManager.default.createDirectory(at: dialogs, withIntermediateDirectories: true)
        for name in ["en.yaml", "es.yaml", "ru.yaml"] {
            var text = try String(contentsOf: repo.appendingPathComponent("dialogs/\(name)"), encoding: .utf8)
            if name == "es.yaml" { text = text.replacingOccurrences(of: "Gracias {{first_name}}, alguien de nuestro equipo", with: "Gracias {{nombre}}, alguien de nuestro equipo") }
            try text.write(to: dialogs.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let run = try await Run.slotkeeper(["dialogs", "check", "--dialogs", "dialogs"], in: dir, environment: ["SLOTKEEPER_DIALOGS_DIR": ""])
        #expect(run.status != 0)
        #expect(run.stderr.contains(dialogs.appendingPathComponent("es.yaml").path + ":handoff:sms: uses \"nombre\""), "\(run.stderr)")
    }

    @Test("a broken message file of the business's own stops demo before it prints a line or writes a database")
    func demoWithBrokenOwnMessages() async throws {
        let dir = try scratchFolder()
        let own = dir.appendingPathComponent("messages")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try "locale: en\nmessages: [\n".write(to: own.appendingPathComponent("en.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["demo"], ["demo", "--serve", "--port", "0"]] {
            let run = try await Run.slotkeeper(arguments, in: dir, environment: ["SLOTKEEPER_DIALOGS_DIR": own.path])
            #expect(run.status != 0)
            #expect(run.stdout.isEmpty, "\(arguments): \(run.stdout)")
            #expect(run.stderr.contains("the messages cannot be loaded") && run.stderr.contains("en.yaml"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("slotkeeper-demo.sqlite").path))
        }
    }

    @Test("serve answers /healthz, refuses a bad port setting by name and a port in use, and stops cleanly on SIGTERM")
    func serve() async throws {
        let dir = try scratchFolder()
        let badPort = try await Run.slotkeeper(["serve"], in: dir, environment: ["SLOTKEEPER_PORT": "eighty"])
        #expect(badPort.status != 0)
        #expect(badPort.stderr.contains("SLOTKEEPER_PORT: \"eighty\" is not a port number"))
        let noURL = try await Run.slotkeeper(["serve"], in: dir, environment: ["SLOTKEEPER_TWILIO_AUTH_TOKEN": "x"])
        #expect(noURL.stderr.contains("SLOTKEEPER_PUBLIC_URL: missing, and the SMS webhooks need it"), "\(noURL.stderr)")

        let port = LoopbackPort.free()
        let (server, out) = try Run.serve(in: dir, port: port, environment: [:])
        defer { if server.isRunning { server.terminate() } }
        #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(port)"), "GET /healthz answers ok")
        let second = try await Run.slotkeeper(["serve", "--port", String(port)], in: try scratchFolder())
        #expect(second.status != 0)
        #expect(second.stderr.contains("port \(port) on 127.0.0.1 is already in use"), "\(second.stderr)")
        #expect(!second.stderr.contains("CancellationError"), "\(second.stderr)")
        kill(server.processIdentifier, SIGTERM)
        await Run.exit(of: server)
        #expect(server.terminationStatus == 0)
        let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("engine loop stopped"), "in-flight work finishes before exit")
    }

    @Test("a settings file is read, overlaid by the environment; a secret in it, a misspelt name or a bad value stops start-up by name")
    func settingsFile() async throws {
        let dir = try scratchFolder()
        func serve(_ yaml: String, _ environment: [String: String] = [:]) async throws -> Run {
            try yaml.write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
            return try await Run.slotkeeper(["serve"], in: dir, environment: environment)
        }
        let secret = try await serve("twilio:\n  account_sid: AC1\n  auth_token: abc\n")
        #expect(secret.status != 0)
        #expect(secret.stderr.contains("slotkeeper.yaml: twilio.auth_token: is a secret"), "\(secret.stderr)")
        #expect(secret.stderr.contains("set the environment variable SLOTKEEPER_TWILIO_AUTH_TOKEN instead"))
        let typo = try await serve("prot: 8080\n")
        #expect(typo.stderr.contains("slotkeeper.yaml: prot: is not a setting; did you mean port"), "\(typo.stderr)")
        let badPort = try await serve("port: 99999\n")
        #expect(badPort.stderr.contains("SLOTKEEPER_PORT: \"99999\" is not a port number"), "\(badPort.stderr)")
        let overlaid = try await serve("port: 99999\n", ["SLOTKEEPER_PORT": "abc"])
        #expect(overlaid.stderr.contains("\"abc\" is not a port number"), "the environment wins over the file")
        let noSender = try await serve("public_url: https://spa.example.com\ntwilio:\n  account_sid: AC1\n", ["SLOTKEEPER_TWILIO_AUTH_TOKEN": "t"])
        #expect(noSender.stderr.contains("SLOTKEEPER_TWILIO_FROM: missing, and sending SMS needs a sender"), "\(noSender.stderr)")
        let badURL = try await serve("public_url: spa.example.com\n")
        #expect(badURL.stderr.contains("SLOTKEEPER_PUBLIC_URL: \"spa.example.com\" is not an http(s) URL"), "\(badURL.stderr)")
        let missing = try await Run.slotkeeper(["serve", "--config", "nowhere.yaml"], in: dir)
        #expect(missing.stderr.contains("nowhere.yaml: cannot be read"), "\(missing.stderr)")
    }
}
