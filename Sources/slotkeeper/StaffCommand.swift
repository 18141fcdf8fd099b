import ArgumentParser
import BookingCore
import Foundation
import Server
import Store

/// `slotkeeper staff`: the people who sign in to the dashboard.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Dashboard accounts: add one, list them, set a new password, turn one off or on.",
        subcommands: [Add.self, List.self, Password.self, Disable.self, Enable.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a dashboard account and print its password (or read one from standard input with --password-stdin).")

        @OptionGroup var db: DatabaseOptions

        @Argument(help: ArgumentHelp("The person's name as the dashboard shows it, e.g. \"Anna Owner\".", valueName: "name"))
        var name: String

        @Option(help: "front-desk, manager or owner.")
        var role: String = "front-desk"

        @Option(help: "The sign-in name (default: made from the name, e.g. anna.owner).")
        var username: String?

        @Option(help: "The interface language: en, es or ru.")
        var locale: String = "en"

        @Option(help: "The staff member this person is (their id), so answers to clients carry their name; default: the staff member with this name, if any.")
        var staff: String?

        @Flag(help: "Read the password from standard input instead of making one.")
        var passwordStdin = false

        func run() async throws {
            guard let role = StaffAccount.Role(rawValue: role) else {
                throw ValidationError("--role \"\(role)\" is not one of front-desk, manager, owner")
            }
            let store = try await db.open()
            let members = try await store.staff(at: nil)
            var staffID: StaffID?
            if let staff {
                guard members.contains(where: { $0.id.rawValue == staff }) else {
                    throw CommandFailure("--staff: no staff member with id \"\(staff)\" (import your staff first, or leave --staff out)")
                }
                staffID = StaffID(staff)
            } else {
                staffID = members.first { $0.name.caseInsensitiveCompare(name.trimmingCharacters(in: .whitespaces)) == .orderedSame }?.id
            }
            let username = self.username ?? StaffAccount.username(from: name)
            let password = passwordStdin ? (readLine(strippingNewline: true) ?? "") : DeskAuth.newPassword()
            if let problem = DeskAuth.passwordProblem(password, username: username) { throw CommandFailure("the password \(problem)") }
            let account = StaffAccount(username: username, displayName: name.trimmingCharacters(in: .whitespaces), role: role, locale: locale,
                                       staffID: staffID, passwordHash: await DeskAuth.hash(password), createdAt: Date())
            let problems = account.validate()
            if !problems.isEmpty { throw CommandFailure(problems.map { "\($0.field == "username" ? "--username" : $0.field): \($0.message)" }.joined(separator: "\n")) }
            do {
                try await store.addAccount(account)
            } catch StoreError.duplicate {
                throw CommandFailure("there is already an account \"\(username)\"; choose another with --username, or set its password with: slotkeeper staff password \(username)")
            }
            print("Added \(role.rawValue) \(account.displayName): sign in as \(username)" + (passwordStdin ? "" : " with the password \(password)")
                  + (staffID.map { " (staff member \($0))" } ?? ""))
            if !passwordStdin { print("The password is shown only now; keep it somewhere safe.") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the dashboard accounts.")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let accounts = try await db.open().accounts()
            if accounts.isEmpty { print("No accounts yet: slotkeeper staff add \"Your Name\" --role owner") }
            for a in accounts {
                print("\(a.username)\t\(a.role.rawValue)\t\(a.displayName)\t\(a.locale)\(a.staffID.map { "\tstaff \($0)" } ?? "")\(a.active ? "" : "\tinactive")")
            }
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an account a new password (printed, or read with --password-stdin); it is unlocked and signed out everywhere.")
        @OptionGroup var db: DatabaseOptions

        @Argument(help: "The account's username.")
        var username: String

        @Flag(help: "Read the password from standard input instead of making one.")
        var passwordStdin = false

        func run() async throws {
            let store = try await db.open()
            guard try await store.account(username: username) != nil else { throw CommandFailure("no account \"\(username)\" (slotkeeper staff list shows them)") }
            let password = passwordStdin ? (readLine(strippingNewline: true) ?? "") : DeskAuth.newPassword()
            if let problem = DeskAuth.passwordProblem(password, username: username) { throw CommandFailure("the password \(problem)") }
            try await store.setPassword(username: username, hash: await DeskAuth.hash(password))
            print("New password for \(username)" + (passwordStdin ? " set." : ": \(password)"))
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Turn an account off (someone who left): it can't sign in, and its sessions end now.")
        @OptionGroup var db: DatabaseOptions
        @Argument(help: "The account's username.") var username: String

        func run() async throws {
            do {
                try await db.open().setActive(username: username, false, by: .system("command-line"), at: Date())
            } catch StoreError.notFound { throw CommandFailure("no account \"\(username)\" (slotkeeper staff list shows them)") }
            print("\(username) is turned off; slotkeeper staff enable \(username) turns it on again.")
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Turn an account on again.")
        @OptionGroup var db: DatabaseOptions
        @Argument(help: "The account's username.") var username: String

        func run() async throws {
            do {
                try await db.open().setActive(username: username, true, by: .system("command-line"), at: Date())
            } catch StoreError.notFound { throw CommandFailure("no account \"\(username)\" (slotkeeper staff list shows them)") }
            print("\(username) can sign in again.")
        }
    }
}
