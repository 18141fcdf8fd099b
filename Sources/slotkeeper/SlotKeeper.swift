import ArgumentParser

/// The `slotkeeper` command line.
@main
struct SlotKeeper: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slotkeeper",
        abstract: "No-show protection for spas, salons and clinics: reminders, replies understood, slots refilled.",
        subcommands: [DemoCommand.self, MigrateCommand.self, ImportCommand.self, IntentCommand.self, DialogsCommand.self, ServeCommand.self,
                      PoliciesCommand.self, StaffCommand.self, ReportCommand.self]
    )
}
