import ArgumentParser
import Store

/// The `slotkeeper` command line.
@main
struct SlotKeeper: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slotkeeper",
        abstract: "No-show protection for spas, salons and clinics: reminders, replies understood, slots refilled.",
        version: "slotkeeper \(SlotKeeper.version) (database schema \(StoreAddress.schemaVersion))",
        subcommands: [DemoCommand.self, MigrateCommand.self, ImportCommand.self, IntentCommand.self, DialogsCommand.self, ServeCommand.self,
                      PoliciesCommand.self, StaffCommand.self, ReportCommand.self, BackupCommand.self, RestoreCommand.self, DoctorCommand.self]
    )
}

extension SlotKeeper {
    /// This release.
    static let version = "0.9.0"
}
