import ArgumentParser
import BookingCore
import Engine
import Foundation
import Store

/// `slotkeeper policies show|check`: the business's rules as they are in force, and a check of the settings file's section.
struct PoliciesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "Show the policies in force, or check the policies section of a settings file.",
        discussion: "docs/policies.md describes every setting, with ready-to-paste examples.",
        subcommands: [Show.self, Check.self])

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the policies in force (every setting, defaults included), with their version and who set them.")

        @OptionGroup var db: DatabaseOptions

        @Option(help: "The policies in force at this location (its own settings laid over the business's).")
        var location: String?

        @Option(help: "yaml or json.")
        var format: String = "yaml"

        @Option(help: "A settings file (YAML), to say whether its policies section is in force yet.")
        var config: String?

        static func origin(_ source: PolicySource) -> String {
            switch source {
            case .file: "from the settings file"
            case .api: "through the API"
            case .command: "from the command line"
            case .dashboard: "on the dashboard"
            }
        }

        func run() async throws {
            guard ["yaml", "json"].contains(format) else { throw ValidationError("--format: \"\(format)\" is not yaml or json") }
            let store = try await db.open()
            if let location, try await store.location(LocationID(location)) == nil {
                let known = try await store.locations().map(\.id.rawValue).joined(separator: ", ")
                throw CommandFailure("--location: no location with id \"\(location)\" (the locations: \(known.isEmpty ? "none yet" : known))")
            }
            let policies = try await store.policies(for: location.map { LocationID($0) })
            let record = try await store.currentPolicy()
            let document = PolicyDocument.write(policies)
            if format == "json" {
                print(document.json())
                return
            }
            if let record {
                print("# Policies version \(record.version), set \(record.at.formatted(.iso8601)) by \(record.actor) \(Self.origin(record.source))"
                      + (record.note.isEmpty ? "" : " (\(record.note))"))
            } else {
                print("# No policies set yet: these are the defaults (set them in slotkeeper.yaml under policies:, or PUT /api/v1/policies)")
            }
            if let location { print("# In force at \(location)") }
            if let path = ServeSettings.path(file: config, environment: ProcessInfo.processInfo.environment),
               let fromFile = try? ServeSettings.policies(path) {
                let applied = try await store.latestPolicy(from: .file)
                if applied?.document.sortedKeys != fromFile.sortedKeys {
                    print("# \(path) has a policies section not yet in force: it takes effect when `slotkeeper serve` starts")
                }
            }
            print(document.yaml(), terminator: "")
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the policies section of a settings file against the business's locations, naming every problem; changes nothing.")

        @OptionGroup var db: DatabaseOptions

        @Option(help: "A settings file (YAML); default SLOTKEEPER_CONFIG, else slotkeeper.yaml here.")
        var config: String?

        func run() async throws {
            guard let path = ServeSettings.path(file: config, environment: ProcessInfo.processInfo.environment) else {
                throw CommandFailure("no settings file: give one with --config (or SLOTKEEPER_CONFIG), or run where slotkeeper.yaml is")
            }
            let document: DocumentValue?
            do { document = try ServeSettings.policies(path) } catch { throw CommandFailure("\(error)") }
            guard let document else {
                print("\(path): no policies section; the defaults apply (see slotkeeper policies show)")
                return
            }
            let store = try await db.open()
            switch try await PolicyUpdate.check(document, in: store, prefix: "policies.") {
            case .success(let set):
                let own = set.locations.keys.map(\.rawValue).sorted()
                print("\(path): the policies are valid" + (own.isEmpty ? "" : "; \(own.joined(separator: ", ")) with settings of their own"))
            case .failure(let problems):
                throw CommandFailure(problems.problems.map { "\(path): \($0.field): \($0.message)" }.joined(separator: "\n")
                                     + "\nNothing was applied; fix these and check again.")
            }
        }
    }
}
