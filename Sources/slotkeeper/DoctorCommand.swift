import ArgumentParser
import Catalogues
import Channels
import Dialogs
import Foundation
import Server
import Store

/// `slotkeeper doctor`: everything `serve` will need, checked before going live, each problem with its fix. It changes
/// nothing: no database is created or migrated, no webhook is set, and the providers get read-only calls.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the settings, catalogues, database, time zones, providers and public address before going live.",
        discussion: "Reads the same settings as serve. Exits non-zero when something must be fixed; warnings are worth a look.")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "A settings file (YAML), as serve takes it.")
    var config: String?

    @Option(help: "Seconds to wait for each provider or the public address.")
    var timeout: Int = 10

    func run() async throws {
        var checks: [ReadinessCheck] = []
        func report(_ more: [ReadinessCheck]) {
            for c in more { print(Self.line(c)) }
            checks += more
        }
        let environment = ProcessInfo.processInfo.environment
        let settings: SettingsReader
        do {
            settings = try ServeSettings.load(file: config, environment: environment)
        } catch {
            report([ReadinessCheck(.problem, "settings", error.problem, fix: error.fix)])
            throw ExitCode(1)
        }
        let file = ServeSettings.path(file: config, environment: environment)
        report(Self.settingsChecks(settings, file: file))
        let channels: ChannelSettings?
        do { channels = try ChannelSettings(settings) } catch {
            report([ReadinessCheck(.problem, error.name, error.problem, fix: error.fix)])
            channels = nil
        }
        report(Self.catalogueChecks(settings))
        let (databaseChecks, zones) = await Self.databaseChecks(db, settings: settings)
        report(databaseChecks)
        report(Self.timeZoneChecks(zones))
        if let channels {
            let http = ProviderHTTP(timeout: .seconds(Int64(max(1, timeout))))
            let base = channels.publicURL ?? ""
            if let sms = channels.sms { report(await TwilioSMS(settings: sms, http: http).check(publicURL: base)) }
            if let telegram = channels.telegram { report(await TelegramBot(settings: telegram, http: http).check(publicURL: base)) }
            if let whatsApp = channels.whatsApp { report(await WhatsAppCloud(settings: whatsApp, http: http).check()) }
            if let stripe = channels.stripe { report(await StripePayments(settings: stripe, http: http).check(publicURL: base)) }
            if channels.email != nil {
                report([ReadinessCheck(.warning, "e-mail", "the mail servers are not contacted by doctor",
                                       fix: "send yourself a test message from the dashboard's settings page once serve runs")])
            }
            if channels.sms == nil && channels.telegram == nil && channels.whatsApp == nil && channels.email == nil {
                report([ReadinessCheck(.warning, "channels", "none is set up: messages will wait in the outbox",
                                       fix: "set up SMS, Telegram, WhatsApp or e-mail (docs/channels.md)")])
            }
            report([await Self.publicAddressCheck(channels.publicURL, http: http)])
        }
        let problems = checks.filter { $0.outcome == .problem }.count, warnings = checks.filter { $0.outcome == .warning }.count
        print("")
        if problems > 0 {
            print("\(problems) problem\(problems == 1 ? "" : "s") to fix before going live\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "").")
            throw ExitCode(1)
        }
        print("Ready to go live\(warnings > 0 ? ", with \(warnings) warning\(warnings == 1 ? "" : "s") worth a look" : ": nothing to fix").")
    }

    /// `problem  SMS account: …` with its fix on the next line.
    static func line(_ c: ReadinessCheck) -> String {
        let mark = c.outcome.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        return "\(mark) \(c.subject): \(c.text)" + (c.fix.map { "\n         fix: \($0)" } ?? "")
    }

    /// The settings file read, names that look misspelt, secrets written in the file.
    static func settingsChecks(_ settings: SettingsReader, file: String?) -> [ReadinessCheck] {
        var checks: [ReadinessCheck] = []
        let own = settings.values.keys.filter { $0.hasPrefix("SLOTKEEPER_") }.count
        checks.append(ReadinessCheck(.ok, "settings", "\(own) read from \(file ?? "the environment (no slotkeeper.yaml here)")\(file == nil ? "" : " and the environment")"))
        for name in ServeSettings.unknown(in: settings.values) {
            checks.append(ReadinessCheck(.problem, "settings", "\(name) is not a setting serve knows", fix: "correct the name (docs/configuration.md lists them)"))
        }
        return checks
    }

    /// The messages, reply rules and pages, with a business's own files over them, loaded and proved as serve will.
    static func catalogueChecks(_ settings: SettingsReader) -> [ReadinessCheck] {
        do {
            let (matcher, dialogs) = try CommandCatalogues.load(settings: settings.values)
            _ = try CommandCatalogues.dashboard(settings: settings.values)
            let own = CatalogueKind.allCases.compactMap { kind in settings.optional(kind.variable).map { "\(kind.rawValue) from \($0)" } }
            let languages = Set(matcher.catalogue.locales).intersection(dialogs.locales.keys).count
            return [ReadinessCheck(.ok, "messages and reply rules", "\(languages) languages, "
                                   + (own.isEmpty ? "built in" : "your own files over the built-in ones (\(own.joined(separator: "; ")))"))]
        } catch {
            return [ReadinessCheck(.problem, "messages and reply rules", "\(error)",
                                   fix: "slotkeeper dialogs check --dialogs FOLDER lists each problem; correct the file it names")]
        }
    }

    /// The database: there, not newer than this program, migrations to come; what it holds, and the locations' time zones.
    static func databaseChecks(_ db: DatabaseOptions, settings: SettingsReader) async -> ([ReadinessCheck], [String]) {
        let address: StoreAddress
        do { address = try db.address(environment: settings.values) } catch {
            return ([ReadinessCheck(.problem, "database", "\(error)", fix: "set SLOTKEEPER_DATABASE_URL to a file path")], [])
        }
        let path = "\(address)"
        if case .sqlite(let file) = address, !FileManager.default.fileExists(atPath: file) {
            return ([ReadinessCheck(.problem, "database", "\(path) does not exist yet",
                                    fix: "import your business (slotkeeper import my-spa.yaml --database \(path)), or check SLOTKEEPER_DATABASE_URL")], [])
        }
        let pending: [String]
        do { pending = try await address.pendingMigrations() } catch {
            let fix = if case .postgres = address { "check that the PostgreSQL server runs and SLOTKEEPER_DATABASE_URL names it, its user and database" }
                      else { "use the SlotKeeper release that wrote it, or restore a backup" }
            return ([ReadinessCheck(.problem, "database", "\(error)", fix: fix)], [])
        }
        var checks: [ReadinessCheck] = []
        if !pending.isEmpty {
            checks.append(ReadinessCheck(.warning, "database", "\(path) will be upgraded when serve starts (\(pending.joined(separator: ", ")))",
                                         fix: "take a backup first: slotkeeper backup \(path).before-upgrade"))
            return (checks, [])
        }
        do {
            let store = try await address.open()
            let locations = try await store.locations(), staff = try await store.staff(at: nil), clients = try await store.clients()
            var running = false
            if case .sqlite(let file) = address { running = ServerLock.isHeld(database: file) }
            checks.append(ReadinessCheck(locations.isEmpty ? .problem : .ok, "database",
                                         "\(path): \(locations.count) location\(locations.count == 1 ? "" : "s"), \(staff.count) staff, \(clients.count) clients"
                                         + (running ? "; a slotkeeper serve is using it" : ""),
                                         fix: locations.isEmpty ? "import your business: slotkeeper import my-spa.yaml" : nil))
            if !staff.contains(where: { $0.escalationAddress != nil }) && !staff.isEmpty {
                checks.append(ReadinessCheck(.warning, "staff", "nobody has an escalation channel, so hand-overs only reach the dashboard",
                                             fix: "give a manager an escalation channel and address in the import file"))
            }
            return (checks, locations.map(\.timeZoneIdentifier))
        } catch {
            return ([ReadinessCheck(.problem, "database", "\(path) cannot be read: \(error)", fix: "slotkeeper restore a backup")], [])
        }
    }

    /// The machine's time zone data knows each location's zone, with its summer time.
    static func timeZoneChecks(_ zones: [String]) -> [ReadinessCheck] {
        var checks: [ReadinessCheck] = []
        var summer = DateComponents()
        (summer.year, summer.month, summer.day, summer.hour) = (2026, 7, 1, 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let july = calendar.date(from: summer)!
        if let london = TimeZone(identifier: "Europe/London"), london.secondsFromGMT(for: july) == 3600 {
            checks.append(ReadinessCheck(.ok, "time zones", "the time zone data knows summer time"))
        } else {
            checks.append(ReadinessCheck(.problem, "time zones", "this machine's time zone data is missing or wrong (London in July is not GMT+1)",
                                         fix: "install the tzdata package"))
        }
        for zone in Set(zones).sorted() where TimeZone(identifier: zone) == nil {
            checks.append(ReadinessCheck(.problem, "time zones", "a location's zone \(zone) is unknown to this machine",
                                         fix: "use an IANA name such as Europe/London in the import file, or update tzdata"))
        }
        return checks
    }

    /// Whether this server answers at its public address (it will not before serve first starts).
    static func publicAddressCheck(_ publicURL: String?, http: ProviderHTTP) async -> ReadinessCheck {
        guard let publicURL else {
            return ReadinessCheck(.warning, "public address", "SLOTKEEPER_PUBLIC_URL is not set: no provider can reach this server, and links in messages lead to 127.0.0.1",
                                  fix: "set it to the https address clients and providers reach, e.g. https://spa.example.com")
        }
        do {
            let response = try await http.call(.GET, publicURL + "/livez")
            if response.status == 200 { return ReadinessCheck(.ok, "public address", "a SlotKeeper answers at \(publicURL)") }
            if [502, 503, 504].contains(response.status) {
                return ReadinessCheck(.warning, "public address", "the proxy at \(publicURL) answers HTTP \(response.status): serve is not running behind it yet",
                                      fix: "expected before serve first starts; once it runs, check the proxy forwards to serve's host and port")
            }
            return ReadinessCheck(.problem, "public address", "\(publicURL)/livez answered HTTP \(response.status), not SlotKeeper",
                                  fix: "check SLOTKEEPER_PUBLIC_URL and the proxy in front of serve")
        } catch {
            return ReadinessCheck(.warning, "public address", "nothing answers at \(publicURL)/livez",
                                  fix: "expected before serve first starts; once it runs, check SLOTKEEPER_PUBLIC_URL, DNS and the proxy in front")
        }
    }
}
